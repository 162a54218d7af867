package io.powermap.ingest.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "powermap.ingest")
public interface IngestConfig {

    /** Largest document accepted, in bytes; larger ones get 413 or a DLQ record. */
    @WithDefault("10485760")
    int maxDocumentBytes();

    /** Cap on the text extracted from one document, in characters. */
    @WithDefault("2000000")
    int maxTextChars();

    /** Time one document may take to extract before it is abandoned. */
    @WithDefault("10s")
    Duration timeLimit();

    /** Concurrent extractions; more documents wait in line. */
    @WithDefault("2")
    int workers();

    /** How many document statuses are remembered for GET /api/v1/documents/{id}. */
    @WithDefault("100000")
    int statusCapacity();
}
