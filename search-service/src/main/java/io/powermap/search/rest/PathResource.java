package io.powermap.search.rest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.powermap.contract.problem.ProblemException;
import io.powermap.contract.problem.RequestParams;
import io.powermap.search.config.SearchConfig;
import io.powermap.search.service.EvidenceSources;

/**
 * Paths between two entities are profile-service's (a two-sided search over PostgreSQL); this
 * passes the question on, so the web page talks to one origin. Its answer and its problems come
 * back as they are.
 */
@Path("/api/v1/paths")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "entities")
public class PathResource {

    private final SearchConfig config;
    private final HttpClient http;

    public PathResource(SearchConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.profileTimeout()).build();
    }

    @GET
    @Operation(summary = "The shortest chains of ties between two entities, from profile-service")
    public Response paths(@QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("maxHops") String maxHops, @QueryParam("types") String types,
                          @QueryParam("k") String k) throws IOException {
        URI base = config.profileUrl().orElseThrow(() -> new ProblemException(Status.SERVICE_UNAVAILABLE,
            "Paths come from profile-service, which this instance is not set up to reach (powermap.search.profile-url)."));
        RequestParams.entityId(from == null ? "" : from);
        RequestParams.entityId(to == null ? "" : to);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("from", from);
        params.put("to", to);
        params.put("maxHops", maxHops);
        params.put("types", types);
        params.put("k", k);
        String query = params.entrySet().stream().filter(entry -> entry.getValue() != null && entry.getValue().length() <= 200)
            .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> answer = http.send(EvidenceSources.toProfile(HttpRequest.newBuilder(base.resolve("/api/v1/paths?" + query)), config)
                .timeout(config.profileTimeout()).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
            String type = answer.headers().firstValue("Content-Type").orElse(MediaType.APPLICATION_JSON);
            return Response.status(answer.statusCode()).type(type).entity(answer.body()).build();
        } catch (IOException e) {
            throw new ProblemException(Status.BAD_GATEWAY, "profile-service did not answer; paths are unavailable for now.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(Status.SERVICE_UNAVAILABLE, "Interrupted.");
        }
    }
}
