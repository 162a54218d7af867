package io.powermap.contract.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Refuses a request body above quarkus.http.limits.max-body-size (ingest-service sets it to its
 * document limit) with a problem+json 413, in every service, before it is buffered: a declared Content-Length above the limit is
 * refused before a byte is read; a chunked body (no declared length) is read here by Vert.x's body
 * handler, which stops at the limit (Quarkus's own check comes after these routes and answered with
 * an empty 413; found by each service's rest/HostileInputFuzzTest). The resource then takes the body
 * already read; an empty chunked POST, PUT or PATCH body is refused with a 400 here, since the
 * resource would wait for one.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long limit;
    private final ObjectMapper json;
    private final BodyHandler chunked;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit,
                         ObjectMapper json) {
        this.limit = limit.asLongValue();
        this.json = json;
        this.chunked = BodyHandler.create(false).setBodyLimit(this.limit);
    }

    void install(@Observes Router router) {
        router.route().order(-5).handler(this::declaredLength);
        router.route().order(-4).handler(this::readChunked).failureHandler(this::tooLarge);
        router.route().order(-3).method(HttpMethod.POST).method(HttpMethod.PUT).method(HttpMethod.PATCH)
            .handler(this::emptyChunked);
    }

    private void declaredLength(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declared.length() < 19 && !declared.isEmpty() && declared.chars().allMatch(Character::isDigit)
                && Long.parseLong(declared) > limit) {
            tooLargeAnswer(context);
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

    private void emptyChunked(RoutingContext context) {
        if (isChunked(context) && context.body().length() <= 0) {
            RouteProblems.answer(json, context, Status.BAD_REQUEST, "The request body is empty.");
            return;
        }
        context.next();
    }

    private void tooLarge(RoutingContext context) {
        if (context.statusCode() == Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode() && !context.response().ended()) {
            tooLargeAnswer(context);
            return;
        }
        context.next();
    }

    private void tooLargeAnswer(RoutingContext context) {
        RouteProblems.answer(json, context, Status.REQUEST_ENTITY_TOO_LARGE,
            "The request body is larger than the limit of " + limit + " bytes.");
    }

    private static boolean isChunked(RoutingContext context) {
        return context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
            && context.request().getHeader("Transfer-Encoding") != null;
    }
}
