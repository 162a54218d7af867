package io.powermap.ingest.messaging;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.powermap.contract.Topics;
import io.powermap.ingest.domain.DocumentIds;
import io.powermap.ingest.service.DocumentIngestion;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * Documents streamed in on documents.raw. The offset is acknowledged only after the document's
 * DocumentParsed (or DocumentFailed) is on Kafka, so a crash replays rather than loses it. One
 * document at a time: while it waits for a worker or for the broker, the connector stops fetching
 * once its buffer is full (back-pressure) and keeps the consumer in its group.
 */
@ApplicationScoped
public class RawDocumentConsumer {

    private static final Logger LOG = Logger.getLogger(RawDocumentConsumer.class);

    private final DocumentIngestion ingestion;

    public RawDocumentConsumer(DocumentIngestion ingestion) {
        this.ingestion = ingestion;
    }

    @Incoming("documents-raw")
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> message) {
        IncomingKafkaRecordMetadata<?, ?> metadata = message.getMetadata(IncomingKafkaRecordMetadata.class).orElse(null);
        Headers headers = metadata == null ? null : metadata.getHeaders();
        String producerKey = lookupKey(metadata == null ? null : metadata.getKey());
        String mediaType = header(headers, Topics.HEADER_CONTENT_TYPE);
        String sourceUri = header(headers, Topics.HEADER_SOURCE_URI);
        if (sourceUri != null && !DocumentIds.isValidSourceUri(sourceUri)) {
            LOG.warnf("ignoring malformed %s header '%s'", Topics.HEADER_SOURCE_URI, sourceUri);
            sourceUri = null;
        }
        // the record's consumer span (a child of its producer's traceparent, when tracing is on) is
        // the parent of the DocumentParsed published for it
        Context trace = message.getMetadata(TracingMetadata.class).map(TracingMetadata::getCurrentContext).orElse(null);
        try (Scope scope = trace == null ? Scope.noop() : trace.makeCurrent()) {
            ingestion.ingestFromStream(message.getPayload(), mediaType, sourceUri, producerKey);
        } catch (InterruptedException e) {
            // shutting down: the offset stays uncommitted, so the next start reads the document again
            Thread.currentThread().interrupt();
            return message.nack(e);
        }
        return message.ack();
    }

    /** The record's key, when a status can be looked up by it (GET /api/v1/documents/{key}). */
    private static String lookupKey(Object key) {
        if (key == null) {
            return null;
        }
        String text = key.toString();
        if (!DocumentIds.isLookupKey(text)) {
            LOG.warnf("record key '%s' is not one a status can be looked up by (up to 256 letters, digits and "
                + "- . _ ~ : / @ + = ,); the document is found by its id only", text.length() > 300 ? text.substring(0, 300) : text);
            return null;
        }
        return text;
    }

    private static String header(Headers headers, String name) {
        Header header = headers == null ? null : headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
