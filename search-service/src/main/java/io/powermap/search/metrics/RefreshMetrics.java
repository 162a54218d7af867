package io.powermap.search.metrics;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.powermap.search.service.LuceneIndex;
import io.quarkus.runtime.Startup;

/**
 * What making changes visible costs: {@code powermap_search_refresh_seconds} (count and sum of the
 * refreshes: touched entities rebuilt from their ties and a new searcher opened),
 * {@code powermap_search_entities_rebuilt_total} and {@code powermap_search_entities_deferred_total}
 * (touched entities with many ties left to a later rebuild, at most a second later; see the README,
 * "Large entities"). Rebuilds per document applied tell how much a stream costs the index.
 */
@Startup
@ApplicationScoped
public class RefreshMetrics {

    public RefreshMetrics(LuceneIndex index, MeterRegistry registry) {
        FunctionTimer.builder("powermap.search.refresh", index, i -> i.refreshStats().refreshes(),
                i -> i.refreshStats().nanos(), TimeUnit.NANOSECONDS)
            .description("Refreshes of the index (entities rebuilt, searcher reopened) and the time they took")
            .register(registry);
        FunctionCounter.builder("powermap.search.entities.rebuilt", index, i -> i.refreshStats().entitiesRebuilt())
            .description("Entity documents rebuilt from their ties").register(registry);
        FunctionCounter.builder("powermap.search.entities.deferred", index, i -> i.refreshStats().entitiesDeferred())
            .description("Touched entities with many ties left to a rebuild at most a second later").register(registry);
    }
}
