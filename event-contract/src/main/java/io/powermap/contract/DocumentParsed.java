package io.powermap.contract;

import java.util.List;

/**
 * Everything extracted from one document. {@code text} is the normalised plain text that every
 * offset in the record points into.
 */
public record DocumentParsed(int schemaVersion, String eventId, String documentId, DocumentSource source,
                             String text, String subjectId, List<ExtractedEntity> entities,
                             List<ExtractedRelationship> relationships) {

    public static final int SCHEMA_VERSION = 1;

    public DocumentParsed {
        entities = entities == null ? List.of() : List.copyOf(entities);
        relationships = relationships == null ? List.of() : List.copyOf(relationships);
    }
}
