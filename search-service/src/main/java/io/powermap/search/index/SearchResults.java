package io.powermap.search.index;

import java.util.List;
import java.util.Map;

import io.powermap.contract.EntityType;

/** A page of matching entities and, for the same query, how many there are of each type. */
public record SearchResults(long total, List<Hit> hits, Map<EntityType, Integer> facets) {

    public record Hit(String id, EntityType type, String name, List<String> aliases, float score) {
    }
}
