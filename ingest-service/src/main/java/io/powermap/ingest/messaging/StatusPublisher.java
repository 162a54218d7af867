package io.powermap.ingest.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.powermap.contract.DocumentStatusEvent;
import io.powermap.contract.EventJson;
import io.powermap.ingest.service.DocumentStatusStore;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes this instance's steps of a document to documents.status (under the document id, and
 * under the documents.raw key when there is one) and puts them in the local view at once. Nobody
 * waits for the broker here: a step that does not reach it is logged, and the document's later
 * steps (profile-service's APPLIED, search-service's SEARCHABLE) still tell where it is.
 */
@ApplicationScoped
public class StatusPublisher {

    private static final Logger LOG = Logger.getLogger(StatusPublisher.class);

    private final MutinyEmitter<String> statuses;
    private final DocumentStatusStore view;

    public StatusPublisher(@Channel("documents-status") MutinyEmitter<String> statuses, DocumentStatusStore view) {
        this.statuses = statuses;
        this.view = view;
    }

    public void publish(DocumentStatusEvent event) {
        String json = EventJson.write(event);
        if (event.documentId() != null) {
            send(event.documentId(), event, json);
        }
        if (event.producerKey() != null) {
            send(DocumentStatusEvent.keyRecord(event.producerKey()), event, json);
        }
    }

    private void send(String key, DocumentStatusEvent event, String json) {
        view.apply(key, event);
        try {
            statuses.sendMessage(Message.of(json).addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build()))
                .subscribe().with(done -> { }, failure -> LOG.warnf("status %s of %s not published: %s", event.state(), key,
                    failure.getMessage()));
        } catch (RuntimeException e) {
            LOG.warnf("status %s of %s not published: %s", event.state(), key, e.getMessage());
        }
    }
}
