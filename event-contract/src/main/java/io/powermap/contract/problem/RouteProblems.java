package io.powermap.contract.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.RoutingContext;

/** A problem+json answer from a Vert.x route that runs before any resource, closing the connection (the body may be unread). */
public final class RouteProblems {

    private RouteProblems() {
    }

    public static void answer(ObjectMapper json, RoutingContext context, Status status, String detail) {
        String body;
        try {
            body = json.writeValueAsString(Problem.of(status, detail));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(status.getStatusCode())
            .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
            .putHeader("Connection", "close")
            .end(body);
    }
}
