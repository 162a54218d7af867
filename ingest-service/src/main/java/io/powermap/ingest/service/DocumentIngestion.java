package io.powermap.ingest.service;

import java.util.Base64;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.powermap.contract.DocumentFailed;
import io.powermap.contract.DocumentParsed;
import io.powermap.ingest.config.IngestConfig;
import io.powermap.ingest.domain.DocumentIds;
import io.powermap.ingest.domain.DocumentStatus;
import io.powermap.ingest.extraction.DocumentRejectedException;
import io.powermap.ingest.extraction.DocumentRejectedException.Reason;
import io.powermap.ingest.extraction.Extraction;
import io.powermap.ingest.messaging.DocumentPublisher;

/** The one path every document takes, whether it came over HTTP or from documents.raw. */
@ApplicationScoped
public class DocumentIngestion {

    private static final Logger LOG = Logger.getLogger(DocumentIngestion.class);

    private final ExtractionRunner runner;
    private final DocumentPublisher publisher;
    private final DocumentStatusStore statuses;
    private final IngestConfig config;

    public DocumentIngestion(ExtractionRunner runner, DocumentPublisher publisher, DocumentStatusStore statuses,
                             IngestConfig config) {
        this.runner = runner;
        this.publisher = publisher;
        this.statuses = statuses;
        this.config = config;
    }

    /** Extracts without publishing: the preview behind POST /api/v1/extract. */
    public DocumentParsed preview(byte[] content, String mediaType, String sourceUri) throws DocumentRejectedException {
        return toEvent(check(content, mediaType, sourceUri));
    }

    /** Extracts and publishes; a rejected document is remembered as failed and the rejection rethrown. */
    public DocumentStatus ingest(byte[] content, String mediaType, String sourceUri) throws DocumentRejectedException {
        Extraction extraction;
        try {
            extraction = check(content, mediaType, sourceUri);
        } catch (DocumentRejectedException e) {
            statuses.put(DocumentStatus.failed(failedId(content, sourceUri), e.getMessage()));
            throw e;
        }
        DocumentParsed event = toEvent(extraction);
        statuses.put(DocumentStatus.received(event.documentId()));
        publisher.publish(event);
        DocumentStatus status = DocumentStatus.parsed(event.documentId(), event.entities().size(), event.relationships().size());
        statuses.put(status);
        LOG.infof("document %s parsed: %d entities, %d relationships", event.documentId(), status.entities(), status.relationships());
        return status;
    }

    /** For documents.raw: a rejected document goes to documents.dlq with its reason and bytes. */
    public void ingestFromStream(byte[] content, String mediaType, String sourceUri) {
        try {
            ingest(content, mediaType, sourceUri);
        } catch (DocumentRejectedException e) {
            String id = failedId(content, sourceUri);
            LOG.warnf("document %s rejected (%s): %s", id, e.reason(), e.getMessage());
            publisher.publish(new DocumentFailed(DocumentFailed.SCHEMA_VERSION, UUID.randomUUID().toString(), id,
                e.reason() + ": " + e.getMessage(), mediaType, sourceUri,
                Base64.getEncoder().encodeToString(content == null ? new byte[0] : content)));
        }
    }

    private Extraction check(byte[] content, String mediaType, String sourceUri) throws DocumentRejectedException {
        if (content == null || content.length == 0) {
            throw new DocumentRejectedException(Reason.EMPTY, "the document is empty");
        }
        if (content.length > config.maxDocumentBytes()) {
            throw new DocumentRejectedException(Reason.TOO_LARGE, "the document has " + content.length
                + " bytes; the limit is " + config.maxDocumentBytes());
        }
        return runner.extract(content, mediaType, sourceUri);
    }

    private static DocumentParsed toEvent(Extraction extraction) {
        String id = DocumentIds.of(extraction.source().uri(), extraction.text());
        return new DocumentParsed(DocumentParsed.SCHEMA_VERSION, UUID.randomUUID().toString(), id, extraction.source(),
            extraction.text(), extraction.subjectId(), extraction.entities(), extraction.relationships());
    }

    private static String failedId(byte[] content, String sourceUri) {
        return sourceUri != null ? sourceUri : DocumentIds.sha256(content == null ? new byte[0] : content);
    }
}
