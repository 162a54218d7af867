package io.powermap.profile.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.powermap.profile.config.ProfileConfig;
import io.powermap.profile.domain.ProcessedEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/** Keeps processed_event bounded: ids older than the retention go, a batch per transaction. */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);
    private static final int BATCH = 5000;

    private final ProcessedEvents processed;
    private final ProfileConfig config;

    public Retention(ProcessedEvents processed, ProfileConfig config) {
        this.processed = processed;
        this.config = config;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        forgetExpired();
    }

    /** @return how many event ids were forgotten */
    public int forgetExpired() {
        Instant before = Instant.now().minus(config.processedEventRetention());
        int total = 0;
        int removed;
        do {
            removed = QuarkusTransaction.requiringNew().call(() -> processed.forgetBefore(before, BATCH));
            total += removed;
        } while (removed == BATCH);
        if (total > 0) {
            LOG.infof("forgot %d applied event ids older than %s", total, config.processedEventRetention());
        }
        return total;
    }
}
