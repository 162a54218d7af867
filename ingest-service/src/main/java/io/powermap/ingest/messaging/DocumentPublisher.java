package io.powermap.ingest.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.powermap.contract.DocumentFailed;
import io.powermap.contract.DocumentParsed;
import io.powermap.contract.EventJson;
import io.powermap.ingest.config.IngestConfig;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes and waits for the broker's acknowledgement, so "accepted" means durably on Kafka. The
 * wait is bounded: the producers give up after their delivery.timeout.ms (application.properties)
 * and this class after {@code powermap.ingest.send-timeout} whatever happens, with a
 * {@link PublishFailedException}.
 */
@ApplicationScoped
public class DocumentPublisher {

    private final MutinyEmitter<String> parsed;
    private final MutinyEmitter<String> failed;
    private final Duration timeout;

    public DocumentPublisher(@Channel("documents-parsed") MutinyEmitter<String> parsed,
                             @Channel("documents-dlq") MutinyEmitter<String> failed, IngestConfig config) {
        this.parsed = parsed;
        this.failed = failed;
        this.timeout = config.sendTimeout();
    }

    public void publish(DocumentParsed event) {
        send(parsed, event.documentId(), EventJson.write(event));
    }

    public void publish(DocumentFailed event) {
        send(failed, event.documentId(), EventJson.write(event));
    }

    private void send(MutinyEmitter<String> emitter, String key, String json) {
        Message<String> message = Message.of(json)
            .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build());
        // the record joins the trace of the upload or of the documents.raw record (traceparent header),
        // whichever thread the connector sends it from; nothing is added while tracing is off
        Context trace = Context.current();
        if (Span.fromContext(trace).getSpanContext().isValid()) {
            message = message.addMetadata(TracingMetadata.withCurrent(trace));
        }
        try {
            emitter.sendMessage(message).await().atMost(timeout);
        } catch (RuntimeException e) {
            throw new PublishFailedException("Kafka did not acknowledge the record for " + key, e);
        }
    }
}
