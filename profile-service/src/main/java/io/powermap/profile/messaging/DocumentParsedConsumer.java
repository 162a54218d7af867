package io.powermap.profile.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.powermap.contract.DocumentFailed;
import io.powermap.contract.DocumentParsed;
import io.powermap.contract.EventJson;
import io.powermap.profile.service.DocumentApplier;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Parsed documents from ingest-service. The offset is committed only after the transaction that
 * applied the document (and wrote its change events to the outbox) has committed. A document that
 * keeps failing goes to documents.dlq rather than stopping the stream behind it.
 */
@ApplicationScoped
public class DocumentParsedConsumer {

    private static final Logger LOG = Logger.getLogger(DocumentParsedConsumer.class);
    private static final int ATTEMPTS = 3;

    private final DocumentApplier applier;
    private final OutboxRelay relay;
    private final MutinyEmitter<String> deadLetters;

    public DocumentParsedConsumer(DocumentApplier applier, OutboxRelay relay,
                                  @Channel("documents-dlq") MutinyEmitter<String> deadLetters) {
        this.applier = applier;
        this.relay = relay;
        this.deadLetters = deadLetters;
    }

    @Incoming("documents-parsed")
    @Blocking
    public void consume(String json) throws InterruptedException {
        DocumentParsed document;
        try {
            document = EventJson.read(json, DocumentParsed.class);
        } catch (EventJson.MalformedEventException e) {
            deadLetter(null, "not a DocumentParsed: " + e.getMessage(), json);
            return;
        }
        if (document.schemaVersion() != DocumentParsed.SCHEMA_VERSION || document.documentId() == null
            || document.eventId() == null) {
            deadLetter(document.documentId(), "unsupported schema version " + document.schemaVersion()
                + " or missing ids", json);
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                if (applier.apply(document)) {
                    relay.wake();
                }
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    LOG.errorf(e, "document %s could not be applied", document.documentId());
                    deadLetter(document.documentId(), "could not be applied: " + e.getMessage(), json);
                    return;
                }
                LOG.warnf("applying document %s failed (attempt %d of %d): %s", document.documentId(), attempt,
                    ATTEMPTS, e.getMessage());
                Thread.sleep(500L * attempt);
            }
        }
    }

    private void deadLetter(String documentId, String reason, String json) {
        LOG.errorf("document %s sent to the dead-letter topic: %s", documentId, reason);
        String key = documentId != null ? documentId : "unknown";
        DocumentFailed failed = new DocumentFailed(DocumentFailed.SCHEMA_VERSION, UUID.randomUUID().toString(), documentId,
            reason, "application/json", null, Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)));
        deadLetters.sendMessageAndAwait(Message.of(EventJson.write(failed))
            .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build()));
    }
}
