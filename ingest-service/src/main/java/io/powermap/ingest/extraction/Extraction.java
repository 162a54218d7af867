package io.powermap.ingest.extraction;

import java.util.List;
import java.util.Map;

import io.powermap.contract.DocumentSource;
import io.powermap.contract.ExtractedEntity;
import io.powermap.contract.ExtractedRelationship;

/**
 * What one document yields; the service adds the document id and event id to publish it.
 * {@code rules} maps each relationship id to the ids of the rules that stated it (for measuring
 * rules; not published).
 */
public record Extraction(DocumentSource source, String text, String subjectId,
                         List<ExtractedEntity> entities, List<ExtractedRelationship> relationships,
                         Map<String, List<String>> rules) {
}
