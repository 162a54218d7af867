/**
 * Extraction of entities and relationships from one document: {@link io.powermap.ingest.extraction.DocumentExtractor}
 * is the entry point. The stages live in sub-packages, in the order they run: {@code layout} (converted text into
 * blocks: headings, list items, table rows), {@code text} (sentences, tokens, language, dates, money),
 * {@code mentions} (names found by shape and context, and their types), {@code resolution} (one entity per name
 * within the document: acronyms, aliases, coreference, the subject), {@code relations} (one class per rule under
 * {@code relations/rules}, each with its cue file under {@code resources/extraction/cues}); {@code lexicon} loads the
 * word lists every stage reads.
 */
package io.powermap.ingest.extraction;
