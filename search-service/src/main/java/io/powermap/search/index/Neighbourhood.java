package io.powermap.search.index;

import java.util.List;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipChanged;

/** An entity with the entities one tie away; type is known for the centre only. */
public record Neighbourhood(String center, List<Node> nodes, List<RelationshipChanged> edges) {

    public record Node(String id, EntityType type, String name) {
    }
}
