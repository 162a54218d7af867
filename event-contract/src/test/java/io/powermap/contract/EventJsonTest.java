package io.powermap.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EventJsonTest {

    @Test
    void shouldRoundTripDocumentParsed() {
        var entity = new ExtractedEntity("e1", EntityType.ORGANIZATION, "Sierra Club", List.of("SC"),
            Map.of("founded", "1892"), List.of(new Span(0, 11)));
        var tie = new ExtractedRelationship("r1", RelationshipType.FUNDING, "e2", "e1", null, "2015", null, true,
            new BigDecimal("250000"), "USD", 0.8, List.of(new Evidence(12, 40, List.of("a note"))));
        var parsed = new DocumentParsed(1, "ev-1", "doc-1", new DocumentSource("https://x", "t", "text/plain", null),
            "Sierra Club ...", "e1", List.of(entity), List.of(tie));

        DocumentParsed back = EventJson.read(EventJson.write(parsed), DocumentParsed.class);

        assertEquals(parsed, back);
    }

    @Test
    void shouldTellProfileChangesApartByEventType() {
        ProfileChange change = new EntityChanged(1, "ev-2", ProfileChange.Change.UPSERTED, Instant.parse("2026-01-01T00:00:00Z"),
            "id-1", EntityType.PERSON, "Eva Millona", List.of(), Map.of(), List.of("doc-1"));

        String json = EventJson.write(change);
        ProfileChange back = EventJson.read(json, ProfileChange.class);

        assertTrue(json.contains("\"eventType\":\"EntityChanged\""), json);
        assertInstanceOf(EntityChanged.class, back);
        assertEquals(change, back);
    }

    @Test
    void shouldIgnoreFieldsAddedByNewerProducers() {
        String json = "{\"schemaVersion\":1,\"eventId\":\"x\",\"documentId\":\"d\",\"addedLater\":42}";

        assertEquals("d", EventJson.read(json, DocumentParsed.class).documentId());
    }

    @Test
    void shouldRejectMalformedJson() {
        assertThrows(EventJson.MalformedEventException.class, () -> EventJson.read("{not json", DocumentParsed.class));
    }
}
