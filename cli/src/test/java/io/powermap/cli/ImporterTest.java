package io.powermap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The import's retries and summary against a stub of the three services on one port. */
class ImporterTest {

    record Reply(int status, Map<String, String> headers, String body) {
        static Reply of(int status, String body, String... headers) {
            Map<String, String> map = new ConcurrentHashMap<>();
            for (int i = 0; i < headers.length; i += 2) {
                map.put(headers[i], headers[i + 1]);
            }
            return new Reply(status, map, body);
        }
    }

    @TempDir
    Path dir;

    HttpServer server;
    /** Scripted answers per uploaded file (by sourceUri suffix); when a script runs out, 202. */
    final Map<String, Queue<Reply>> scripts = new ConcurrentHashMap<>();
    final List<String> uploads = Collections.synchronizedList(new ArrayList<>());
    final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    volatile int uploadDelayMs;
    Connection connection;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/api/v1/documents", this::ingest);
        server.createContext("/api/v1/graph/", exchange -> reply(exchange, Reply.of(200, "{}")));
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        connection = new Connection(base, base + "/profile", base);
        server.createContext("/profile/api/v1/documents/", exchange -> reply(exchange,
            Reply.of(200, "{\"entities\":[{\"id\":\"e-1\",\"type\":\"ORGANIZATION\",\"name\":\"X\"}]}")));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void ingest(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        String name = query.substring(query.lastIndexOf(':') + 1);
        uploads.add(name);
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            exchange.getRequestBody().readAllBytes();
            if (uploadDelayMs > 0) {
                Thread.sleep(uploadDelayMs);
            }
            Reply reply = Optional.ofNullable(scripts.get(name)).map(Queue::poll)
                .orElse(Reply.of(202, "{\"id\":\"urn:test:" + name + "\",\"status\":\"PARSED\",\"entities\":3,\"relationships\":1}"));
            reply(exchange, reply);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static void reply(HttpExchange exchange, Reply reply) throws IOException {
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.getResponseHeaders().add("Content-Type", reply.status() >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private Path document(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "The Example Foundation funds the Example Institute.");
    }

    private Importer importer(int parallel, int attempts, Duration wait) {
        return new Importer(connection, new Importer.Settings(parallel, attempts, Duration.ofMillis(20),
            Duration.ofMillis(200), wait, Duration.ofMillis(20), "urn:test:"));
    }

    private void script(String name, Reply... replies) {
        scripts.put(name, new ConcurrentLinkedQueue<>(List.of(replies)));
    }

    @Test
    void a503IsRetriedAfterItsRetryAfterThenAccepted() throws Exception {
        Path file = document("a.txt");
        script("a.txt", Reply.of(503, "{\"title\":\"Service Unavailable\",\"detail\":\"saturated\"}", "Retry-After", "1"));
        List<String> retries = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        Importer.Summary summary = importer(2, 5, Duration.ofSeconds(5)).run(List.of(file), List.of(), new Importer.Listener() {
            @Override
            public void retrying(Path f, int attempt, Duration wait, String why) {
                retries.add(why + " wait " + wait.toMillis());
            }
        });
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        Importer.Result result = summary.results().get(0);
        assertEquals(Importer.Outcome.ACCEPTED, result.outcome());
        assertEquals(2, result.attempts());
        assertEquals(List.of("a.txt", "a.txt"), uploads);
        assertTrue(elapsedMs >= 1000, "waited the Retry-After of 1 s, took " + elapsedMs + " ms");
        assertTrue(retries.get(0).startsWith("HTTP 503: saturated wait 1"), retries.toString());
        assertEquals(1, summary.searchable());
    }

    @Test
    void a422IsRefusedWithItsReasonAndNotRetried() throws Exception {
        Path good = document("good.txt");
        Path bad = document("bad.txt");
        script("bad.txt", Reply.of(422, "{\"title\":\"Unprocessable Entity\",\"status\":422,\"detail\":\"The document is not in English.\"}"));
        Importer.Summary summary = importer(2, 5, Duration.ofSeconds(5)).run(List.of(bad, good), List.of(), new Importer.Listener() { });

        assertEquals(1, summary.with(Importer.Outcome.ACCEPTED).size());
        Importer.Result refused = summary.with(Importer.Outcome.REFUSED).get(0);
        assertEquals(bad, refused.file());
        assertEquals(422, refused.status());
        assertEquals("HTTP 422: The document is not in English.", refused.reason());
        assertEquals(1, Collections.frequency(uploads, "bad.txt"));
        assertEquals(1, summary.searchable());
    }

    @Test
    void keepsRefusingIsReportedAfterTheLastAttempt() throws Exception {
        Path file = document("busy.txt");
        Reply busy = Reply.of(503, "{\"detail\":\"saturated\"}", "Retry-After", "0");
        script("busy.txt", busy, busy, busy, busy);
        Importer.Summary summary = importer(1, 3, Duration.ZERO).run(List.of(file), List.of(), new Importer.Listener() { });

        Importer.Result result = summary.results().get(0);
        assertEquals(Importer.Outcome.REFUSED, result.outcome());
        assertEquals(3, result.attempts());
        assertEquals("HTTP 503: saturated (gave up after 3 attempts)", result.reason());
    }

    @Test
    void noMoreThanTheBoundAreInFlight() throws Exception {
        uploadDelayMs = 50;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            files.add(document("d" + i + ".md"));
        }
        Importer.Summary summary = importer(3, 2, Duration.ZERO).run(files, List.of(), new Importer.Listener() { });

        assertEquals(12, summary.with(Importer.Outcome.ACCEPTED).size());
        assertTrue(maxInFlight.get() <= 3, "at most 3 at once, saw " + maxInFlight.get());
        assertTrue(maxInFlight.get() >= 2, "uploads ran in parallel, saw " + maxInFlight.get());
    }

    @Test
    void aTokenFromAFileIsSentAsBearer() throws Exception {
        connection.tokenFile = Files.writeString(dir.resolve("ingest.jwt"), "abc.def.ghi\n");
        importer(1, 1, Duration.ZERO).run(List.of(document("t.txt")), List.of(), new Importer.Listener() { });
        assertEquals(List.of("Bearer abc.def.ghi"), authorizations);
    }

    @Test
    void retryAfterAsSecondsOrDate() {
        assertEquals(Duration.ofSeconds(2), Importer.retryAfter(Optional.of("2")));
        assertEquals(Duration.ZERO, Importer.retryAfter(Optional.empty()));
        assertEquals(Duration.ZERO, Importer.retryAfter(Optional.of("Wed, 21 Oct 2015 07:28:00 GMT")));
        assertEquals(Duration.ZERO, Importer.retryAfter(Optional.of("soon")));
        assertNull(Importer.text(Importer.parse("not json"), "detail"));
    }

    @Test
    void onlyDocumentTypesAreSelected() throws IOException {
        document("01-x.txt");
        document("01-x.gold.json");
        document("ANNOTATION.md");
        document("notes.csv");
        Files.createDirectories(dir.resolve("sub"));
        document("sub/02-y.html");
        Documents.Selection flat = Documents.select(List.of(dir), false, List.of("ANNOTATION.md"));
        assertEquals(List.of(dir.resolve("01-x.txt")), flat.documents());
        assertEquals(3, flat.skipped().size());
        Documents.Selection deep = Documents.select(List.of(dir), true, List.of());
        assertEquals(3, deep.documents().size());
    }
}
