package io.powermap.contract.problem;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response.Status;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a request whose URI cannot be read, in every service, before any resource sees it, with problem+json: a
 * malformed percent escape ({@code %zz}, a lone {@code %}) or a character RFC 3986 wants escaped
 * (space, quote, backslash, ...) gets 400, a URI over {@value #MAX_URI} characters 414. Without this
 * a long URI was answered with an empty 414 (found by each service's rest/HostileInputFuzzTest). Two kinds never
 * reach a route and are still answered by Vert.x itself with an empty body: a request line longer
 * than quarkus.http.limits.max-initial-line-length (414), and most malformed URIs (400; the check here
 * covers what gets through). Where that 400 comes from: Quarkus's root handler (VertxHttpRecorder)
 * tries {@code new URI(uri)} before the router and ends a failure with an empty 400 itself. Its only
 * switch is the JVM system property {@code vertx.disableURIValidation=true} (read with
 * Boolean.getBoolean when that class loads, before any CDI bean or router observer, so
 * application.properties cannot set it). Tried on the local stack: with it, a bad escape in the query
 * ({@code ?q=%zz}) reaches this check and gets problem+json, but a bad escape in the path
 * ({@code /similar/%}) then fails in Vert.x's route matching (normalised path) before the first route,
 * answered with a plain-text 400 and an ERROR "Unhandled exception in router" in the log; that would
 * also need a router.errorHandler(400). Not switched on for that reason.
 */
@ApplicationScoped
public class RequestUriCheck {

    static final int MAX_URI = 8192;

    private final ObjectMapper json;

    public RequestUriCheck(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(-6).handler(this::check);
    }

    private void check(RoutingContext context) {
        String uri = context.request().uri();
        if (uri.length() > MAX_URI) {
            answer(context, Status.REQUEST_URI_TOO_LONG, "The request URI is longer than " + MAX_URI + " characters.");
            return;
        }
        try {
            new URI(uri);
        } catch (URISyntaxException e) {
            answer(context, Status.BAD_REQUEST, "The request URI is malformed at index " + e.getIndex() + ": "
                + "percent escapes are % and two hex digits, and spaces, quotes, backslashes and the like must be escaped.");
            return;
        }
        context.next();
    }

    private void answer(RoutingContext context, Status status, String detail) {
        RouteProblems.answer(json, context, status, detail);
    }
}
