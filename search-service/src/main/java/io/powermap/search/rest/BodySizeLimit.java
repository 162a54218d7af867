package io.powermap.search.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.powermap.contract.problem.RouteProblems;

/**
 * Refuses a body whose declared Content-Length is above quarkus.http.limits.max-body-size with a
 * problem+json 413 before a byte of it is read. Quarkus's own check comes after this route and
 * answered with an empty 413 (found by rest/HostileInputFuzzTest, as in ingest-service). A chunked
 * body with no declared length is still cut off by Quarkus at the same limit, with its empty 413.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long limit;
    private final ObjectMapper json;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit,
                         ObjectMapper json) {
        this.limit = limit.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(-5).handler(this::declaredLength);
    }

    private void declaredLength(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declared.length() < 19 && !declared.isEmpty() && declared.chars().allMatch(Character::isDigit)
                && Long.parseLong(declared) > limit) {
            RouteProblems.answer(json, context, Status.REQUEST_ENTITY_TOO_LARGE, "The request body is larger than the limit of "
                + limit + " bytes.");
            return;
        }
        context.next();
    }
}
