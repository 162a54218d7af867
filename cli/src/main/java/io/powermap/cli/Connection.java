package io.powermap.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import picocli.CommandLine.Option;

/** Where the services are and how to authenticate: options, else environment variables, else the local stack. */
public class Connection {

    @Option(names = "--ingest-url", paramLabel = "URL", defaultValue = "${POWERMAP_INGEST_URL:-http://localhost:8081}",
        description = "ingest-service (env POWERMAP_INGEST_URL; default ${DEFAULT-VALUE})")
    String ingestUrl;

    @Option(names = "--profile-url", paramLabel = "URL", defaultValue = "${POWERMAP_PROFILE_URL:-http://localhost:8082}",
        description = "profile-service (env POWERMAP_PROFILE_URL; default ${DEFAULT-VALUE})")
    String profileUrl;

    @Option(names = "--search-url", paramLabel = "URL", defaultValue = "${POWERMAP_SEARCH_URL:-http://localhost:8083}",
        description = "search-service (env POWERMAP_SEARCH_URL; default ${DEFAULT-VALUE})")
    String searchUrl;

    @Option(names = "--token-file", paramLabel = "FILE", defaultValue = "${POWERMAP_TOKEN_FILE}",
        description = "a file holding the bearer token (env POWERMAP_TOKEN_FILE); else the token in env POWERMAP_TOKEN")
    Path tokenFile;

    private HttpClient client;

    public Connection() {
    }

    public Connection(String ingestUrl, String profileUrl, String searchUrl) {
        this.ingestUrl = ingestUrl;
        this.profileUrl = profileUrl;
        this.searchUrl = searchUrl;
    }

    public synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return client;
    }

    public URI ingest(String path) {
        return URI.create(strip(ingestUrl) + path);
    }

    public URI profile(String path) {
        return URI.create(strip(profileUrl) + path);
    }

    public URI search(String path) {
        return URI.create(strip(searchUrl) + path);
    }

    /** A request with the bearer token, when there is one. */
    public HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        String token = token();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    String token() {
        try {
            if (tokenFile != null) {
                String token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
                return token.isEmpty() ? null : token;
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the token file " + tokenFile + ": " + e.getMessage(), e);
        }
        String token = System.getenv("POWERMAP_TOKEN");
        return token == null || token.isBlank() ? null : token.strip();
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
