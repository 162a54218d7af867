package io.powermap.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The full current state of a relationship after a change. Keyed by the relationship's own id:
 * keyed by an entity id, compaction would drop the entity's latest state in favour of its tie.
 */
public record RelationshipChanged(int schemaVersion, String eventId, Change change, Instant occurredAt,
                                  String relationshipId, RelationshipType type,
                                  String sourceId, String sourceName, String targetId, String targetName,
                                  String role, String start, String end, Boolean current,
                                  BigDecimal amount, String currency, double confidence,
                                  List<String> evidence) implements ProfileChange {

    public RelationshipChanged {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    @Override
    public String key() {
        return relationshipId;
    }
}
