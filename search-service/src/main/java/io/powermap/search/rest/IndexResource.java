package io.powermap.search.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.powermap.search.domain.IndexStatus;
import io.powermap.search.messaging.IndexProgress;

@Path("/api/v1/index/status")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "index")
public class IndexResource {

    private final IndexProgress progress;

    public IndexResource(IndexProgress progress) {
        this.progress = progress;
    }

    @GET
    @Operation(summary = "Documents in the index and, per partition of profiles.changes, the offsets applied "
        + "(searchable), committed (durable) and at the end of the topic, and the lag")
    public IndexStatus status() {
        return progress.status();
    }
}
