package io.powermap.search.service;

import java.util.List;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * A search as asked: text (may be blank: everything), filters, order, page. {@code facetFilters}
 * are "dimension:value" pairs picked from the facets (funder, memberOf, headquarters, ...).
 */
public record SearchRequest(String text, EntityType type, RelationshipType relationship, String connectedTo,
                            List<String[]> facetFilters, SearchSort sort, String cursor, int limit) {
}
