package io.powermap.ingest.service;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.powermap.ingest.config.IngestConfig;
import io.powermap.ingest.extraction.DocumentExtractor;
import io.powermap.ingest.extraction.DocumentRejectedException;
import io.powermap.ingest.extraction.DocumentRejectedException.Reason;
import io.powermap.ingest.extraction.Extraction;

/** Runs the extractor on its own few threads, so no document can hold a caller past the time limit. */
@ApplicationScoped
public class ExtractionRunner {

    private static final Logger LOG = Logger.getLogger(ExtractionRunner.class);

    private final DocumentExtractor extractor;
    private final ExecutorService workers;
    private final IngestConfig config;

    public ExtractionRunner(IngestConfig config) {
        this.config = config;
        this.extractor = new DocumentExtractor(config.maxTextChars());
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(config.workers(), task -> {
            Thread thread = new Thread(task, "extraction-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public Extraction extract(byte[] content, String mediaType, String sourceUri) throws DocumentRejectedException {
        long started = System.nanoTime();
        Future<Extraction> result = workers.submit(() -> extractor.extract(content, mediaType, sourceUri));
        try {
            Extraction extraction = result.get(config.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
            LOG.debugf("extracted %d entities, %d relationships from %d bytes in %d ms", extraction.entities().size(),
                extraction.relationships().size(), content.length, (System.nanoTime() - started) / 1_000_000);
            return extraction;
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new DocumentRejectedException(Reason.TIMED_OUT,
                "extraction took longer than the limit of " + config.timeLimit().toSeconds() + " s");
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new DocumentRejectedException(Reason.TIMED_OUT, "extraction was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DocumentRejectedException rejected) {
                throw rejected;
            }
            // A fault of ours, not of the document, but the document is what cannot be processed;
            // refusing it keeps a stream of documents moving instead of stopping at one.
            LOG.errorf(e.getCause(), "extraction failed on a document of %d bytes (%s)", content.length, mediaType);
            throw new DocumentRejectedException(Reason.UNREADABLE, "the document could not be processed", e.getCause());
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
