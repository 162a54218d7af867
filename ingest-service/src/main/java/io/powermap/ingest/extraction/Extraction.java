package io.powermap.ingest.extraction;

import java.util.List;

import io.powermap.contract.DocumentSource;
import io.powermap.contract.ExtractedEntity;
import io.powermap.contract.ExtractedRelationship;

/** What one document yields; the service adds the document id and event id to publish it. */
public record Extraction(DocumentSource source, String text, String subjectId,
                         List<ExtractedEntity> entities, List<ExtractedRelationship> relationships) {
}
