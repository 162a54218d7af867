package io.powermap.ingest.domain;

import java.time.Instant;

/** What became of one document: what GET /api/v1/documents/{id} answers. */
public record DocumentStatus(String id, State state, String reason, int entities, int relationships, Instant updatedAt) {

    public enum State { RECEIVED, PARSED, FAILED }

    public static DocumentStatus received(String id) {
        return new DocumentStatus(id, State.RECEIVED, null, 0, 0, Instant.now());
    }

    public static DocumentStatus parsed(String id, int entities, int relationships) {
        return new DocumentStatus(id, State.PARSED, null, entities, relationships, Instant.now());
    }

    public static DocumentStatus failed(String id, String reason) {
        return new DocumentStatus(id, State.FAILED, reason, 0, 0, Instant.now());
    }
}
