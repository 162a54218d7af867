package io.powermap.search.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.powermap.search.domain.IndexStatus;
import io.powermap.search.messaging.IndexProgress;
import io.quarkus.runtime.StartupEvent;

/**
 * {@code powermap_search_index_lag{partition}}: per partition of profiles.changes, how many
 * records the index has not applied yet (the partition's end offset minus the next offset to
 * apply), and {@code powermap_search_index_applied_offset{partition}}, the last offset applied.
 * Read every {@code powermap.search.metrics.lag-interval} (5 s) on a thread of its own, so a
 * scrape never waits for the broker.
 */
@ApplicationScoped
public class IndexLagMetrics {

    private static final Logger LOG = Logger.getLogger(IndexLagMetrics.class);

    private final IndexProgress progress;
    private final MultiGauge lag;
    private final MultiGauge applied;
    private final Duration interval;
    private ScheduledExecutorService timer;

    public IndexLagMetrics(IndexProgress progress, MeterRegistry registry,
                           @ConfigProperty(name = "powermap.search.metrics.lag-interval", defaultValue = "5s") Duration interval) {
        this.progress = progress;
        this.interval = interval;
        this.lag = MultiGauge.builder("powermap.search.index.lag")
            .description("Records of profiles.changes not yet applied to the index, by partition").register(registry);
        this.applied = MultiGauge.builder("powermap.search.index.applied.offset")
            .description("Last offset of profiles.changes applied to the index, by partition").register(registry);
    }

    void start(@Observes StartupEvent event) {
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "index-lag-metrics");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::refresh, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void refresh() {
        try {
            IndexStatus status = progress.status();
            List<MultiGauge.Row<?>> lags = new ArrayList<>();
            List<MultiGauge.Row<?>> offsets = new ArrayList<>();
            for (IndexStatus.Partition partition : status.partitions()) {
                Tags tags = Tags.of("topic", "profiles.changes", "partition", Integer.toString(partition.partition()));
                if (partition.lag() != null) {
                    lags.add(MultiGauge.Row.of(tags, partition.lag()));
                }
                if (partition.applied() != null) {
                    offsets.add(MultiGauge.Row.of(tags, partition.applied()));
                }
            }
            lag.register(lags, true);
            applied.register(offsets, true);
        } catch (RuntimeException e) {
            LOG.debugf("index lag unavailable: %s", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
