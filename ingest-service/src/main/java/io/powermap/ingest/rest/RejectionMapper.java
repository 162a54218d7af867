package io.powermap.ingest.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.powermap.contract.problem.Problem;
import io.powermap.ingest.extraction.DocumentRejectedException;

@Provider
public class RejectionMapper implements ExceptionMapper<DocumentRejectedException> {

    @Override
    public Response toResponse(DocumentRejectedException rejection) {
        Response.StatusType status = switch (rejection.reason()) {
            case EMPTY -> Status.BAD_REQUEST;
            case UNSUPPORTED_MEDIA_TYPE -> Status.UNSUPPORTED_MEDIA_TYPE;
            case TOO_LARGE -> Status.REQUEST_ENTITY_TOO_LARGE;
            case UNREADABLE, UNSUPPORTED_LANGUAGE, TIMED_OUT -> UNPROCESSABLE;
        };
        return Problem.of(status, rejection.getMessage()).toResponse();
    }

    private static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Status.Family getFamily() {
            return Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };
}
