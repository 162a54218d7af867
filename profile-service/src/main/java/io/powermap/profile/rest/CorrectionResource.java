package io.powermap.profile.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.powermap.contract.access.Roles;
import io.powermap.contract.problem.ProblemException;
import io.powermap.contract.problem.RequestParams;
import io.powermap.profile.service.Corrections;
import io.powermap.profile.service.EntityQueries;
import io.powermap.profile.service.EntityView;
import io.powermap.profile.service.History;

/**
 * Hand corrections of entities and their history. Every correction answers with the entity it
 * leaves, its new version (also as ETag) and the edit's id; send the ETag back in If-Match to be
 * told (409) when someone else changed the entity meanwhile.
 */
@Path("/api/v1/entities/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "corrections")
public class CorrectionResource {

    /** What a correction answers: the edit's id, the entity's new version and the entity as it is now. */
    public record Corrected(UUID editId, int version, EntityView entity) {
    }

    /** {@code other}: the id of the entity to fold into this one. */
    public record MergeRequest(String other) {
    }

    /** {@code names}: aliases to take off into a new entity (the first names it); {@code documents}: whose mentions go too. */
    public record SplitRequest(List<String> names, List<String> documents) {
    }

    private final Corrections corrections;
    private final EntityQueries queries;
    private final History history;

    public CorrectionResource(Corrections corrections, EntityQueries queries, History history) {
        this.corrections = corrections;
        this.queries = queries;
        this.history = history;
    }

    @POST
    @Path("/merge")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Fold another entity into this one (names, attributes, documents, ties); the other is deleted")
    public Response merge(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, MergeRequest body) {
        if (body == null || body.other() == null) {
            throw new ProblemException(Status.BAD_REQUEST, "other (the id of the entity to merge into this one) is required.");
        }
        var outcome = corrections.merge(RequestParams.entityId(id), RequestParams.entityId(body.other()), Versions.ifMatch(ifMatch));
        return answer(Response.ok(), outcome);
    }

    @POST
    @Path("/split")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Take aliases off into a new entity, with the mentions and ties of the given documents")
    public Response split(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, SplitRequest body) {
        if (body == null || body.names() == null || body.names().isEmpty()) {
            throw new ProblemException(Status.BAD_REQUEST, "names (the aliases to split off) is required.");
        }
        var outcome = corrections.split(RequestParams.entityId(id), body.names(),
            body.documents() == null ? List.of() : body.documents(), Versions.ifMatch(ifMatch));
        return answer(Response.created(URI.create("/api/v1/entities/" + outcome.entityId())), outcome);
    }

    @PATCH
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Rename, set or remove attributes (null removes), add or remove aliases; hand values win over documents")
    public Response edit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         Corrections.EntityEdit body) {
        if (body == null) {
            throw new ProblemException(Status.BAD_REQUEST, "A JSON body with name, attributes, addAliases or removeAliases is required.");
        }
        return answer(Response.ok(), corrections.edit(RequestParams.entityId(id), body, Versions.ifMatch(ifMatch)));
    }

    @DELETE
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Delete the entity and its ties; documents naming it later leave it out")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        UUID edit = corrections.delete(RequestParams.entityId(id), Versions.ifMatch(ifMatch));
        return Response.noContent().header("Edit-Id", edit.toString()).build();
    }

    @GET
    @Path("/history")
    @Operation(summary = "What happened to the entity, oldest first: created, names resolved to it, merges, splits, edits")
    public History.Page history(@PathParam("id") String id) {
        UUID uuid = RequestParams.entityId(id);
        return history.of(uuid).orElseThrow(() -> new ProblemException(Status.NOT_FOUND, "No entity with id " + uuid + "."));
    }

    private Response answer(Response.ResponseBuilder builder, Corrections.Outcome outcome) {
        EntityView entity = queries.find(outcome.entityId()).orElseThrow();
        return builder.tag(Versions.tag(entity.version()))
            .entity(new Corrected(outcome.editId(), entity.version(), entity)).build();
    }
}
