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

    /** Largest page of GET /api/v1/entities. */
    @WithDefault("100")
    int maxPageSize();
}
