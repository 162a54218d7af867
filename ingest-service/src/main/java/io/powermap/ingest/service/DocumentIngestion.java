package io.powermap.ingest.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.powermap.contract.DocumentFailed;
import io.powermap.contract.DocumentParsed;
import io.powermap.contract.DocumentStatusEvent;
import io.powermap.contract.DocumentStatusEvent.State;
import io.powermap.ingest.config.IngestConfig;
import io.powermap.ingest.domain.DocumentIds;
import io.powermap.ingest.domain.DocumentStatus;
import io.powermap.ingest.extraction.DocumentRejectedException;
import io.powermap.ingest.extraction.DocumentRejectedException.Reason;
import io.powermap.ingest.extraction.Extraction;
import io.powermap.ingest.messaging.DocumentPublisher;
import io.powermap.ingest.messaging.PublishFailedException;
import io.powermap.ingest.messaging.StatusPublisher;
import io.powermap.ingest.metrics.IngestMetrics;

/**
 * The one path every document takes, whether it came over HTTP or from documents.raw. The two
 * differ only under load: an upload is refused with a 503 (the client retries), a streamed document
 * waits for a worker and for the broker, so the stream slows down instead of losing anything.
 */
@ApplicationScoped
public class DocumentIngestion {

    private static final Logger LOG = Logger.getLogger(DocumentIngestion.class);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final ExtractionRunner runner;
    private final DocumentPublisher publisher;
    private final StatusPublisher statuses;
    private final IngestConfig config;
    private final IngestMetrics metrics;

    public DocumentIngestion(ExtractionRunner runner, DocumentPublisher publisher, StatusPublisher statuses,
                             IngestConfig config, IngestMetrics metrics) {
        this.runner = runner;
        this.publisher = publisher;
        this.statuses = statuses;
        this.config = config;
        this.metrics = metrics;
    }

    /** The MDC key that puts a document's id on every log line written while it is handled. */
    public static final String MDC_DOCUMENT_ID = "documentId";

    /** Extracts without publishing: the preview behind POST /api/v1/extract. */
    public DocumentParsed preview(byte[] content, String mediaType, String sourceUri) throws DocumentRejectedException {
        checkSize(content);
        return toEvent(runner.extract(content, mediaType, sourceUri), UUID.randomUUID().toString());
    }

    /**
     * Extracts and publishes; a rejected document is remembered as failed and the rejection rethrown.
     * @throws IngestUnavailableException when no worker is free or Kafka does not acknowledge in time
     */
    public DocumentStatus ingest(byte[] content, String mediaType, String sourceUri) throws DocumentRejectedException {
        metrics.received(IngestMetrics.REST);
        Object outerId = MDC.get(MDC_DOCUMENT_ID);
        Sending sending = new Sending(UUID.randomUUID().toString(), Instant.now(), null);
        if (sourceUri != null) {
            MDC.put(MDC_DOCUMENT_ID, sourceUri);
        }
        try {
            Extraction extraction;
            try {
                checkSize(content);
                extraction = runner.extract(content, mediaType, sourceUri);
            } catch (DocumentRejectedException e) {
                metrics.failed(IngestMetrics.REST, e.reason().name());
                MDC.put(MDC_DOCUMENT_ID, failedId(content, sourceUri));
                LOG.debugf("document %s rejected (%s): %s", failedId(content, sourceUri), e.reason(), e.getMessage());
                statuses.publish(sending.step(failedId(content, sourceUri), State.FAILED, e.getMessage(), null, null));
                throw e;
            } catch (IngestUnavailableException e) {
                metrics.failed(IngestMetrics.REST, "BUSY");
                throw e;
            }
            DocumentParsed event = toEvent(extraction, sending.submission());
            MDC.put(MDC_DOCUMENT_ID, event.documentId());
            try {
                publisher.publish(event);
            } catch (PublishFailedException e) {
                metrics.failed(IngestMetrics.REST, "NOT_ACKNOWLEDGED");
                LOG.warnf("document %s not acknowledged by Kafka: %s", event.documentId(), rootMessage(e));
                statuses.publish(sending.step(event.documentId(), State.FAILED, "Kafka did not acknowledge it; send it again",
                    null, null));
                throw new IngestUnavailableException("Kafka did not acknowledge the document within "
                    + config.sendTimeout().toSeconds() + " s; it may not have been published. Send it again later "
                    + "(sending a document twice is harmless).", config.retryAfter());
            }
            metrics.parsed(IngestMetrics.REST);
            return parsed(event, sending);
        } finally {
            restore(outerId);
        }
    }

    private static void restore(Object outerId) {
        if (outerId == null) {
            MDC.remove(MDC_DOCUMENT_ID);
        } else {
            MDC.put(MDC_DOCUMENT_ID, outerId);
        }
    }

    /**
     * For documents.raw: waits for a worker, publishes the DocumentParsed (or, for a rejected
     * document, a DocumentFailed with its reason and bytes on documents.dlq) and retries the send
     * until Kafka acknowledges it, so the offset is committed only after the record is on Kafka.
     * {@code producerKey}, the record's key when it is one a status can be looked up by, names the
     * document's statuses too.
     */
    public void ingestFromStream(byte[] content, String mediaType, String sourceUri, String producerKey)
            throws InterruptedException {
        metrics.received(IngestMetrics.STREAM);
        Object outerId = MDC.get(MDC_DOCUMENT_ID);
        Sending sending = new Sending(UUID.randomUUID().toString(), Instant.now(), producerKey);
        if (sourceUri != null) {
            MDC.put(MDC_DOCUMENT_ID, sourceUri);
        }
        // an upload's client waits for its answer; a streamed document's sender can only look it up
        if (sourceUri != null || producerKey != null) {
            statuses.publish(sending.step(sourceUri, State.RECEIVED, null, null, null));
        }
        try {
            checkSize(content);
            DocumentParsed event = toEvent(runner.extractWhenFree(content, mediaType, sourceUri), sending.submission());
            MDC.put(MDC_DOCUMENT_ID, event.documentId());
            untilAcknowledged(event.documentId(), () -> publisher.publish(event));
            metrics.parsed(IngestMetrics.STREAM);
            parsed(event, sending);
        } catch (DocumentRejectedException e) {
            metrics.failed(IngestMetrics.STREAM, e.reason().name());
            String id = failedId(content, sourceUri);
            MDC.put(MDC_DOCUMENT_ID, id);
            LOG.warnf("document %s rejected (%s): %s", id, e.reason(), e.getMessage());
            statuses.publish(sending.step(id, State.FAILED, e.getMessage(), null, null));
            DocumentFailed failed = new DocumentFailed(DocumentFailed.SCHEMA_VERSION, sending.submission(), id,
                e.reason() + ": " + e.getMessage(), mediaType, sourceUri,
                Base64.getEncoder().encodeToString(content == null ? new byte[0] : content));
            untilAcknowledged(id, () -> publisher.publish(failed));
        } finally {
            restore(outerId);
        }
    }

    private void untilAcknowledged(String id, Runnable send) throws InterruptedException {
        Duration pause = Duration.ofSeconds(1);
        while (true) {
            try {
                send.run();
                return;
            } catch (PublishFailedException e) {
                LOG.warnf("document %s not acknowledged by Kafka (%s); sending again in %d s", id, rootMessage(e),
                    pause.toSeconds());
                Thread.sleep(pause.toMillis());
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private DocumentStatus parsed(DocumentParsed event, Sending sending) {
        DocumentStatusEvent step = sending.step(event.documentId(), State.PARSED, null, event.entities().size(),
            event.relationships().size());
        statuses.publish(step);
        DocumentStatus status = DocumentStatus.of(step);
        LOG.infof("document %s parsed: %d entities, %d relationships", event.documentId(), status.entities(), status.relationships());
        return status;
    }

    private void checkSize(byte[] content) throws DocumentRejectedException {
        if (content == null || content.length == 0) {
            throw new DocumentRejectedException(Reason.EMPTY, "the document is empty");
        }
        if (content.length > config.maxDocumentBytes()) {
            throw new DocumentRejectedException(Reason.TOO_LARGE, "the document has " + content.length
                + " bytes; the limit is " + config.maxDocumentBytes());
        }
    }

    /**
     * One sending of a document: its steps share the submission, which is also the event id of its
     * DocumentParsed (or DocumentFailed), so profile-service and search-service can name it.
     */
    private record Sending(String submission, Instant submittedAt, String producerKey) {
        DocumentStatusEvent step(String documentId, State state, String reason, Integer entities, Integer relationships) {
            return DocumentStatusEvent.of(documentId, state, reason, entities, relationships, submission, submittedAt,
                producerKey, "ingest-service");
        }
    }

    private static DocumentParsed toEvent(Extraction extraction, String eventId) {
        String id = DocumentIds.of(extraction.source().uri(), extraction.text());
        return new DocumentParsed(DocumentParsed.SCHEMA_VERSION, eventId, id, extraction.source(),
            extraction.text(), extraction.subjectId(), extraction.entities(), extraction.relationships());
    }

    private static String failedId(byte[] content, String sourceUri) {
        return sourceUri != null ? sourceUri : DocumentIds.sha256(content == null ? new byte[0] : content);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
