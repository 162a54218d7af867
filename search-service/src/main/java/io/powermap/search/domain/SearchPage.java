package io.powermap.search.domain;

import java.util.List;
import java.util.Map;

import io.powermap.contract.EntityType;

/**
 * One page of matching entities. {@code total} counts every match; {@code next} is the cursor of
 * the following page (null on the last); {@code facets} count the matches per dimension value, on
 * the first page only (a page asked for by cursor has none: they would be the first page's again).
 */
public record SearchPage(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, String next) {

    public record Hit(String id, EntityType type, String name, List<String> aliases, int connections, float score,
                      List<Snippet> snippets) {
    }

    /** A highlighted passage of one field: the text in parts, those that matched the query marked. */
    public record Snippet(String field, List<Part> parts) {
    }

    public record Part(String text, boolean match) {
    }

    public record FacetCount(String value, long count) {
    }
}
