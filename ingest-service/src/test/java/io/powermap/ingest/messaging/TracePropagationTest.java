package io.powermap.ingest.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import io.powermap.contract.Topics;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.KafkaTopics;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With tracing on (the one setting), a document streamed on documents.raw with a W3C traceparent
 * header comes out on documents.parsed in the same trace. The parent is marked not sampled, so no
 * span is exported (there is no collector here).
 */
@QuarkusTest
@TestProfile(TracePropagationTest.TracingOn.class)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class TracePropagationTest {

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false");
        }
    }

    @Test
    void shouldCarryTheTraceOfARawRecordOntoItsParsedRecord() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String sourceUri = "https://example.org/traced/" + UUID.randomUUID();
        KafkaTopics.send(Topics.DOCUMENTS_RAW, "client-traced", KafkaTopics.utf8(
            "Upper Basin Water Trust\n\nThe trust was founded in 2011 to buy water rights for rivers.\n"),
            Map.of(Topics.HEADER_CONTENT_TYPE, "text/plain", Topics.HEADER_SOURCE_URI, sourceUri,
                "traceparent", "00-" + traceId + "-00f067aa0ba902b7-00"));

        var record = KafkaTopics.find(Topics.DOCUMENTS_PARSED, r -> sourceUri.equals(r.key()), Duration.ofSeconds(30));

        assertTrue(record.isPresent(), "the streamed document was parsed and published");
        Header parent = record.get().headers().lastHeader("traceparent");
        assertNotNull(parent, "the parsed record carries a traceparent header");
        String value = new String(parent.value(), StandardCharsets.UTF_8);
        assertEquals(traceId, value.split("-")[1], "same trace as the raw record: " + value);
    }
}
