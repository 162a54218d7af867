package io.powermap.ingest.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.powermap.contract.problem.Problem;
import io.powermap.ingest.config.IngestConfig;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.powermap.contract.problem.RouteProblems;

/**
 * Refuses a body larger than the document limit at the HTTP layer, with a problem+json 413, before
 * it is buffered: a declared Content-Length above the limit is refused before a byte is read; a
 * chunked body (no declared length) is read by Vert.x's body handler, which stops at the limit.
 * Quarkus's own check (quarkus.http.limits.max-body-size, set to the same limit, order -2) comes
 * after these routes and would answer with an empty body.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long limit;
    private final ObjectMapper json;
    private final BodyHandler chunked;

    public BodySizeLimit(IngestConfig config, ObjectMapper json) {
        this.limit = config.maxDocumentBytes();
        this.json = json;
        this.chunked = BodyHandler.create(false).setBodyLimit(limit);
    }

    void install(@Observes Router router) {
        router.route().order(-5).handler(this::declaredLength);
        router.route().order(-4).method(HttpMethod.POST).handler(this::readChunked).failureHandler(this::tooLarge);
        router.route().order(-3).method(HttpMethod.POST).handler(this::emptyChunked);
    }

    private void declaredLength(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declared.length() < 19 && declared.chars().allMatch(Character::isDigit)
                && Long.parseLong(declared) > limit) {
            answer(context, Status.REQUEST_ENTITY_TOO_LARGE, "The document is larger than the limit of " + limit + " bytes.");
            return;
        }
        context.next();
    }

    private void readChunked(RoutingContext context) {
        if (isChunked(context)) {
            chunked.handle(context);
        } else {
            context.next();
        }
    }

    /** The resource would wait for a body that was already read; an empty one is refused here. */
    private void emptyChunked(RoutingContext context) {
        if (isChunked(context) && context.body().length() <= 0) {
            answer(context, Status.BAD_REQUEST, "the document is empty");
            return;
        }
        context.next();
    }

    private void tooLarge(RoutingContext context) {
        if (context.statusCode() == Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode() && !context.response().ended()) {
            answer(context, Status.REQUEST_ENTITY_TOO_LARGE, "The document is larger than the limit of " + limit + " bytes.");
            return;
        }
        context.next();
    }

    private static boolean isChunked(RoutingContext context) {
        return context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
            && context.request().getHeader("Transfer-Encoding") != null;
    }

    private void answer(RoutingContext context, Status status, String detail) {
        RouteProblems.answer(json, context, status, detail);
    }
}
