package io.powermap.ingest.domain;

import java.time.Instant;

import io.powermap.contract.DocumentStatusEvent;
import io.powermap.contract.DocumentStatusEvent.State;

/**
 * What GET /api/v1/documents/{id} answers: a document's latest step. {@code id} is null while a
 * document streamed without a source URI waits for extraction (only its {@code key} is known);
 * {@code entities} and {@code relationships} are what extraction found (PARSED) or what the store
 * holds from the document (APPLIED, SEARCHABLE).
 */
public record DocumentStatus(String id, String key, State state, String reason, Integer entities, Integer relationships,
                             Instant updatedAt) {

    public static DocumentStatus of(DocumentStatusEvent event) {
        return new DocumentStatus(event.documentId(), event.producerKey(), event.state(), event.reason(), event.entities(),
            event.relationships(), event.occurredAt());
    }
}
