package io.powermap.profile.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.powermap.contract.DocumentParsed;
import io.powermap.contract.DocumentStatusEvent;
import io.powermap.contract.DocumentStatusEvent.State;
import io.powermap.contract.EventJson;
import io.powermap.contract.Topics;
import io.powermap.profile.domain.DocumentCounts;
import io.powermap.profile.domain.OutboxRows;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * profile-service's steps of a document on documents.status. APPLIED goes into the outbox in the
 * transaction that applied the document, so it is published exactly when the document is, and
 * after the document's changes (OutboxRelay sends a batch's changes first). It counts what the store
 * then holds from the document. FAILED (sent to the dead-letter topic) is sent at once.
 */
@ApplicationScoped
public class DocumentStatuses {

    private static final Logger LOG = Logger.getLogger(DocumentStatuses.class);
    private static final String BY = "profile-service";

    private final OutboxRows outbox;
    private final DocumentCounts counts;
    private final MutinyEmitter<String> statuses;

    public DocumentStatuses(OutboxRows outbox, DocumentCounts counts, @Channel("documents-status") MutinyEmitter<String> statuses) {
        this.outbox = outbox;
        this.counts = counts;
        this.statuses = statuses;
    }

    /** In the apply transaction, after the documents are applied. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applied(List<DocumentParsed> documents) {
        long t0 = System.nanoTime();
        Map<String, DocumentCounts.Counts> held = counts.of(documents.stream().map(DocumentParsed::documentId).distinct().toList());
        long t1 = System.nanoTime();
        outbox.append(documents.stream().map(document -> {
            DocumentCounts.Counts count = held.getOrDefault(document.documentId(), new DocumentCounts.Counts(0, 0));
            DocumentStatusEvent applied = DocumentStatusEvent.of(document.documentId(), State.APPLIED, null, count.entities(),
                count.relationships(), document.eventId(), null, null, BY);
            return new OutboxRows.Row(document.documentId(), EventJson.write(applied), Topics.DOCUMENTS_STATUS);
        }).toList(), Instant.now());
        LOG.debugf("APPLIED statuses of %d documents; ms: counts %d, outbox %d", documents.size(), (t1 - t0) / 1000000,
            (System.nanoTime() - t1) / 1000000);
    }

    /** A document sent to the dead-letter topic; the stream goes on should the broker not take this either. */
    public void failed(DocumentParsed document, String reason) {
        DocumentStatusEvent failed = DocumentStatusEvent.of(document.documentId(), State.FAILED, reason, null, null,
            document.eventId(), null, null, BY);
        try {
            statuses.sendMessage(Message.of(EventJson.write(failed))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(document.documentId()).build()))
                .await().atMost(Duration.ofSeconds(10));
        } catch (RuntimeException e) {
            LOG.errorf("status FAILED of %s not published: %s", document.documentId(), e.getMessage());
        }
    }
}
