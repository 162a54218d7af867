package io.powermap.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.powermap.contract.DocumentStatusEvent.State;

class DocumentStatusEventTest {

    private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant SECOND = FIRST.plusSeconds(60);

    private static DocumentStatusEvent ingest(State state, String submission, Instant submittedAt) {
        return DocumentStatusEvent.of("doc-1", state, null, null, null, submission, submittedAt, null, "ingest-service");
    }

    private static DocumentStatusEvent later(State state, String submission) {
        return DocumentStatusEvent.of("doc-1", state, null, 3, 2, submission, null, null, "search-service");
    }

    @Test
    void shouldMoveForwardWithinOneSending() {
        assertTrue(ingest(State.PARSED, "s1", FIRST).supersedes(ingest(State.RECEIVED, "s1", FIRST)));
        assertTrue(later(State.APPLIED, "s1").supersedes(ingest(State.PARSED, "s1", FIRST)));
        assertTrue(later(State.SEARCHABLE, "s1").supersedes(later(State.APPLIED, "s1")));
    }

    @Test
    void shouldIgnoreALateStepOfTheSameSending() {
        assertFalse(ingest(State.PARSED, "s1", FIRST).supersedes(later(State.SEARCHABLE, "s1")));
        assertFalse(later(State.APPLIED, "s1").supersedes(later(State.APPLIED, "s1")));
    }

    @Test
    void shouldNotUndoAFailureWithAStepBeforeIt() {
        DocumentStatusEvent failed = DocumentStatusEvent.of("doc-1", State.FAILED, "not acknowledged", null, null, "s1",
            FIRST, null, "ingest-service");

        assertFalse(ingest(State.PARSED, "s1", FIRST).supersedes(failed));
        assertTrue(later(State.APPLIED, "s1").supersedes(failed), "it reached Kafka after all");
    }

    @Test
    void shouldStartOverWhenTheDocumentIsSentAgain() {
        DocumentStatusEvent searchable = later(State.SEARCHABLE, "s1");
        DocumentStatusEvent resent = ingest(State.RECEIVED, "s2", SECOND);

        assertTrue(resent.supersedes(searchable), "nothing says when s1 began: a new sending wins");
        assertTrue(resent.supersedes(ingest(State.PARSED, "s1", FIRST)));
        assertFalse(ingest(State.PARSED, "s1", FIRST).supersedes(resent), "a late step of the older sending");
        assertFalse(later(State.SEARCHABLE, "s1").supersedes(resent), "a late step of the older sending");
    }

    @Test
    void shouldRoundTripAsJson() {
        DocumentStatusEvent event = DocumentStatusEvent.of("https://example.org/a", State.APPLIED, null, 4, 3, "s1", FIRST,
            "doc-42", "profile-service");

        assertEquals(event, EventJson.read(EventJson.write(event), DocumentStatusEvent.class));
    }
}
