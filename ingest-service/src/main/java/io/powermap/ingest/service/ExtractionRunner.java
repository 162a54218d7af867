package io.powermap.ingest.service;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.powermap.ingest.config.IngestConfig;
import io.powermap.ingest.extraction.DocumentExtractor;
import io.powermap.ingest.extraction.relations.learned.PairJudge;
import io.powermap.ingest.extraction.relations.learned.PairModel;
import io.powermap.ingest.extraction.DocumentRejectedException;
import io.powermap.ingest.extraction.DocumentRejectedException.Reason;
import io.powermap.ingest.extraction.Extraction;
import io.powermap.ingest.format.IsolatedParser;
import io.powermap.ingest.metrics.IngestMetrics;

/**
 * Runs the extractor on a few threads of its own behind a bounded line. The time limit counts from
 * the moment a worker starts on the document, so time spent waiting in line never fails it; at the
 * limit the caller gets TIMED_OUT and the worker is interrupted. A place in line is freed only when
 * the worker is really done, so a parse that ignores the interruption still counts against capacity.
 */
@ApplicationScoped
public class ExtractionRunner {

    private static final Logger LOG = Logger.getLogger(ExtractionRunner.class);

    private final DocumentExtractor extractor;
    private final ExecutorService workers;
    private final ScheduledExecutorService alarms;
    /** One permit per worker and per place in line: taken before submitting, given back when work ends. */
    private final Semaphore places;
    private final IngestConfig config;
    /** Times each extraction (null in unit tests that build a runner by hand). */
    private final IngestMetrics metrics;

    public ExtractionRunner(IngestConfig config) {
        this(config, null);
    }

    @Inject
    public ExtractionRunner(IngestConfig config, IngestMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
        IsolatedParser.register(); // PDF and DOCX go to the parser processes (format/ParserProcesses)
        this.extractor = new DocumentExtractor(config.maxTextChars(), config.learnedPairs() ? PairModel.shipped() : PairJudge.NONE);
        this.places = new Semaphore(config.workers() + config.queueCapacity(), true);
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(config.workers(), task -> daemon(task, "extraction-" + count.incrementAndGet()));
        this.alarms = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "extraction-time-limit"));
    }

    /** For uploads: refuses at once with {@link IngestUnavailableException} when the line is full. */
    public Extraction extract(byte[] content, String mediaType, String sourceUri) throws DocumentRejectedException {
        if (!places.tryAcquire()) {
            throw new IngestUnavailableException("All " + config.workers() + " workers are busy and "
                + config.queueCapacity() + " documents are waiting; send the document again shortly.", config.retryAfter());
        }
        return run(content, mediaType, sourceUri);
    }

    /** For the stream: waits for a place in line (back-pressure) instead of refusing. */
    public Extraction extractWhenFree(byte[] content, String mediaType, String sourceUri)
            throws DocumentRejectedException, InterruptedException {
        places.acquire();
        return run(content, mediaType, sourceUri);
    }

    /** Documents being extracted or waiting; for tests and diagnostics. */
    public int inFlight() {
        return config.workers() + config.queueCapacity() - places.availablePermits();
    }

    private Extraction run(byte[] content, String mediaType, String sourceUri) throws DocumentRejectedException {
        CompletableFuture<Extraction> result = new CompletableFuture<>();
        try {
            workers.execute(() -> work(result, content, mediaType, sourceUri));
        } catch (RuntimeException e) {
            places.release();
            throw new IngestUnavailableException("The service is shutting down.", config.retryAfter());
        }
        try {
            return result.get();
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

    private void work(CompletableFuture<Extraction> result, byte[] content, String mediaType, String sourceUri) {
        long started = System.nanoTime();
        Worker worker = new Worker(Thread.currentThread());
        ScheduledFuture<?> alarm = alarms.schedule(() -> {
            if (result.completeExceptionally(new DocumentRejectedException(Reason.TIMED_OUT,
                    "extraction took longer than the limit of " + config.timeLimit().toMillis() / 1000.0 + " s"))) {
                worker.interruptIfBusy();
            }
        }, config.timeLimit().toNanos(), TimeUnit.NANOSECONDS);
        try {
            if (!result.isDone()) {
                Extraction extraction = extractor.extract(content, mediaType, sourceUri);
                // timed before the caller is released, so a response never precedes its figure
                timed(result.isDone() ? "timed_out" : "parsed", started);
                result.complete(extraction);
                LOG.debugf("extracted %d entities, %d relationships from %d bytes in %d ms", extraction.entities().size(),
                    extraction.relationships().size(), content.length, (System.nanoTime() - started) / 1_000_000);
            }
        } catch (Throwable e) {
            timed(e instanceof DocumentRejectedException ? "rejected" : "error", started);
            result.completeExceptionally(e);
        } finally {
            alarm.cancel(false);
            worker.done();
            long ms = (System.nanoTime() - started) / 1_000_000;
            if (ms > config.timeLimit().toMillis() + 1000) {
                LOG.warnf("a worker stayed on a timed-out document of %d bytes (%s) for %d ms", content.length, mediaType, ms);
            }
            places.release();
        }
    }

    private void timed(String outcome, long started) {
        if (metrics != null) {
            metrics.extraction(outcome, System.nanoTime() - started);
        }
    }

    /** Interrupts its thread only while that thread still works on this document, never on the next one. */
    private static final class Worker {
        private final Thread thread;
        private boolean busy = true;

        Worker(Thread thread) {
            this.thread = thread;
        }

        synchronized void interruptIfBusy() {
            if (busy) {
                thread.interrupt();
            }
        }

        synchronized void done() {
            busy = false;
            Thread.interrupted();
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
        alarms.shutdownNow();
    }
}
