package io.powermap.profile.rest;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.powermap.contract.problem.ProblemException;
import io.powermap.contract.problem.RequestParams;
import io.powermap.profile.config.ProfileConfig;
import io.powermap.profile.service.EntityQueries;
import io.powermap.profile.service.EntityView;

@Path("/api/v1/entities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "entities")
public class EntityResource {

    private final EntityQueries queries;
    private final ProfileConfig config;

    public EntityResource(EntityQueries queries, ProfileConfig config) {
        this.queries = queries;
        this.config = config;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One entity with its relationships and the sentences they come from")
    public RestResponse<EntityView> get(@PathParam("id") String id) {
        UUID uuid = RequestParams.entityId(id);
        EntityView entity = queries.find(uuid)
            .orElseThrow(() -> new ProblemException(Status.NOT_FOUND, "No entity with id " + uuid + "."));
        // the version, for If-Match on corrections
        return RestResponse.ResponseBuilder.ok(entity).tag(Versions.tag(entity.version())).build();
    }

    @GET
    @Operation(summary = "Entities whose name or alias contains the given text")
    public List<EntityView.Summary> search(@QueryParam("name") @DefaultValue("") String name,
                                           @QueryParam("type") String type,
                                           @QueryParam("page") String page,
                                           @QueryParam("size") String size) {
        int pageSize = Params.range("size", size, 20, 1, config.maxPageSize());
        // the row offset is page × size in an int; a page past that bound is a client error, not an overflow
        int pageNumber = Params.range("page", page, 0, 0, Integer.MAX_VALUE / pageSize - 1);
        return queries.search(name, RequestParams.entityType(type), pageNumber, pageSize);
    }
}
