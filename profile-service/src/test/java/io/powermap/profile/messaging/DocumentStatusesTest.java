package io.powermap.profile.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.powermap.contract.DocumentParsed;
import io.powermap.contract.DocumentSource;
import io.powermap.contract.DocumentStatusEvent;
import io.powermap.contract.EntityType;
import io.powermap.contract.Evidence;
import io.powermap.contract.EventJson;
import io.powermap.contract.ExtractedEntity;
import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;
import io.powermap.contract.Topics;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.KafkaTopics;
import io.powermap.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class DocumentStatusesTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Test
    void shouldSayAppliedWithCountsOnceTheDocumentsChangesArePublished() {
        String documentId = "https://example.org/status/" + UUID.randomUUID();
        String organization = "Riverbend Tenants Union " + UUID.randomUUID();
        String text = organization + " received $10 from Cedar Fund.";
        var org = new ExtractedEntity("e1", EntityType.ORGANIZATION, organization, List.of(), Map.of(), List.of());
        var fund = new ExtractedEntity("e2", EntityType.ORGANIZATION, "Cedar Fund " + UUID.randomUUID(), List.of(), Map.of(),
            List.of());
        var grant = new ExtractedRelationship("r1", RelationshipType.FUNDING, "e2", "e1", null, null, null, true,
            new BigDecimal("10"), "USD", 0.9, List.of(new Evidence(0, text.length(), List.of())));
        DocumentParsed document = new DocumentParsed(1, UUID.randomUUID().toString(), documentId,
            new DocumentSource(documentId, organization, "text/plain", null), text, "e1", List.of(org, fund), List.of(grant));

        KafkaTopics.send(Topics.DOCUMENTS_PARSED, documentId, KafkaTopics.utf8(EventJson.write(document)), Map.of());

        var record = KafkaTopics.find(Topics.DOCUMENTS_STATUS, r -> documentId.equals(r.key()), WITHIN);
        assertTrue(record.isPresent(), "a status keyed by the document id is on " + Topics.DOCUMENTS_STATUS);
        DocumentStatusEvent applied = EventJson.read(record.get().value(), DocumentStatusEvent.class);
        assertEquals(DocumentStatusEvent.State.APPLIED, applied.state());
        assertEquals(document.eventId(), applied.submission(), "the sending it belongs to");
        assertEquals(2, applied.entities());
        assertEquals(1, applied.relationships());

        // search-service takes APPLIED to mean the document's changes are on profiles.changes already
        var changes = KafkaTopics.collect(Topics.PROFILES_CHANGES,
            r -> r.value() != null && r.value().contains(organization), Duration.ofSeconds(3));
        assertFalse(changes.isEmpty(), "the organization's change is published");
        changes.forEach(change -> assertTrue(change.timestamp() <= record.get().timestamp(),
            "the change was sent before the status"));
    }
}
