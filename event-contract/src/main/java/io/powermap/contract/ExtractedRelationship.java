package io.powermap.contract;

import java.math.BigDecimal;
import java.util.List;

/** A typed tie stated in one document, between two of its entities, with the evidence for it. */
public record ExtractedRelationship(String id, RelationshipType type, String sourceId, String targetId,
                                    String role, String start, String end, Boolean current,
                                    BigDecimal amount, String currency, double confidence,
                                    List<Evidence> evidence) {

    public ExtractedRelationship {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
