package io.powermap.profile.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.powermap.contract.problem.ProblemException;
import io.powermap.profile.service.GraphQueries;
import io.powermap.profile.service.GraphView;

@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "documents")
public class DocumentResource {

    private static final int MAX_ID = 2048;

    private final GraphQueries queries;

    public DocumentResource(GraphQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A source document (id URL-encoded): title, URI, the entities it names and the facts it states")
    public GraphView.Document get(@PathParam("id") String id) {
        if (id == null || id.isBlank() || id.length() > MAX_ID) {
            throw new ProblemException(Status.BAD_REQUEST, "A document id is 1 to " + MAX_ID + " characters.");
        }
        if (id.indexOf('\u0000') >= 0) {
            // PostgreSQL text cannot hold NUL, so no document has such an id; the query would fail with a 500
            // (found by rest/HostileInputFuzzTest)
            throw new ProblemException(Status.BAD_REQUEST, "A document id cannot contain NUL (%00).");
        }
        return queries.document(id).orElseThrow(() -> new ProblemException(Status.NOT_FOUND, "No document with that id."));
    }
}
