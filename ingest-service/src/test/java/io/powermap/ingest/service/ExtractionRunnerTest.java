package io.powermap.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.powermap.ingest.config.IngestConfig;
import io.powermap.ingest.extraction.DocumentRejectedException;
import io.powermap.ingest.extraction.DocumentRejectedException.Reason;

class ExtractionRunnerTest {

    private static IngestConfig limits(Duration timeLimit) {
        return new IngestConfig() {
            public int maxDocumentBytes() { return 10 * 1024 * 1024; }
            public int maxTextChars() { return 2_000_000; }
            public Duration timeLimit() { return timeLimit; }
            public int workers() { return 1; }
            public int statusCapacity() { return 10; }
        };
    }

    @Test
    void shouldAbandonExtractionPastTheTimeLimit() {
        String paragraph = "The Lakeshore Housing Alliance was founded in 1994 by Maria Ortega, who chaired it until 2008. ";
        byte[] longDocument = ("Lakeshore Housing Alliance (LHA)\n\n" + paragraph.repeat(8000)).getBytes(StandardCharsets.UTF_8);
        ExtractionRunner runner = new ExtractionRunner(limits(Duration.ZERO));

        DocumentRejectedException rejected = assertThrows(DocumentRejectedException.class,
            () -> runner.extract(longDocument, "text/plain", null));

        assertEquals(Reason.TIMED_OUT, rejected.reason());
        runner.stop();
    }
}
