package io.powermap.ingest.rest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.powermap.contract.DocumentParsed;
import io.powermap.contract.DocumentStatusEvent;
import io.powermap.contract.access.Roles;
import io.powermap.contract.problem.ProblemException;
import io.powermap.ingest.domain.DocumentIds;
import io.powermap.ingest.domain.DocumentStatus;
import io.powermap.ingest.extraction.DocumentRejectedException;
import io.powermap.ingest.service.DocumentIngestion;
import io.powermap.ingest.service.DocumentStatusStore;
import io.powermap.ingest.service.IngestUnavailableException;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "documents")
public class DocumentResource {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final DocumentIngestion ingestion;
    private final DocumentStatusStore statuses;
    private final MediaTypes mediaTypes;

    public DocumentResource(DocumentIngestion ingestion, DocumentStatusStore statuses, MediaTypes mediaTypes) {
        this.ingestion = ingestion;
        this.statuses = statuses;
        this.mediaTypes = mediaTypes;
    }

    @POST
    @Path("/documents")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.INGEST)
    @Operation(summary = "Upload a document; its entities and relationships are published to documents.parsed "
        + "(bearer token with the role 'ingest')")
    public Response upload(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @QueryParam("sourceUri") String sourceUri) throws DocumentRejectedException {
        String mediaType = mediaTypes.accept(contentType);
        DocumentStatus status = ingestion.ingest(body, mediaType, checkedSourceUri(sourceUri));
        URI location = URI.create("/api/v1/documents/" + URLEncoder.encode(status.id(), StandardCharsets.UTF_8));
        return Response.accepted(new Accepted(status.id(), status.state(), location.toString(), status.entities(),
            status.relationships())).location(location).build();
    }

    @POST
    @Path("/extract")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Extract a document and return the DocumentParsed record without publishing it "
        + "(a preview: public unless reads are closed)")
    public DocumentParsed extract(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                  @QueryParam("sourceUri") String sourceUri) throws DocumentRejectedException {
        return ingestion.preview(body, mediaTypes.accept(contentType), checkedSourceUri(sourceUri));
    }

    @GET
    @Path("/documents/{id}")
    @Operation(summary = "What became of a document, by its id or by the key it was streamed on documents.raw with: "
        + "RECEIVED, PARSED, APPLIED, SEARCHABLE (with counts), or FAILED with the reason")
    public DocumentStatus status(@PathParam("id") String id) {
        if (!DocumentIds.isLookupKey(id)) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "A document is looked up by its id (a 64-character "
                + "SHA-256 in hex or an absolute source URI) or by the key it was sent with on documents.raw (up to 256 "
                + "letters, digits and - . _ ~ : / @ + = ,).");
        }
        Optional<DocumentStatus> status = statuses.find(id);
        if (status.isEmpty() && !statuses.isCaughtUp() && statuses.awaitCaughtUp(5)) {
            status = statuses.find(id); // right after a start the view was still reading the topic
        }
        if (status.isPresent()) {
            return status.get();
        }
        if (!statuses.isCaughtUp()) {
            throw new IngestUnavailableException("Document statuses are still being read after a start; ask again shortly.",
                RETRY_AFTER);
        }
        throw new ProblemException(Response.Status.NOT_FOUND, "No document with id or key " + id + " is known.");
    }

    private static String checkedSourceUri(String sourceUri) {
        if (sourceUri != null && !DocumentIds.isValidSourceUri(sourceUri)) {
            throw new ProblemException(Response.Status.BAD_REQUEST,
                "sourceUri must be an absolute URI of at most 2048 characters.");
        }
        return sourceUri;
    }

    public record Accepted(String id, DocumentStatusEvent.State status, String statusUrl, int entities, int relationships) {
    }
}
