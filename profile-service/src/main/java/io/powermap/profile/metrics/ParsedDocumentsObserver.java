package io.powermap.profile.metrics;

import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.IncomingInterceptor;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Watches the polls of documents.parsed from the connector's side: a poll's offsets are
 * acknowledged only after DocumentParsedConsumer's transaction committed, so the time from
 * delivery to acknowledgement is the poll's apply time, and its record count the documents done.
 */
@ApplicationScoped
@Identifier("documents-parsed")
public class ParsedDocumentsObserver implements IncomingInterceptor {

    private final ProfileMetrics metrics;
    private final DocumentTraces traces;

    public ParsedDocumentsObserver(ProfileMetrics metrics, DocumentTraces traces) {
        this.metrics = metrics;
        this.traces = traces;
    }

    /** When the poll was handed to the consumer. */
    record Delivered(long nanos) {
    }

    @Override
    public Message<?> afterMessageReceive(Message<?> message) {
        message.getMetadata(IncomingKafkaRecordBatchMetadata.class).ifPresent(traces::remember);
        return message.addMetadata(new Delivered(System.nanoTime()));
    }

    @Override
    public void onMessageAck(Message<?> message) {
        long nanos = message.getMetadata(Delivered.class).map(d -> System.nanoTime() - d.nanos()).orElse(-1L);
        int documents = message.getMetadata(IncomingKafkaRecordBatchMetadata.class)
            .map(batch -> batch.getRecords().count()).orElse(1);
        metrics.pollApplied(documents, nanos);
    }

    @Override
    public void onMessageNack(Message<?> message, Throwable failure) {
        // the poll is delivered again; it is counted when it is done
    }
}
