package io.powermap.ingest.extraction;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.powermap.contract.DocumentSource;
import io.powermap.contract.EntityType;
import io.powermap.contract.ExtractedEntity;
import io.powermap.contract.Span;

/**
 * Turns one document (any supported format) into entities and typed relationships.
 * Thread-safe; plain Java so the evaluation and the benchmark run it without a container.
 */
public final class DocumentExtractor {

    private final int maxTextChars;

    public DocumentExtractor(int maxTextChars) {
        this.maxTextChars = maxTextChars;
    }

    /**
     * @param content   the raw bytes as received
     * @param mediaType the declared media type (may carry a charset), or null to sniff it
     * @param sourceUri where the document came from, or null
     */
    public Extraction extract(byte[] content, String mediaType, String sourceUri) throws DocumentRejectedException {
        // interim: the first line names the subject organization (replaced by the real pipeline)
        String text = new String(content, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            throw new DocumentRejectedException(DocumentRejectedException.Reason.EMPTY, "the document has no text");
        }
        if (text.length() > maxTextChars) {
            throw new DocumentRejectedException(DocumentRejectedException.Reason.TOO_LARGE, "too much text");
        }
        String title = text.lines().findFirst().orElse("").strip();
        var subject = new ExtractedEntity("e1", EntityType.ORGANIZATION, title, List.of(), Map.of(),
            List.of(new Span(0, title.length())));
        return new Extraction(new DocumentSource(sourceUri, title, mediaType, null), text, "e1", List.of(subject), List.of());
    }
}
