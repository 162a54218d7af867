package io.powermap.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.powermap.ingest.config.IngestConfig;
import io.powermap.ingest.extraction.DocumentExtractor;
import io.powermap.ingest.extraction.DocumentRejectedException;
import io.powermap.ingest.extraction.DocumentRejectedException.Reason;
import io.powermap.ingest.extraction.Extraction;
import io.powermap.ingest.service.ExtractionRunner;

/** PDF and DOCX parsed in child processes: the same result as in process, and a parse that outlives its limit is killed. */
class ParserProcessesTest {

    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(1_000_000);

    private ExtractionRunner runner;

    @AfterEach
    void stop() {
        ParserProcesses.stop();
    }

    @Test
    void shouldExtractTheSamePdfAndDocxInAParserProcessAsInProcess() throws Exception {
        byte[] pdf = Documents.pdf(Documents.LINES);
        byte[] docx = Documents.docx(Documents.LINES);
        Extraction pdfHere = EXTRACTOR.extract(pdf, "application/pdf", "test://pdf");
        Extraction docxHere = EXTRACTOR.extract(docx, Documents.DOCX, "test://docx");

        ParserProcesses.start(new ParserProcesses.Settings(1, Duration.ofSeconds(60), "128m"));
        Extraction pdfThere = EXTRACTOR.extract(pdf, "application/pdf", "test://pdf");
        Extraction docxThere = EXTRACTOR.extract(docx, null, "test://docx");

        assertEquals(1, ParserProcesses.running(), "one parser process did both");
        assertEquals(pdfHere.text(), pdfThere.text());
        assertEquals(pdfHere.entities(), pdfThere.entities());
        assertEquals(pdfHere.relationships(), pdfThere.relationships());
        assertEquals("application/pdf", pdfThere.source().mediaType());
        assertEquals(docxHere.text(), docxThere.text());
        assertEquals(docxHere.relationships(), docxThere.relationships());
        assertTrue(docxThere.text().contains("Priscilla Hadley"));
    }

    @Test
    void shouldRefuseAPdfWhoseTextExceedsTheCapAsInProcess() {
        String[] lines = new String[60];
        java.util.Arrays.fill(lines, "The Northgate Youth Council was founded in 2003 by Priscilla Hadley and friends.");
        byte[] pdf = Documents.pdf(lines);
        DocumentExtractor small = new DocumentExtractor(1_000);
        DocumentRejectedException here = assertThrows(DocumentRejectedException.class,
            () -> small.extract(pdf, "application/pdf", null));

        ParserProcesses.start(new ParserProcesses.Settings(1, Duration.ofSeconds(60), "128m"));
        DocumentRejectedException there = assertThrows(DocumentRejectedException.class,
            () -> small.extract(pdf, "application/pdf", null));
        assertEquals(Reason.TOO_LARGE, here.reason());
        assertEquals(here.reason(), there.reason());
    }

    @Test
    void shouldKillAParseThatOutlivesTheTimeLimitAndFreeTheWorker() throws Exception {
        Duration limit = Duration.ofSeconds(2);
        // the process's own watchdog would act only after a minute: the kill here comes from the runner's interrupt
        ParserProcesses.start(new ParserProcesses.Settings(1, Duration.ofSeconds(60), "128m", new SlowParser()));
        runner = new ExtractionRunner(limits(limit));
        byte[] slow = (new String(Documents.pdf(Documents.LINES), StandardCharsets.ISO_8859_1) + "\n" + SlowParser.MARK + "\n")
            .getBytes(StandardCharsets.ISO_8859_1);

        DocumentRejectedException rejected = assertThrows(DocumentRejectedException.class,
            () -> runner.extract(slow, "application/pdf", null));
        assertEquals(Reason.TIMED_OUT, rejected.reason());
        // the limit behaviour itself: the worker comes back soon after the limit instead of in ten minutes
        Awaitility.await().atMost(limit.plusSeconds(5)).until(() -> runner.inFlight() == 0);

        // a new process is started and warmed in the background; once it is, documents parse again
        Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> ParserProcesses.ready() == 1);
        runner = new ExtractionRunner(limits(Duration.ofSeconds(60)));
        Extraction next = runner.extract(Documents.pdf(Documents.LINES), "application/pdf", null);
        assertTrue(next.text().contains("Orchard Hill Foundation"), "a normal PDF still parses, in a new process");
        Extraction docx = runner.extract(Documents.docx(Documents.LINES), Documents.DOCX, null);
        assertTrue(docx.text().contains("Orchard Hill Foundation"));
    }

    @Test
    void shouldKillAParseThatOutlivesItsLimitWhenNobodyInterruptsIt() {
        ParserProcesses.start(new ParserProcesses.Settings(1, Duration.ofSeconds(1), "128m", new SlowParser()));
        byte[] slow = (new String(Documents.pdf(Documents.LINES), StandardCharsets.ISO_8859_1) + "\n" + SlowParser.MARK + "\n")
            .getBytes(StandardCharsets.ISO_8859_1);
        // no runner: the parser process's own watchdog ends the parse
        DocumentRejectedException rejected = assertThrows(DocumentRejectedException.class,
            () -> EXTRACTOR.extract(slow, "application/pdf", null));
        assertEquals(Reason.UNREADABLE, rejected.reason());
    }

    static IngestConfig limits(Duration timeLimit) {
        return new IngestConfig() {
            public int maxDocumentBytes() { return 10 * 1024 * 1024; }
            public int maxTextChars() { return 1_000_000; }
            public boolean learnedPairs() { return true; }
            public Duration timeLimit() { return timeLimit; }
            public int workers() { return 1; }
            public int queueCapacity() { return 0; }
            public Duration retryAfter() { return Duration.ofSeconds(2); }
            public Duration sendTimeout() { return Duration.ofSeconds(6); }
            public int statusCapacity() { return 10; }
        };
    }
}
