package io.powermap.profile.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import io.powermap.contract.DocumentParsed;
import io.powermap.contract.DocumentSource;
import io.powermap.contract.EntityType;
import io.powermap.contract.EventJson;
import io.powermap.contract.ExtractedEntity;
import io.powermap.contract.Topics;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.KafkaTopics;
import io.powermap.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With tracing on, the entity change a document causes leaves through the outbox in the trace of
 * the document's DocumentParsed record (its traceparent header), so search-service joins it too.
 * The parent is marked not sampled: nothing is exported (there is no collector here).
 */
@QuarkusTest
@TestProfile(TracePropagationTest.TracingOn.class)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class TracePropagationTest {

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false");
        }
    }

    @Test
    void shouldPublishADocumentsEntityChangeInTheDocumentsTrace() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String documentId = "https://example.org/traced/" + UUID.randomUUID();
        String organization = "Saltmarsh Defenders " + UUID.randomUUID();
        var org = new ExtractedEntity("e1", EntityType.ORGANIZATION, organization, List.of(), Map.of(), List.of());
        DocumentParsed parsed = new DocumentParsed(1, UUID.randomUUID().toString(), documentId,
            new DocumentSource(documentId, organization, "text/plain", null), organization + " exists.", "e1",
            List.of(org), List.of());
        KafkaTopics.send(Topics.DOCUMENTS_PARSED, documentId, KafkaTopics.utf8(EventJson.write(parsed)),
            Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-00"));

        var change = KafkaTopics.find(Topics.PROFILES_CHANGES, r -> r.value() != null && r.value().contains(organization),
            Duration.ofSeconds(30));

        assertTrue(change.isPresent(), "the entity's change was published");
        Header parent = change.get().headers().lastHeader("traceparent");
        assertNotNull(parent, "the change carries a traceparent header");
        String value = new String(parent.value(), StandardCharsets.UTF_8);
        assertEquals(traceId, value.split("-")[1], "same trace as the document: " + value);
    }
}
