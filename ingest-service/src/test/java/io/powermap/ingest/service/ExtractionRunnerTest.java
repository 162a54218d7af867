package io.powermap.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.powermap.ingest.config.IngestConfig;
import io.powermap.ingest.extraction.DocumentRejectedException;
import io.powermap.ingest.extraction.DocumentRejectedException.Reason;
import io.powermap.ingest.extraction.Extraction;

class ExtractionRunnerTest {

    private static final String PARAGRAPH =
        "The Lakeshore Housing Alliance was founded in 1994 by Maria Ortega, who chaired it until 2008. ";
    /** About 7.7 million characters: seconds of work even on an idle machine, far more than the limits below allow. */
    private static final byte[] HUGE = ("Lakeshore Housing Alliance (LHA)\n\n" + PARAGRAPH.repeat(80_000))
        .getBytes(StandardCharsets.UTF_8);
    private static final byte[] SMALL = ("Harbor Workers Fund\n\nThe Harbor Workers Fund was founded in 2001 in Oakland "
        + "by dock workers. It is led by Ana Ruiz.\n").getBytes(StandardCharsets.UTF_8);

    private ExtractionRunner runner;

    private static IngestConfig limits(Duration timeLimit, int workers, int queueCapacity) {
        return new IngestConfig() {
            public int maxDocumentBytes() { return 16 * 1024 * 1024; }
            public int maxTextChars() { return 10_000_000; }
            public boolean learnedPairs() { return true; }
            public Duration timeLimit() { return timeLimit; }
            public int workers() { return workers; }
            public int queueCapacity() { return queueCapacity; }
            public Duration retryAfter() { return Duration.ofSeconds(2); }
            public Duration sendTimeout() { return Duration.ofSeconds(6); }
            public int statusCapacity() { return 10; }
        };
    }

    @AfterEach
    void stop() {
        runner.stop();
    }

    @Test
    void shouldAbandonAnExtractionThatRunsPastTheTimeLimitAndAnswerOnTime() {
        runner = new ExtractionRunner(limits(Duration.ofMillis(300), 1, 1));

        long started = System.nanoTime();
        DocumentRejectedException rejected = assertThrows(DocumentRejectedException.class,
            () -> runner.extract(HUGE, "text/plain", null));
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertEquals(Reason.TIMED_OUT, rejected.reason());
        assertTrue(ms >= 300 && ms < 2_000, "the caller got its answer at the limit, after " + ms + " ms");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> runner.inFlight() == 0);
    }

    @Test
    void shouldCountTheTimeLimitFromTheStartOfWorkNotFromQueueing() throws Exception {
        runner = new ExtractionRunner(limits(Duration.ofMillis(1500), 1, 1));
        CompletableFuture<Reason> slow = CompletableFuture.supplyAsync(() -> reasonOf(HUGE));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> runner.inFlight() == 1);

        long started = System.nanoTime();
        Extraction small = runner.extract(SMALL, "text/plain", null);
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertEquals(Reason.TIMED_OUT, slow.get(10, TimeUnit.SECONDS), "the huge document ran out of time");
        assertTrue(waited >= 1000, "the small document waited behind it for " + waited + " ms");
        assertTrue(small.entities().stream().anyMatch(e -> e.name().equals("Harbor Workers Fund")),
            "yet it was extracted in full: " + small.entities());
    }

    @Test
    void shouldRefuseUploadsWhenTheLineIsFullButLetTheStreamWait() throws Exception {
        runner = new ExtractionRunner(limits(Duration.ofMillis(1500), 1, 1));
        CompletableFuture<Reason> working = CompletableFuture.supplyAsync(() -> reasonOf(HUGE));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> runner.inFlight() == 1);
        CompletableFuture<Reason> waiting = CompletableFuture.supplyAsync(() -> reasonOf(HUGE));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> runner.inFlight() == 2);

        IngestUnavailableException refused = assertThrows(IngestUnavailableException.class,
            () -> runner.extract(SMALL, "text/plain", null));
        Extraction streamed = runner.extractWhenFree(SMALL, "text/plain", null);

        assertEquals(Duration.ofSeconds(2), refused.retryAfter());
        assertTrue(refused.getMessage().contains("busy"), refused.getMessage());
        assertTrue(streamed.entities().stream().anyMatch(e -> e.name().equals("Harbor Workers Fund")),
            "the streamed document waited for a place and was extracted: " + streamed.entities());
        assertEquals(Reason.TIMED_OUT, working.get(10, TimeUnit.SECONDS));
        assertEquals(Reason.TIMED_OUT, waiting.get(10, TimeUnit.SECONDS));
    }

    private Reason reasonOf(byte[] document) {
        try {
            runner.extract(document, "text/plain", null);
            return null;
        } catch (DocumentRejectedException e) {
            return e.reason();
        }
    }
}
