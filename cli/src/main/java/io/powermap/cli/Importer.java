package io.powermap.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Uploads documents to ingest-service with a bounded number in flight, retries what the service
 * asks to be sent again (503 and 429 with their Retry-After, 502/504 and connection failures with
 * exponential back-off), and then waits until the accepted documents are searchable.
 */
public class Importer {

    public record Settings(int parallel, int maxAttempts, Duration initialBackoff, Duration maxBackoff,
                           Duration waitSearchable, Duration pollInterval, String sourceUriPrefix) {
    }

    public enum Outcome { ACCEPTED, REFUSED, FAILED }

    /** What became of one file: the final status (0 when the service never answered) and why. */
    public record Result(Path file, Outcome outcome, int status, String id, String reason, int attempts,
                         int entities, int relationships) {
    }

    public record Summary(List<Result> results, List<Path> skipped, int searchable, int nothingToIndex,
                          int notYetSearchable, Duration uploadTime, Duration totalTime) {

        public List<Result> with(Outcome outcome) {
            return results.stream().filter(r -> r.outcome() == outcome).toList();
        }
    }

    /** Called from the upload threads as files progress; implementations must be thread-safe. */
    public interface Listener {
        default void started(int documents) {
        }

        default void retrying(Path file, int attempt, Duration wait, String why) {
        }

        default void finished(Result result) {
        }

        default void waitingForSearch(int searchable, int pending) {
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;
    private final Settings settings;

    public Importer(Connection connection, Settings settings) {
        this.connection = connection;
        this.settings = settings;
    }

    public Summary run(List<Path> documents, List<Path> skipped, Listener listener) throws InterruptedException {
        long start = System.nanoTime();
        listener.started(documents.size());
        List<Result> results = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.parallel()), r -> {
            Thread thread = new Thread(r, "upload");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Path file : documents) {
                futures.add(pool.submit(() -> {
                    Result result = upload(file, listener);
                    results.add(result);
                    listener.finished(result);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Duration uploadTime = Duration.ofNanos(System.nanoTime() - start);
        List<Result> ordered = new ArrayList<>(results);
        ordered.sort((a, b) -> a.file().compareTo(b.file()));
        int[] search = awaitSearchable(ordered, listener);
        return new Summary(ordered, skipped, search[0], search[1], search[2], uploadTime,
            Duration.ofNanos(System.nanoTime() - start));
    }

    Result upload(Path file, Listener listener) throws InterruptedException {
        String mediaType = Documents.mediaType(file).orElseThrow();
        URI uri = connection.ingest("/api/v1/documents?sourceUri="
            + URLEncoder.encode(sourceUri(file), StandardCharsets.UTF_8));
        String lastReason = null;
        int lastStatus = 0;
        for (int attempt = 1; ; attempt++) {
            Duration wait;
            try {
                HttpRequest request = connection.request(uri).header("Content-Type", mediaType)
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
                HttpResponse<String> response = connection.client().send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    JsonNode body = parse(response.body());
                    return new Result(file, Outcome.ACCEPTED, status, text(body, "id"), null, attempt,
                        body.path("entities").asInt(0), body.path("relationships").asInt(0));
                }
                lastStatus = status;
                lastReason = reason(status, response.body());
                if (!retryable(status)) {
                    return new Result(file, Outcome.REFUSED, status, null, lastReason, attempt, 0, 0);
                }
                Duration retryAfter = retryAfter(response.headers().firstValue("Retry-After"));
                wait = max(retryAfter, backoff(attempt));
            } catch (IOException e) {
                lastStatus = 0;
                lastReason = e instanceof java.net.ConnectException
                    ? "cannot connect to " + uri.getHost() + ":" + uri.getPort()
                    : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                wait = backoff(attempt);
            }
            if (attempt >= settings.maxAttempts()) {
                return new Result(file, lastStatus == 0 ? Outcome.FAILED : Outcome.REFUSED, lastStatus, null,
                    lastReason + " (gave up after " + attempt + " attempts)", attempt, 0, 0);
            }
            listener.retrying(file, attempt, wait, lastReason);
            Thread.sleep(wait.toMillis());
        }
    }

    String sourceUri(Path file) {
        String prefix = settings.sourceUriPrefix();
        return prefix == null || prefix.isEmpty()
            ? file.toAbsolutePath().normalize().toUri().toString()
            : prefix + file.getFileName();
    }

    static boolean retryable(int status) {
        return status == 503 || status == 429 || status == 502 || status == 504;
    }

    /** Exponential back-off with up to a quarter of jitter, so clients told to wait do not return in step. */
    Duration backoff(int attempt) {
        long initial = settings.initialBackoff().toMillis();
        long capped = Math.min(settings.maxBackoff().toMillis(), initial << Math.min(attempt - 1, 20));
        return Duration.ofMillis(capped + ThreadLocalRandom.current().nextLong(capped / 4 + 1));
    }

    /** Retry-After in seconds or as an HTTP date; zero when absent or unreadable. */
    static Duration retryAfter(Optional<String> header) {
        if (header.isEmpty() || header.get().isBlank()) {
            return Duration.ZERO;
        }
        String value = header.get().strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(),
                    ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notDate) {
                return Duration.ZERO;
            }
        }
    }

    /** The problem+json detail (or title) of a refusal, else the start of its body. */
    static String reason(int status, String body) {
        JsonNode json = parse(body);
        String detail = text(json, "detail");
        if (detail == null) {
            detail = text(json, "title");
        }
        if (detail == null) {
            String plain = body == null ? "" : body.strip().replaceAll("\\s+", " ");
            detail = plain.length() > 200 ? plain.substring(0, 200) + "..." : plain;
        }
        return "HTTP " + status + (detail.isEmpty() ? "" : ": " + detail);
    }

    /**
     * Polls until every accepted document is searchable: profile-service knows it and search-service
     * has indexed the first entity it names. Returns {searchable, with no entity to index, not yet}.
     */
    int[] awaitSearchable(List<Result> results, Listener listener) throws InterruptedException {
        List<Result> pending = new ArrayList<>();
        int nothing = 0;
        for (Result result : results) {
            if (result.outcome() != Outcome.ACCEPTED) {
                continue;
            }
            if (result.entities() == 0) {
                nothing++;
            } else {
                pending.add(result);
            }
        }
        int searchable = 0;
        if (settings.waitSearchable().isZero() || settings.waitSearchable().isNegative()) {
            return new int[] {0, nothing, pending.size()};
        }
        long deadline = System.nanoTime() + settings.waitSearchable().toNanos();
        while (!pending.isEmpty()) {
            for (var iterator = pending.iterator(); iterator.hasNext(); ) {
                if (searchable(iterator.next().id())) {
                    iterator.remove();
                    searchable++;
                }
            }
            listener.waitingForSearch(searchable, pending.size());
            if (pending.isEmpty() || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(settings.pollInterval().toMillis());
        }
        return new int[] {searchable, nothing, pending.size()};
    }

    boolean searchable(String documentId) throws InterruptedException {
        if (documentId == null) {
            return false;
        }
        try {
            HttpResponse<String> document = get(connection.profile("/api/v1/documents/"
                + URLEncoder.encode(documentId, StandardCharsets.UTF_8)));
            if (document.statusCode() != 200) {
                return false;
            }
            JsonNode entities = parse(document.body()).path("entities");
            if (!entities.isArray() || entities.isEmpty()) {
                return false;
            }
            String entityId = text(entities.get(0), "id");
            return entityId != null && get(connection.search("/api/v1/graph/"
                + URLEncoder.encode(entityId, StandardCharsets.UTF_8))).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return connection.client().send(connection.request(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
