package io.powermap.profile.rest;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.powermap.contract.problem.ProblemException;
import io.powermap.contract.problem.RequestParams;
import io.powermap.profile.domain.GraphRows.Node;
import io.powermap.profile.service.GraphQueries;
import io.powermap.profile.service.GraphView;

@Path("/api/v1/paths")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "graph")
public class PathResource {

    private final GraphQueries queries;

    public PathResource(GraphQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "The shortest paths between two entities, up to k, each tie with a sentence and its document")
    public GraphView.Paths paths(@Parameter(description = "entity id") @QueryParam("from") String from,
                                 @Parameter(description = "entity id") @QueryParam("to") String to,
                                 @Parameter(description = "1 to 6, default 4") @QueryParam("maxHops") String maxHops,
                                 @Parameter(description = "relationship types, comma-separated; default all")
                                 @QueryParam("types") String types,
                                 @Parameter(description = "most paths, 1 to 20, default 5") @QueryParam("k") String k) {
        UUID start = RequestParams.entityId(Params.required("from", from));
        UUID end = RequestParams.entityId(Params.required("to", to));
        if (start.equals(end)) {
            throw new ProblemException(Status.BAD_REQUEST, "from and to must be two different entities.");
        }
        int hops = Params.range("maxHops", maxHops, 4, 1, 6);
        var tieTypes = Params.types("types", types);
        int most = Params.range("k", k, 5, 1, 20);
        return queries.paths(entity(start), entity(end), hops, tieTypes, most);
    }

    private Node entity(UUID id) {
        return queries.node(id).orElseThrow(() -> new ProblemException(Status.NOT_FOUND, "No entity with id " + id + "."));
    }
}
