package io.powermap.profile.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.powermap.contract.DocumentFailed;
import io.powermap.contract.DocumentParsed;
import io.powermap.contract.EventJson;
import io.powermap.contract.Topics;
import io.powermap.profile.config.ProfileConfig;
import io.powermap.profile.service.DocumentApplier;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Parsed documents from ingest-service, a poll at a time. The offsets are committed only after the
 * transaction that applied the documents (and wrote their change events to the outbox) has
 * committed. A document that keeps failing goes to documents.dlq rather than stopping the stream
 * behind it.
 */
@ApplicationScoped
public class DocumentParsedConsumer {

    private static final Logger LOG = Logger.getLogger(DocumentParsedConsumer.class);
    private static final int ATTEMPTS = 3;

    private final DocumentApplier applier;
    private final DocumentStatuses statuses;
    private final OutboxRelay relay;
    private final MutinyEmitter<String> deadLetters;
    private final int timeoutSeconds;
    private final WarmStartSlices slices;

    public DocumentParsedConsumer(DocumentApplier applier, DocumentStatuses statuses, OutboxRelay relay,
                                  @Channel("documents-dlq") MutinyEmitter<String> deadLetters, ProfileConfig config) {
        this.applier = applier;
        this.statuses = statuses;
        this.relay = relay;
        this.deadLetters = deadLetters;
        this.timeoutSeconds = (int) Math.min(Integer.MAX_VALUE, config.transactionTimeout().toSeconds());
        this.slices = new WarmStartSlices(config.firstTransactionDocuments());
    }

    /**
     * A poll's documents are applied in one transaction, in order; should any of them fail, the
     * transaction rolls back and they are applied one at a time, each with its retries. Right after
     * the service starts the poll is cut into transactions of {@code first-transaction-documents},
     * doubling each time, so that a cold JVM behind a backlog commits its first documents within
     * seconds; the offsets are committed after the whole poll as always (a document applied before a
     * crash is skipped when it comes again: applying is idempotent by event id).
     */
    @Incoming("documents-parsed")
    @Blocking
    public void consume(List<String> batch) throws InterruptedException {
        List<Received> received = new ArrayList<>(batch.size());
        for (String json : batch) {
            DocumentParsed document = read(json);
            if (document != null) {
                received.add(new Received(document, json));
            }
        }
        int from = 0;
        for (int size : slices.cut(received.size())) {
            applyTogether(received.subList(from, from + size));
            from += size;
        }
    }

    private void applyTogether(List<Received> received) throws InterruptedException {
        if (received.isEmpty()) {
            return;
        }
        if (received.size() > 1) {
            MDC.put("documentIds", String.join(",", received.stream().map(r -> r.document().documentId()).toList()));
            try {
                if (QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(() -> applyAll(received))) {
                    relay.wake();
                }
                return;
            } catch (RuntimeException e) {
                LOG.warnf("applying %d documents together failed (%s); applying them one at a time", received.size(),
                    e.getMessage());
            } finally {
                MDC.remove("documentIds");
            }
        }
        for (Received one : received) {
            applyWithRetries(one);
        }
    }

    private record Received(DocumentParsed document, String json) {
    }

    private boolean applyAll(List<Received> received) {
        List<DocumentParsed> documents = received.stream().map(Received::document).toList();
        boolean applied = applier.applyAll(documents);
        if (applied) { // else every one was applied (and said so) before
            statuses.applied(documents);
        }
        return applied;
    }

    private boolean apply(DocumentParsed document) {
        boolean applied = applier.apply(document);
        if (applied) {
            statuses.applied(List.of(document));
        }
        return applied;
    }

    private DocumentParsed read(String json) {
        DocumentParsed document;
        try {
            document = DocumentReader.read(json);
        } catch (IllegalArgumentException e) {
            deadLetter(null, "not a DocumentParsed: " + e.getMessage(), json);
            return null;
        }
        if (document.schemaVersion() != DocumentParsed.SCHEMA_VERSION || document.documentId() == null
            || document.eventId() == null) {
            deadLetter(document.documentId(), "unsupported schema version " + document.schemaVersion()
                + " or missing ids", json);
            return null;
        }
        return document;
    }

    private void applyWithRetries(Received one) throws InterruptedException {
        DocumentParsed document = one.document();
        MDC.put("documentId", document.documentId());
        try {
            applyOne(one, document);
        } finally {
            MDC.remove("documentId");
        }
    }

    private void applyOne(Received one, DocumentParsed document) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                if (QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(() -> apply(document))) {
                    relay.wake();
                }
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    LOG.errorf(e, "document %s could not be applied", document.documentId());
                    deadLetter(document.documentId(), "could not be applied: " + e.getMessage(), one.json());
                    statuses.failed(document, "could not be applied after " + ATTEMPTS + " attempts; it is on "
                        + Topics.DOCUMENTS_DLQ);
                    return;
                }
                LOG.warnf("applying document %s failed (attempt %d of %d): %s", document.documentId(), attempt,
                    ATTEMPTS, e.getMessage());
                Thread.sleep(500L * attempt);
            }
        }
    }

    private void deadLetter(String documentId, String reason, String json) {
        Object outer = MDC.get("documentId");
        if (documentId != null) {
            MDC.put("documentId", documentId);
        }
        LOG.errorf("document %s sent to the dead-letter topic: %s", documentId, reason);
        if (outer == null) {
            MDC.remove("documentId"); // a record refused before it was applied: no caller clears it
        }
        String key = documentId != null ? documentId : "unknown";
        DocumentFailed failed = new DocumentFailed(DocumentFailed.SCHEMA_VERSION, UUID.randomUUID().toString(), documentId,
            reason, "application/json", null, Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)));
        try {
            deadLetters.sendMessageAndAwait(Message.of(EventJson.write(failed))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build()));
        } catch (RuntimeException e) {
            // the stream behind it must go on; the document's record stays on documents.parsed
            LOG.errorf("document %s could not be sent to the dead-letter topic either: %s", documentId, e.getMessage());
        }
    }
}
