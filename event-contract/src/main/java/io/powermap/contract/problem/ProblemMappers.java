package io.powermap.contract.problem;

import java.util.UUID;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;

/**
 * Every error leaves a service as problem+json. Framework exceptions keep their status but not
 * their text (which may name classes); unexpected ones are logged with a reference the client sees.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private ProblemMappers() {
    }

    @Provider
    public static class ForProblems implements ExceptionMapper<ProblemException> {
        @Override
        public Response toResponse(ProblemException exception) {
            return exception.problem().toResponse();
        }
    }

    @Provider
    public static class ForWebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            Response.StatusType status = exception.getResponse().getStatusInfo();
            return Problem.of(status, detailFor(status.getStatusCode())).toResponse();
        }
    }

    @Provider
    public static class ForUnexpected implements ExceptionMapper<Exception> {
        @Override
        public Response toResponse(Exception exception) {
            if (exception instanceof WebApplicationException web) {
                return new ForWebApplication().toResponse(web);
            }
            String reference = UUID.randomUUID().toString();
            LOG.errorf(exception, "unexpected error, reference %s", reference);
            return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "The request could not be completed; quote reference " + reference + " when reporting it.").toResponse();
        }
    }

    static String detailFor(int status) {
        return switch (status) {
            case 400 -> "The request is malformed.";
            case 404 -> "No such resource.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "No acceptable representation; this resource answers in JSON.";
            case 413 -> "The request body is too large.";
            case 415 -> "This media type is not supported here.";
            default -> "The request could not be completed.";
        };
    }
}
