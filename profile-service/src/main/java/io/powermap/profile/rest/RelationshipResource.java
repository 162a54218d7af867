package io.powermap.profile.rest;

import java.util.Map;
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
import io.powermap.profile.service.TieCorrections;

/**
 * One relationship, its hand edits and its removal. The ETag is the tie's version; send it in
 * If-Match to be told (409) when it changed meanwhile.
 */
@Path("/api/v1/relationships/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "corrections")
public class RelationshipResource {

    /** {@code reason}: why the fact is wrong, kept in the history of both ends. */
    public record WrongRequest(String reason) {
    }

    private final TieCorrections corrections;

    public RelationshipResource(TieCorrections corrections) {
        this.corrections = corrections;
    }

    @GET
    @Operation(summary = "One relationship with its first sentences; the ETag is its version")
    public Response get(@PathParam("id") String id) {
        var state = corrections.get(tieId(id));
        return Response.ok(state.tie()).tag(Versions.tag(state.version())).build();
    }

    @PATCH
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Set role, start, end, current, amount or currency by hand (null clears); documents do not change them later")
    public Response edit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         Map<String, Object> fields) {
        var outcome = corrections.edit(tieId(id), fields, Versions.ifMatch(ifMatch));
        var state = corrections.get(outcome.id());
        return Response.ok(state.tie()).tag(Versions.tag(state.version())).header("Edit-Id", outcome.editId().toString())
            .build();
    }

    @DELETE
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Delete the relationship; documents stating it again do not bring it back")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        UUID edit = corrections.remove(tieId(id), null, Versions.ifMatch(ifMatch), false);
        return Response.noContent().header("Edit-Id", edit.toString()).build();
    }

    @POST
    @Path("/wrong")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Mark the fact wrong, with a reason: it is removed and documents stating it again do not bring it back")
    public Response wrong(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, WrongRequest body) {
        UUID edit = corrections.remove(tieId(id), body == null ? null : body.reason(), Versions.ifMatch(ifMatch), true);
        return Response.noContent().header("Edit-Id", edit.toString()).build();
    }

    private static UUID tieId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Status.BAD_REQUEST, "A relationship id is a UUID.");
        }
    }

}
