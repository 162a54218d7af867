package io.powermap.profile.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "powermap.profile")
public interface ProfileConfig {

    /** How often the outbox is swept for changes that were not published right after their commit. */
    @WithDefault("1s")
    String outboxPollInterval();

    /** Changes published per transaction. */
    @WithDefault("200")
    int outboxBatchSize();

    /**
     * How long applied event ids are remembered (redeliveries within it are skipped; an older one is
     * applied again, which leaves the same graph).
     */
    @WithDefault("30d")
    Duration processedEventRetention();

    /**
     * Timeout of the transactions that apply a poll (or one document) and relay a batch of changes.
     * Sized for the slowest batch, not the 60 s default: when a transaction outlives its timeout,
     * Narayana's reaper rolls it back from its own thread while the applying thread is still at
     * work ("multiple threads active"); the work is thrown away, the poll is applied again one
     * document at a time, and a document whose own transaction keeps timing out goes to the
     * dead-letter topic. A round-one poll of 100 documents took 14 s on a loaded 2-core machine;
     * the relay's fallback sends rows one at a time, each waiting up to 30 s for the broker.
     */
    @WithDefault("10m")
    Duration transactionTimeout();

    /**
     * Documents in the first transaction after the service starts; each later one holds twice as many
     * until a whole poll goes in one. A restarted service meets a backlog with a cold JVM: a whole poll
     * of 100 documents in its first transaction took 5 to 16 s to commit in fault runs, so nothing
     * showed it working again until then.
     */
    @WithDefault("4")
    int firstTransactionDocuments();

    /** Largest page of GET /api/v1/entities. */
    @WithDefault("100")
    int maxPageSize();
}
