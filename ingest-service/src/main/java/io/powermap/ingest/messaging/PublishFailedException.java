package io.powermap.ingest.messaging;

/** The broker did not acknowledge a record in time (or refused it); it may or may not be on Kafka. */
public class PublishFailedException extends RuntimeException {

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
