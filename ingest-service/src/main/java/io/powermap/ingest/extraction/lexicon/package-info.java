/** The word lists (vocabulary only: roles, keywords, titles, places), loaded once from resources/extraction. */
package io.powermap.ingest.extraction.lexicon;
