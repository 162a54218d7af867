package io.powermap.profile.rest;

import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.powermap.contract.access.AccessProblems;
import io.powermap.contract.access.Roles;
import io.powermap.contract.problem.ProblemException;
import io.powermap.profile.service.Exporter;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/export")
@Tag(name = "export")
public class ExportResource {

    static final String NDJSON = "application/x-ndjson";

    private final Exporter exporter;

    /** true: exports need a bearer token with the role 'admin' (the whole store leaves in one answer). */
    @ConfigProperty(name = "powermap.auth.restrict-exports", defaultValue = "false")
    boolean restricted;

    @Inject
    SecurityIdentity identity;

    public ExportResource(Exporter exporter) {
        this.exporter = exporter;
    }

    @GET
    @Produces(NDJSON)
    @Operation(summary = "The whole store, one JSON object a line, streamed: format=ndjson (our shapes) or ftm (FollowTheMoney); "
        + "role 'admin' when powermap.auth.restrict-exports=true")
    public Response export(@QueryParam("format") String format) {
        if (restricted) {
            AccessProblems.requireRole(identity, Roles.ADMIN);
        }
        Exporter.Format chosen;
        try {
            chosen = Exporter.Format.valueOf((format == null || format.isBlank() ? "ndjson" : format.strip())
                .toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Status.BAD_REQUEST, "format must be ndjson or ftm.");
        }
        StreamingOutput body = out -> exporter.write(chosen, out);
        return Response.ok(body, NDJSON)
            .header("Content-Disposition", "attachment; filename=\"powermap-" + chosen.name().toLowerCase(Locale.ROOT) + ".ndjson\"")
            .build();
    }
}
