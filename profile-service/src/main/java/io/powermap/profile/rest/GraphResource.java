package io.powermap.profile.rest;

import java.util.List;
import java.util.Set;
import java.util.UUID;

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

import io.powermap.contract.RelationshipType;
import io.powermap.contract.problem.ProblemException;
import io.powermap.contract.problem.RequestParams;
import io.powermap.profile.domain.GraphRows.Node;
import io.powermap.profile.service.Cursors;
import io.powermap.profile.service.GraphQueries;
import io.powermap.profile.service.GraphView;

/** Questions about the graph around one entity. */
@Path("/api/v1/entities/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "graph")
public class GraphResource {

    private static final Set<RelationshipType> INTERLOCK_TIES =
        Set.of(RelationshipType.FUNDING, RelationshipType.MEMBERSHIP, RelationshipType.POSITION);

    private final GraphQueries queries;

    public GraphResource(GraphQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/graph")
    @Operation(summary = "The neighbourhood: entities within depth ties (nearest first) and the ties between them")
    public GraphView.Neighbourhood graph(@PathParam("id") String id,
                                         @Parameter(description = "1 to 3, default 1") @QueryParam("depth") String depth,
                                         @Parameter(description = "relationship types, comma-separated; default all")
                                         @QueryParam("types") String types,
                                         @Parameter(description = "most entities returned, 1 to 1000, default 100")
                                         @QueryParam("limit") String limit) {
        int hops = Params.range("depth", depth, 1, 1, 3);
        List<RelationshipType> tieTypes = Params.types("types", types);
        int most = Params.range("limit", limit, 100, 1, 1000);
        return queries.neighbourhood(entity(id), hops, tieTypes, most);
    }

    @GET
    @Path("/interlocks")
    @Operation(summary = "Entities that share funders, members or leaders with this one, most shared first")
    public GraphView.Interlocks interlocks(@PathParam("id") String id,
                                           @Parameter(description = "FUNDING (default), MEMBERSHIP or POSITION")
                                           @QueryParam("via") String via,
                                           @QueryParam("limit") String limit) {
        RelationshipType tie = via == null || via.isBlank() ? RelationshipType.FUNDING : Params.type("via", via);
        if (!INTERLOCK_TIES.contains(tie)) {
            throw new ProblemException(Status.BAD_REQUEST, "via must be FUNDING, MEMBERSHIP or POSITION.");
        }
        int most = Params.range("limit", limit, 50, 1, 500);
        return queries.interlocks(entity(id), tie, most);
    }

    @GET
    @Path("/funding")
    @Operation(summary = "Money in and out by counterpart, totals per year and currency, two-step flows")
    public GraphView.Funding funding(@PathParam("id") String id) {
        return queries.funding(entity(id));
    }

    @GET
    @Path("/relationships")
    @Operation(summary = "The entity's ties, a page at a time, with their evidence; follow next for the following page")
    public GraphView.TiePage relationships(@PathParam("id") String id,
                                           @Parameter(description = "relationship types, comma-separated; default all")
                                           @QueryParam("type") String type,
                                           @Parameter(description = "the next value of the previous page")
                                           @QueryParam("cursor") String cursor,
                                           @Parameter(description = "ties per page, 1 to 200, default 50")
                                           @QueryParam("size") String size) {
        List<RelationshipType> tieTypes = Params.types("type", type);
        UUID after = cursor == null || cursor.isBlank() ? Cursors.FIRST : Cursors.read(cursor).orElseThrow(
            () -> new ProblemException(Status.BAD_REQUEST, "cursor must be the next value of a previous page."));
        int pageSize = Params.range("size", size, 50, 1, 200);
        return queries.relationships(entity(id), tieTypes, after, pageSize, 5);
    }

    private Node entity(String id) {
        UUID uuid = RequestParams.entityId(id);
        return queries.node(uuid).orElseThrow(() -> new ProblemException(Status.NOT_FOUND, "No entity with id " + uuid + "."));
    }
}
