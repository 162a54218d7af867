package io.powermap.ingest.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.powermap.contract.DocumentStatusEvent;
import io.powermap.ingest.config.IngestConfig;
import io.powermap.ingest.domain.DocumentStatus;

/**
 * The local view of documents.status: each document's latest step, and for documents.raw keys the
 * step of the document they name. Filled from the topic, read from its beginning at every start
 * (messaging/DocumentStatusReader), and by this instance's own steps as it publishes them, so an
 * upload's status is readable here at once. Steps are applied in any order and more than once:
 * one that does not supersede the current status (an older step of the same sending, a leftover of
 * an earlier sending) changes nothing. The {@code status-capacity} most recently changed are kept.
 */
@ApplicationScoped
public class DocumentStatusStore {

    private final Map<String, DocumentStatusEvent> byId;
    private final Map<String, DocumentStatusEvent> byKey;
    private final CountDownLatch caughtUp = new CountDownLatch(1);

    public DocumentStatusStore(IngestConfig config) {
        this.byId = bounded(config.statusCapacity());
        this.byKey = bounded(config.statusCapacity());
    }

    private static Map<String, DocumentStatusEvent> bounded(int capacity) {
        return new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, DocumentStatusEvent> eldest) {
                return size() > capacity;
            }
        };
    }

    /** A record of documents.status: keyed by document id, or by {@link DocumentStatusEvent#keyRecord}. */
    public synchronized void apply(String recordKey, DocumentStatusEvent event) {
        if (recordKey == null || event == null || event.state() == null) {
            return;
        }
        if (recordKey.startsWith(DocumentStatusEvent.KEY_RECORD_PREFIX)) {
            merge(byKey, recordKey.substring(DocumentStatusEvent.KEY_RECORD_PREFIX.length()), event);
        } else {
            merge(byId, recordKey, event);
        }
    }

    /** Marks the view as holding everything the topic had when this instance started. */
    public void caughtUp() {
        caughtUp.countDown();
    }

    public boolean isCaughtUp() {
        return caughtUp.getCount() == 0;
    }

    /** Waits up to {@code seconds} for the view to hold what the topic had at start; whether it does. */
    public boolean awaitCaughtUp(long seconds) {
        try {
            return caughtUp.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return isCaughtUp();
        }
    }

    /** By document id, else by the key a documents.raw record was sent with. */
    public synchronized Optional<DocumentStatus> find(String idOrKey) {
        DocumentStatusEvent byDocument = byId.get(idOrKey);
        if (byDocument != null) {
            return Optional.of(DocumentStatus.of(byDocument));
        }
        DocumentStatusEvent byProducerKey = byKey.get(idOrKey);
        if (byProducerKey == null) {
            return Optional.empty();
        }
        DocumentStatusEvent document = byProducerKey.documentId() == null ? null : byId.get(byProducerKey.documentId());
        // the document's own record goes further (applied, searchable) unless a later sending under this key began
        DocumentStatusEvent latest = document != null && (sameSending(document, byProducerKey)
            || document.supersedes(byProducerKey)) ? document : byProducerKey;
        DocumentStatus status = DocumentStatus.of(latest);
        return Optional.of(new DocumentStatus(status.id(), idOrKey, status.state(), status.reason(), status.entities(),
            status.relationships(), status.updatedAt()));
    }

    private static boolean sameSending(DocumentStatusEvent a, DocumentStatusEvent b) {
        return a.submission() != null && a.submission().equals(b.submission());
    }

    private static void merge(Map<String, DocumentStatusEvent> statuses, String key, DocumentStatusEvent next) {
        DocumentStatusEvent current = statuses.get(key);
        if (!next.supersedes(current)) {
            return;
        }
        boolean sameSending = current != null && sameSending(next, current);
        // what only ingest-service knows of a sending stays with it through the later services' steps
        DocumentStatusEvent merged = sameSending ? new DocumentStatusEvent(next.schemaVersion(), next.eventId(),
            next.documentId() != null ? next.documentId() : current.documentId(), next.state(), next.reason(),
            next.entities(), next.relationships(), next.submission(),
            next.submittedAt() != null ? next.submittedAt() : current.submittedAt(),
            next.producerKey() != null ? next.producerKey() : current.producerKey(), next.by(), next.occurredAt()) : next;
        statuses.remove(key);
        statuses.put(key, merged);
    }
}
