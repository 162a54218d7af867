package io.powermap.profile.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.powermap.testsupport.PrometheusText;

/**
 * search-service, packaged ({@code search-service/target/quarkus-app/quarkus-run.jar}), run as a
 * child JVM against the benchmark's broker with an index folder of its own, so that the benchmark
 * can time the changes' way to search as well: "has them all" is every partition of
 * profiles.changes applied to its index up to the end the broker reports ({@code lag} 0 in
 * {@code GET /api/v1/index/status}). Its log goes to {@code target/bench-search-service.log}.
 */
final class SearchServiceProcess implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final URI status;
    private final URI metrics;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private SearchServiceProcess(Process process, int port) {
        this.process = process;
        this.status = URI.create("http://127.0.0.1:" + port + "/api/v1/index/status");
        this.metrics = URI.create("http://127.0.0.1:" + port + "/q/metrics");
    }

    /** The packaged jar under the project root, or null when search-service has not been packaged. */
    static Path jar(Path projectRoot) {
        Path jar = projectRoot.resolve("search-service/target/quarkus-app/quarkus-run.jar");
        return Files.isRegularFile(jar) ? jar : null;
    }

    /**
     * Starts it and waits (up to {@code timeout}) until it is ready; throws IOException with the
     * log's place when it ends or does not get ready.
     */
    static SearchServiceProcess start(Path jar, String bootstrapServers, Duration timeout) throws Exception {
        Path work = Files.createTempDirectory(Path.of("target"), "bench-search-").toAbsolutePath();
        Path publicKey = work.resolve("public.pem");
        // the test keys' public half (test-support): search-service verifies tokens in production mode
        try (InputStream key = SearchServiceProcess.class.getClassLoader()
            .getResourceAsStream("powermap-test-keys/public.pem")) {
            Files.copy(key, publicKey);
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx768m"));
        // e.g. -XX:StartFlightRecording=filename=search.jfr to see where its indexing time goes
        String options = System.getProperty("powermap.bench.search-java-options", "").trim();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(new File("target", "bench-search-service.log"));
        builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("POWERMAP_SEARCH_INDEX_DIR", work.resolve("index").toString());
        builder.environment().put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toString());
        builder.environment().put("MP_JWT_VERIFY_ISSUER", "powermap");
        SearchServiceProcess search = new SearchServiceProcess(builder.start(), port);
        search.awaitReady(port, timeout);
        return search;
    }

    long pid() {
        return process.pid();
    }

    /**
     * Waits until the index has applied every partition up to the broker's end offset; returns
     * false when {@code timeout} passed first.
     */
    /** Its refreshes so far (count, seconds) and entity documents rebuilt and left for later, from /q/metrics. */
    Refreshes refreshes() throws Exception {
        String page = http.send(HttpRequest.newBuilder(metrics).header("Accept", "text/plain").timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        return new Refreshes(PrometheusText.value(page, "powermap_search_refresh_seconds_count"),
            PrometheusText.value(page, "powermap_search_refresh_seconds_sum"),
            PrometheusText.value(page, "powermap_search_entities_rebuilt_total"),
            PrometheusText.value(page, "powermap_search_entities_deferred_total"));
    }

    record Refreshes(double count, double seconds, double rebuilt, double deferred) {

        Refreshes minus(Refreshes earlier) {
            return new Refreshes(count - earlier.count, seconds - earlier.seconds, rebuilt - earlier.rebuilt,
                deferred - earlier.deferred);
        }
    }

    boolean awaitCaughtUp(Duration timeout) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (caughtUp()) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private boolean caughtUp() throws Exception {
        HttpResponse<String> answer;
        try {
            answer = http.send(HttpRequest.newBuilder(status).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        } catch (java.net.http.HttpTimeoutException busy) {
            return false; // the status waits while the index is being refreshed
        }
        if (answer.statusCode() != 200) {
            return false;
        }
        List<JsonNode> partitions = new ArrayList<>();
        JSON.readTree(answer.body()).path("partitions").forEach(partitions::add);
        return !partitions.isEmpty()
            && partitions.stream().allMatch(p -> p.path("lag").isNumber() && p.path("lag").asLong() == 0);
    }

    private void awaitReady(int port, Duration timeout) throws Exception {
        URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IOException("search-service ended with status " + process.exitValue()
                    + " (see target/bench-search-service.log)");
            }
            try {
                if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200) {
                    return;
                }
            } catch (IOException notListening) {
                // still starting
            }
            Thread.sleep(200);
        }
        close();
        throw new IOException("search-service not ready within " + timeout + " (see target/bench-search-service.log)");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
