/** Sentences, tokens, the language check, and the dates and amounts of money written in the text. */
package io.powermap.ingest.extraction.text;
