package io.powermap.search.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the index has applied profiles.changes up to where the topic ended when reading began. */
@Readiness
@ApplicationScoped
public class IndexReadiness implements HealthCheck {

    private final IndexProgress progress;

    public IndexReadiness(IndexProgress progress) {
        this.progress = progress;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("search-index-caught-up").status(progress.caughtUp()).build();
    }
}
