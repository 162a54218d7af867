/** One entity per thing named within a document: acronyms, aliases, short forms, coreference, the document subject. */
package io.powermap.ingest.extraction.resolution;
