package io.powermap.search.rest;

import java.io.IOException;
import java.util.List;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.powermap.contract.problem.ProblemException;
import io.powermap.contract.problem.RequestParams;
import io.powermap.search.config.SearchConfig;
import io.powermap.search.index.Neighbourhood;
import io.powermap.search.index.SearchIndex;
import io.powermap.search.index.SearchResults;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search")
public class SearchResource {

    private static final int MAX_QUERY_LENGTH = 500;

    private final SearchIndex index;
    private final SearchConfig config;

    public SearchResource(SearchIndex index, SearchConfig config) {
        this.index = index;
        this.config = config;
    }

    @GET
    @Path("/search")
    @Operation(summary = "Full-text search over entity names, aliases and attributes, with counts per type")
    public SearchResults search(@QueryParam("q") @DefaultValue("") String q, @QueryParam("type") String type,
                                @QueryParam("limit") @DefaultValue("20") int limit) throws IOException {
        return index.search(checkedText(q), RequestParams.entityType(type), checkedLimit(limit));
    }

    @GET
    @Path("/suggest")
    @Operation(summary = "Entity names completing what has been typed so far")
    public List<String> suggest(@QueryParam("prefix") @DefaultValue("") String prefix,
                                @QueryParam("limit") @DefaultValue("10") int limit) throws IOException {
        return index.suggest(checkedText(prefix), checkedLimit(limit));
    }

    @GET
    @Path("/graph/{id}")
    @Operation(summary = "An entity, its relationships and the entities at their other ends")
    public Neighbourhood graph(@PathParam("id") String id, @QueryParam("limit") @DefaultValue("100") int limit)
        throws IOException {
        RequestParams.entityId(id);
        Neighbourhood neighbourhood = index.neighbourhood(id, checkedLimit(limit));
        if (neighbourhood == null) {
            throw new ProblemException(Status.NOT_FOUND, "No entity with id " + id + " is indexed.");
        }
        return neighbourhood;
    }

    private String checkedText(String text) {
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new ProblemException(Status.BAD_REQUEST, "Queries are limited to " + MAX_QUERY_LENGTH + " characters.");
        }
        return text;
    }

    private int checkedLimit(int limit) {
        if (limit < 1 || limit > config.maxResults()) {
            throw new ProblemException(Status.BAD_REQUEST, "limit must be between 1 and " + config.maxResults() + ".");
        }
        return limit;
    }
}
