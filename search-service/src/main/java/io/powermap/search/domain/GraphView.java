package io.powermap.search.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * An entity, its ties and the entities at their other ends, as public records: no event ids,
 * change kinds or timestamps of the change stream. {@code truncated} says ties were left out.
 */
public record GraphView(Entity center, List<Node> nodes, List<Edge> edges, boolean truncated, boolean sourcesShown) {

    public record Entity(String id, EntityType type, String name, List<String> aliases, Map<String, String> attributes,
                         int connections) {
    }

    public record Node(String id, EntityType type, String name, int connections) {
    }

    public record Edge(String id, RelationshipType type, String source, String target, String role, String start,
                       String end, Boolean current, BigDecimal amount, String currency, double confidence,
                       List<Evidence> evidence) {
    }

    /** A sentence behind a tie and, when profile-service tells, the document it comes from. */
    public record Evidence(String sentence, String documentId, String documentTitle, String documentUri) {
    }
}
