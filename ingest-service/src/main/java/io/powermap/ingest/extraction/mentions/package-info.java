/** Names found in a sentence by shape and context, where they start and end, and which type each is. */
package io.powermap.ingest.extraction.mentions;
