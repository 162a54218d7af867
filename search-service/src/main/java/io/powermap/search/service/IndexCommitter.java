package io.powermap.search.service;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.powermap.search.config.SearchConfig;
import io.quarkus.runtime.StartupEvent;

/**
 * Makes the index durable every {@code powermap.search.commit-interval} while changes are pending
 * (the ingestion commits sooner on its own after {@code commit-changes} changes). Searches never
 * wait for it: they see a change as soon as its batch is applied.
 */
@ApplicationScoped
public class IndexCommitter {

    private static final Logger LOG = Logger.getLogger(IndexCommitter.class);

    private final Ingestion ingestion;
    private final SearchConfig config;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "search-index-commit");
        thread.setDaemon(true);
        return thread;
    });

    public IndexCommitter(Ingestion ingestion, SearchConfig config) {
        this.ingestion = ingestion;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        long every = config.commitInterval().toMillis();
        timer.scheduleWithFixedDelay(this::commit, every, every, TimeUnit.MILLISECONDS);
    }

    private void commit() {
        try {
            ingestion.commit();
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "index commit failed; it is tried again in %s", config.commitInterval());
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
