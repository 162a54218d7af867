package io.powermap.search.messaging;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.powermap.search.config.SearchConfig;
import io.powermap.search.service.Ingestion;

import io.quarkus.runtime.StartupEvent;

/**
 * When batches written by {@link ProfileChangesConsumer} become visible. A refresh rebuilds every
 * entity the batches touched from its ties, and the entities that recur across documents (a
 * funder, a law, a coalition) are touched by nearly every batch, so refreshing each small batch
 * as it came cost more than the batches themselves once changes streamed in. A refresh is due
 * when {@code powermap.search.refresh-interval} has passed since the last one ended, and at least
 * as long as the last one took; batches that come sooner are refreshed together, by the next
 * batch or by this class's timer, whichever comes first. An idle index still shows a batch as
 * soon as it is written.
 */
@ApplicationScoped
public class RefreshPacer {

    private static final Logger LOG = Logger.getLogger(RefreshPacer.class);
    private static final long SLOW_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Ingestion ingestion;
    private final SearchableDocuments searchable;
    private final long intervalNanos;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "search-index-refresh");
        thread.setDaemon(true);
        return thread;
    });
    private long lastEnd = System.nanoTime() - TimeUnit.DAYS.toNanos(1);
    private long lastTook;
    private boolean pending;

    @Inject
    public RefreshPacer(Ingestion ingestion, SearchableDocuments searchable, SearchConfig config) {
        this(ingestion, searchable, config.refreshInterval());
    }

    RefreshPacer(Ingestion ingestion, SearchableDocuments searchable, Duration interval) {
        this.ingestion = ingestion;
        this.searchable = searchable;
        this.intervalNanos = interval.toNanos();
    }

    void onStart(@Observes StartupEvent event) {
        start();
    }

    void start() {
        long tick = Math.max(5, TimeUnit.NANOSECONDS.toMillis(intervalNanos) / 2);
        timer.scheduleWithFixedDelay(this::onTimer, tick, tick, TimeUnit.MILLISECONDS);
    }

    /** Called after a live batch is written: refreshes now when due, else leaves it to the next turn. */
    synchronized void written() throws IOException {
        pending = true;
        refreshIfDue();
    }

    /** Makes everything written visible now. */
    synchronized void refreshNow() throws IOException {
        refresh();
    }

    private synchronized void onTimer() {
        try {
            if (pending || ingestion.refreshPending()) {
                refreshIfDue(); // a batch waits, or a rebuild the index left for later is due
            }
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "refreshing the index failed; the next batch or tick tries again");
        }
    }

    private void refreshIfDue() throws IOException {
        if (System.nanoTime() - lastEnd >= Math.max(intervalNanos, lastTook)) {
            refresh();
        }
    }

    private void refresh() throws IOException {
        long start = System.nanoTime();
        ingestion.refresh();
        searchable.indexed(ingestion.appliedOffsets());
        pending = false;
        lastEnd = System.nanoTime();
        lastTook = lastEnd - start;
        if (lastTook > SLOW_NANOS) {
            // LuceneIndex logs what a slow refresh did
            LOG.debugf("a refresh took %d ms; the next waits as long", TimeUnit.NANOSECONDS.toMillis(lastTook));
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
