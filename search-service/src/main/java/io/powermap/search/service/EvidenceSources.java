package io.powermap.search.service;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.powermap.search.config.SearchConfig;
import io.powermap.search.domain.GraphView.Evidence;

/**
 * The documents behind tie sentences, which the change events do not carry: asked of
 * profile-service ({@code GET /api/v1/entities/{id}}) when {@code powermap.search.profile-url} is
 * set. Without it, or when profile-service does not answer in time, sentences come without their
 * documents, and the answer says so.
 */
@ApplicationScoped
public class EvidenceSources {

    private static final Logger LOG = Logger.getLogger(EvidenceSources.class);

    private final SearchConfig config;
    private final ObjectMapper json;
    private final HttpClient http;

    public EvidenceSources(SearchConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.profileTimeout()).build();
    }

    /** A request to profile-service, with the bearer token of powermap.search.profile-token when set. */
    public static HttpRequest.Builder toProfile(HttpRequest.Builder request, SearchConfig config) {
        config.profileToken().filter(token -> !token.isBlank())
            .ifPresent(token -> request.header("Authorization", "Bearer " + token.strip()));
        return request;
    }

    /** Relationship id to its sentences with their documents, or empty when profile-service cannot tell. */
    public Optional<Map<String, List<Evidence>>> of(String entityId) {
        Optional<URI> base = config.profileUrl();
        if (base.isEmpty()) {
            return Optional.empty();
        }
        URI uri = base.get().resolve("/api/v1/entities/" + URLEncoder.encode(entityId, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(toProfile(HttpRequest.newBuilder(uri), config).timeout(config.profileTimeout())
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.debugf("profile-service answered %d for entity %s", response.statusCode(), entityId);
                return Optional.empty();
            }
            Map<String, List<Evidence>> sources = new HashMap<>();
            for (JsonNode tie : json.readTree(response.body()).path("relationships")) {
                List<Evidence> evidence = new ArrayList<>();
                for (JsonNode source : tie.path("evidence")) {
                    evidence.add(new Evidence(source.path("sentence").asText(null), source.path("documentId").asText(null),
                        source.path("title").asText(null), source.path("sourceUri").asText(null)));
                }
                sources.put(tie.path("id").asText(), evidence);
            }
            return Optional.of(sources);
        } catch (IOException e) {
            LOG.debugf("profile-service unavailable for evidence sources: %s", e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
