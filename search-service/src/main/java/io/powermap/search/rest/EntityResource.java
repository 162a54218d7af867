package io.powermap.search.rest;

import java.io.IOException;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.micrometer.core.annotation.Timed;
import io.powermap.contract.problem.ProblemException;
import io.powermap.contract.problem.RequestParams;
import io.powermap.search.domain.GraphView;
import io.powermap.search.domain.SimilarEntity;
import io.powermap.search.domain.Suggestion;
import io.powermap.search.service.GraphService;
import io.powermap.search.service.SimilarService;
import io.powermap.search.service.SuggestService;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "entities")
public class EntityResource {

    private static final int MAX_GRAPH_EDGES = 1000;

    private final SuggestService suggestions;
    private final SimilarService similar;
    private final GraphService graph;
    private final Limits limits;

    public EntityResource(SuggestService suggestions, SimilarService similar, GraphService graph, Limits limits) {
        this.suggestions = suggestions;
        this.similar = similar;
        this.graph = graph;
        this.limits = limits;
    }

    @GET
    @Path("/suggest")
    @Timed(value = "powermap.search.latency", histogram = true, extraTags = {"endpoint", "suggest"})
    @Operation(summary = "Names and aliases completing what has been typed, accents ignored, best connected first")
    public List<Suggestion> suggest(@QueryParam("prefix") String prefix,
                                    @Parameter(description = "1 to 20, default 8") @QueryParam("limit") String limit)
        throws IOException {
        return suggestions.suggest(limits.text("prefix", prefix), limits.range("limit", limit, 8, 1, 20));
    }

    @GET
    @Path("/similar/{id}")
    @Timed(value = "powermap.search.latency", histogram = true, extraTags = {"endpoint", "similar"})
    @Operation(summary = "Organizations sharing the most funders, members and leaders with this entity")
    public List<SimilarEntity> similar(@PathParam("id") String id,
                                       @Parameter(description = "1 to 50, default 10") @QueryParam("limit") String limit)
        throws IOException {
        RequestParams.entityId(id);
        return similar.similar(id, limits.range("limit", limit, 10, 1, 50)).orElseThrow(() -> notIndexed(id));
    }

    @GET
    @Path("/graph/{id}")
    @Timed(value = "powermap.search.latency", histogram = true, extraTags = {"endpoint", "graph"})
    @Operation(summary = "An entity with its attributes, its ties (type, role, dates, amount, evidence and its documents) "
        + "and every entity at their other ends with its type")
    public GraphView graph(@PathParam("id") String id,
                           @Parameter(description = "only ties of this type") @QueryParam("relationship") String relationship,
                           @Parameter(description = "most ties, 1 to 1000, default 200") @QueryParam("limit") String limit)
        throws IOException {
        RequestParams.entityId(id);
        return graph.neighbourhood(id, SearchResource.relationshipType(relationship),
            limits.range("limit", limit, 200, 1, MAX_GRAPH_EDGES)).orElseThrow(() -> notIndexed(id));
    }

    private static ProblemException notIndexed(String id) {
        return new ProblemException(Status.NOT_FOUND, "No entity with id " + id + " is indexed.");
    }
}
