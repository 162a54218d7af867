package io.powermap.search.rest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.micrometer.core.annotation.Timed;
import io.powermap.contract.RelationshipType;
import io.powermap.contract.problem.ProblemException;
import io.powermap.contract.problem.RequestParams;
import io.powermap.search.domain.SearchPage;
import io.powermap.search.service.SearchRequest;
import io.powermap.search.service.SearchService;
import io.powermap.search.service.SearchSort;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search")
public class SearchResource {

    private static final List<String> FACET_DIMENSIONS = List.of("type", "relationship", "funder", "memberOf", "headquarters");
    private static final int MAX_FILTERS = 10;
    private static final int MAX_CURSOR = 1000;

    private final SearchService search;
    private final Limits limits;

    public SearchResource(SearchService search, Limits limits) {
        this.search = search;
        this.limits = limits;
    }

    @GET
    @Timed(value = "powermap.search.latency", description = "Time to answer a search, suggestion or neighbourhood",
        histogram = true, extraTags = {"endpoint", "search"})
    @Operation(summary = "Entities matching a text (BM25 over names, aliases, descriptions and evidence), "
        + "with facets, highlighted snippets and a cursor to the next page")
    public SearchPage search(
        @Parameter(description = "Lucene query syntax: words (all required), \"phrases\", OR, -word, prefix*; blank: everything")
        @QueryParam("q") String q,
        @Parameter(description = "ORGANIZATION, PERSON, LEGISLATION or CAMPAIGN") @QueryParam("type") String type,
        @Parameter(description = "only entities with a tie of this type") @QueryParam("relationship") String relationship,
        @Parameter(description = "only entities tied to this entity id") @QueryParam("connectedTo") String connectedTo,
        @Parameter(description = "dimension:value from the facets, repeatable") @QueryParam("facet") List<String> facets,
        @Parameter(description = "relevance (default) or connections") @QueryParam("sort") String sort,
        @Parameter(description = "the 'next' of the previous page") @QueryParam("cursor") String cursor,
        @Parameter(description = "1 to powermap.search.max-results, default 20") @QueryParam("limit") String limit)
        throws IOException {
        if (connectedTo != null && !connectedTo.isBlank()) {
            RequestParams.entityId(connectedTo);
        }
        if (cursor != null && cursor.length() > MAX_CURSOR) {
            throw new ProblemException(Status.BAD_REQUEST, "cursor is too long; pass the 'next' of the previous page.");
        }
        return search.search(new SearchRequest(limits.text("q", q), RequestParams.entityType(type),
            relationshipType(relationship), blankToNull(connectedTo), facetFilters(facets), SearchSort.of(sort),
            blankToNull(cursor), limits.count("limit", limit, 20)));
    }

    static RelationshipType relationshipType(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return RelationshipType.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Status.BAD_REQUEST, "relationship must be one of " + List.of(RelationshipType.values()) + ".");
        }
    }

    private static List<String[]> facetFilters(List<String> facets) {
        List<String[]> filters = new ArrayList<>();
        if (facets == null) {
            return filters;
        }
        if (facets.size() > MAX_FILTERS) {
            throw new ProblemException(Status.BAD_REQUEST, "At most " + MAX_FILTERS + " facet filters.");
        }
        for (String facet : facets) {
            int colon = facet.indexOf(':');
            String dimension = colon < 0 ? "" : facet.substring(0, colon);
            if (!FACET_DIMENSIONS.contains(dimension) || colon == facet.length() - 1 || facet.length() > 500) {
                throw new ProblemException(Status.BAD_REQUEST, "facet is dimension:value with a dimension among "
                    + FACET_DIMENSIONS + ".");
            }
            filters.add(new String[] {dimension, facet.substring(colon + 1)});
        }
        return filters;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
