package io.powermap.contract;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One step of a document's way through the services, on the compacted {@link Topics#DOCUMENTS_STATUS}
 * topic, keyed by document id (so compaction keeps each document's latest step). ingest-service
 * publishes RECEIVED, PARSED and its FAILED, profile-service APPLIED (with what the store now holds
 * from the document) and its FAILED, search-service SEARCHABLE.
 *
 * <p>{@code submission} is the event id of the document's DocumentParsed (or DocumentFailed): the
 * steps of one sending of a document share it, so a late step of that sending can be told from a
 * later sending of the same document. Only ingest-service knows when a sending began
 * ({@code submittedAt}); the later services leave it null.
 */
public record DocumentStatusEvent(int schemaVersion, String eventId, String documentId, State state, String reason,
                                  Integer entities, Integer relationships, String submission, Instant submittedAt,
                                  String producerKey, String by, Instant occurredAt) {

    public static final int SCHEMA_VERSION = 1;

    /** Record keys of {@link Topics#DOCUMENTS_STATUS} that start with this name a documents.raw key, not a document. */
    public static final String KEY_RECORD_PREFIX = "key:";

    /**
     * In the order a status may move. FAILED ends a sending, except that a document ingest-service
     * gave up on (the broker did not acknowledge it in time) may have reached Kafka after all: then
     * its APPLIED and SEARCHABLE still tell so.
     */
    public enum State { RECEIVED, PARSED, FAILED, APPLIED, SEARCHABLE }

    /**
     * Whether this step replaces {@code current} as the document's status. Within one sending a
     * status only moves forward (a PARSED that arrives after SEARCHABLE is late, not news). A
     * different sending replaces the current one only when it began later, which only ingest-service
     * can say; a later service's step of another sending is a leftover of an older one.
     */
    public boolean supersedes(DocumentStatusEvent current) {
        if (current == null) {
            return true;
        }
        if (Objects.equals(submission, current.submission())) {
            return state.ordinal() > current.state().ordinal();
        }
        return submittedAt != null && (current.submittedAt() == null || submittedAt.isAfter(current.submittedAt()));
    }

    /** A new step, its event id and time filled in. */
    public static DocumentStatusEvent of(String documentId, State state, String reason, Integer entities,
                                         Integer relationships, String submission, Instant submittedAt,
                                         String producerKey, String by) {
        return new DocumentStatusEvent(SCHEMA_VERSION, UUID.randomUUID().toString(), documentId, state, reason, entities,
            relationships, submission, submittedAt, producerKey, by, Instant.now());
    }

    /** The record key of an event for a documents.raw key, distinct from every document id. */
    public static String keyRecord(String producerKey) {
        return KEY_RECORD_PREFIX + producerKey;
    }
}
