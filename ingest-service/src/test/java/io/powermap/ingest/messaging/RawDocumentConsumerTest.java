package io.powermap.ingest.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.powermap.contract.DocumentFailed;
import io.powermap.contract.DocumentParsed;
import io.powermap.contract.EventJson;
import io.powermap.contract.Topics;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.KafkaTopics;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class RawDocumentConsumerTest {

    @Test
    void shouldParseDocumentsStreamedOnTheRawTopic() {
        String sourceUri = "https://example.org/stream/" + UUID.randomUUID();
        KafkaTopics.send(Topics.DOCUMENTS_RAW, "client-1", KafkaTopics.utf8(
            "Northern Rivers Conservancy\n\nThe Conservancy was founded in 2004 to protect river corridors.\n"),
            Map.of(Topics.HEADER_CONTENT_TYPE, "text/plain", Topics.HEADER_SOURCE_URI, sourceUri));

        var record = KafkaTopics.find(Topics.DOCUMENTS_PARSED, r -> sourceUri.equals(r.key()), Duration.ofSeconds(30));

        assertTrue(record.isPresent(), "the streamed document was parsed and published");
        DocumentParsed parsed = EventJson.read(record.get().value(), DocumentParsed.class);
        assertTrue(parsed.text().contains("river corridors"), parsed.text());
    }

    @Test
    void shouldSendRejectedDocumentsToTheDeadLetterTopic() {
        String sourceUri = "https://example.org/empty/" + UUID.randomUUID();
        byte[] blank = KafkaTopics.utf8("   \n\t  ");
        KafkaTopics.send(Topics.DOCUMENTS_RAW, "client-2", blank,
            Map.of(Topics.HEADER_CONTENT_TYPE, "text/plain", Topics.HEADER_SOURCE_URI, sourceUri));

        var record = KafkaTopics.find(Topics.DOCUMENTS_DLQ, r -> sourceUri.equals(r.key()), Duration.ofSeconds(30));

        assertTrue(record.isPresent(), "the blank document is on " + Topics.DOCUMENTS_DLQ);
        DocumentFailed failed = EventJson.read(record.get().value(), DocumentFailed.class);
        assertTrue(failed.reason().startsWith("EMPTY"), failed.reason());
        assertEquals("   \n\t  ", new String(Base64.getDecoder().decode(failed.payloadBase64())));
    }

    @Test
    void shouldSendUnreadablePdfsToTheDeadLetterTopicWithTheReason() {
        String sourceUri = "https://example.org/broken/" + UUID.randomUUID() + ".pdf";
        KafkaTopics.send(Topics.DOCUMENTS_RAW, "client-3", KafkaTopics.utf8("%PDF-1.4\nthis is not really a PDF"),
            Map.of(Topics.HEADER_CONTENT_TYPE, "application/pdf", Topics.HEADER_SOURCE_URI, sourceUri));

        var record = KafkaTopics.find(Topics.DOCUMENTS_DLQ, r -> sourceUri.equals(r.key()), Duration.ofSeconds(30));

        assertTrue(record.isPresent(), "the broken PDF is on " + Topics.DOCUMENTS_DLQ);
        DocumentFailed failed = EventJson.read(record.get().value(), DocumentFailed.class);
        assertTrue(failed.reason().startsWith("UNREADABLE"), failed.reason());
        assertEquals("application/pdf", failed.contentType());
    }
}
