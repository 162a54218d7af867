package io.powermap.contract.problem;

import jakarta.ws.rs.core.Response;

/** Thrown by resources to answer with a problem; the message is shown to the client as is. */
public class ProblemException extends RuntimeException {

    private final Response.Status status;

    public ProblemException(Response.Status status, String detail) {
        super(detail);
        this.status = status;
    }

    public Problem problem() {
        return Problem.of(status, getMessage());
    }
}
