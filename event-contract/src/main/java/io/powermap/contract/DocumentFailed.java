package io.powermap.contract;

/** A document that could not be processed; the original bytes travel along, base64-encoded. */
public record DocumentFailed(int schemaVersion, String eventId, String documentId, String reason,
                             String contentType, String sourceUri, String payloadBase64) {

    public static final int SCHEMA_VERSION = 1;
}
