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

    /**
     * Whether the learned pairs rule runs after the hand-written rules (README, "Learned pairs"):
     * more relationships found on unseen writing, at about a third more CPU per document.
     */
    @WithDefault("true")
    boolean learnedPairs();

    /** Time one document may take to extract before it is abandoned. */
    @WithDefault("10s")
    Duration timeLimit();

    /** Concurrent extractions; more documents wait in line. */
    @WithDefault("2")
    int workers();

    /**
     * Documents that may wait for a worker. When the line is full an upload answers 503 with
     * Retry-After and the documents.raw consumer waits (Kafka pauses the partitions meanwhile).
     */
    @WithDefault("8")
    int queueCapacity();

    /** What a 503 tells the client to wait before sending again. */
    @WithDefault("2s")
    Duration retryAfter();

    /**
     * Longest wait for the broker to acknowledge a record; past it an upload answers 503. Above
     * the producers' own delivery.timeout.ms, which is what normally ends the wait.
     */
    @WithDefault("6s")
    Duration sendTimeout();

    /**
     * How many documents (and as many documents.raw keys) the status view behind GET
     * /api/v1/documents/{id} holds in memory, the most recently changed; documents.status keeps them all.
     */
    @WithDefault("100000")
    int statusCapacity();
}
