package io.powermap.ingest.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.powermap.contract.problem.Problem;
import io.powermap.ingest.service.IngestUnavailableException;

/** 503 with Retry-After (whole seconds, at least 1): the document was not taken and may be sent again. */
@Provider
public class UnavailableMapper implements ExceptionMapper<IngestUnavailableException> {

    @Override
    public Response toResponse(IngestUnavailableException unavailable) {
        long seconds = Math.max(1, (unavailable.retryAfter().toMillis() + 999) / 1000);
        return Response.fromResponse(Problem.of(Status.SERVICE_UNAVAILABLE, unavailable.getMessage()).toResponse())
            .header(HttpHeaders.RETRY_AFTER, seconds).build();
    }
}
