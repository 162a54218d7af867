package io.powermap.ingest.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.powermap.contract.DocumentFailed;
import io.powermap.contract.DocumentParsed;
import io.powermap.contract.EventJson;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/** Publishes and waits for the broker's acknowledgement, so "accepted" means durably on Kafka. */
@ApplicationScoped
public class DocumentPublisher {

    private final MutinyEmitter<String> parsed;
    private final MutinyEmitter<String> failed;

    public DocumentPublisher(@Channel("documents-parsed") MutinyEmitter<String> parsed,
                             @Channel("documents-dlq") MutinyEmitter<String> failed) {
        this.parsed = parsed;
        this.failed = failed;
    }

    public void publish(DocumentParsed event) {
        parsed.sendMessageAndAwait(keyed(event.documentId(), EventJson.write(event)));
    }

    public void publish(DocumentFailed event) {
        failed.sendMessageAndAwait(keyed(event.documentId(), EventJson.write(event)));
    }

    private static Message<String> keyed(String key, String json) {
        return Message.of(json).addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build());
    }
}
