package io.powermap.ingest.service;

import java.time.Duration;

/**
 * The document is fine but cannot be taken now: every worker and queue place is taken, or Kafka
 * did not acknowledge in time. The client should send it again after {@link #retryAfter()}.
 */
public class IngestUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    public IngestUnavailableException(String detail, Duration retryAfter) {
        super(detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
