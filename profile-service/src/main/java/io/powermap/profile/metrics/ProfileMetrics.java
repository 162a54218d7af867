package io.powermap.profile.metrics;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import io.powermap.contract.ProfileChange;

/**
 * The figures of profile-service at /q/metrics (README "Metrics, traces and logs"), observed from
 * outside the apply path:
 * <ul>
 * <li>{@code powermap_profile_documents_applied_total}: documents in the polls of documents.parsed
 * whose offsets were committed (applied, or dead-lettered);</li>
 * <li>{@code powermap_profile_apply_seconds}: histogram of the time from a poll's delivery to the
 * handler until its offsets are acknowledged, i.e. after the transaction that applied it committed;</li>
 * <li>{@code powermap_profile_entities_applied_total{change}} and
 * {@code powermap_profile_relationships_applied_total{change}}: entity and relationship changes
 * (UPSERTED, DELETED) applied and published, counted as the broker acknowledges each change event;</li>
 * <li>{@code powermap_profile_outbox_backlog}: change events waiting in the outbox table, and
 * {@code powermap_profile_outbox_oldest_seconds}: the age of the oldest (0 when empty).</li>
 * </ul>
 */
// built at start, so that every figure is exposed (at zero) before the first document
@Startup
@Singleton
public class ProfileMetrics {

    private static final Logger LOG = Logger.getLogger(ProfileMetrics.class);
    /** Scrapes closer together than this share one query. */
    private static final long OUTBOX_REFRESH_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final MeterRegistry registry;
    private final DataSource data;
    private final Counter documents;
    private final Timer apply;
    private long outboxReadAt;
    private double backlog;
    private double oldestSeconds;

    public ProfileMetrics(MeterRegistry registry, DataSource data) {
        this.registry = registry;
        this.data = data;
        this.documents = Counter.builder("powermap.profile.documents.applied")
            .description("Documents in polls of documents.parsed whose offsets were committed").register(registry);
        this.apply = Timer.builder("powermap.profile.apply")
            .description("Time from a poll's delivery until its documents were applied and committed")
            .publishPercentileHistogram().register(registry);
        for (ProfileChange.Change change : ProfileChange.Change.values()) {
            changes("entities", change);
            changes("relationships", change);
        }
        Gauge.builder("powermap.profile.outbox.backlog", this, metrics -> metrics.outbox()[0])
            .description("Change events waiting in the outbox table for Kafka").register(registry);
        Gauge.builder("powermap.profile.outbox.oldest", this, metrics -> metrics.outbox()[1])
            .description("Age of the oldest change event waiting in the outbox (0 when none waits)")
            .baseUnit("seconds").register(registry);
    }

    void pollApplied(int documentCount, long nanos) {
        documents.increment(documentCount);
        if (nanos >= 0) {
            apply.record(nanos, TimeUnit.NANOSECONDS);
        }
    }

    /** {@code entity}: an entity's change, else a relationship's. */
    void changePublished(boolean entity, ProfileChange.Change change) {
        changes(entity ? "entities" : "relationships", change).increment();
    }

    private Counter changes(String what, ProfileChange.Change change) {
        return Counter.builder("powermap.profile." + what + ".applied")
            .description("Changes of " + what + " applied and published to profiles.changes")
            .tag("change", change.name()).register(registry);
    }

    /** The outbox's row count and the age of its oldest row in seconds, read at most twice a second. */
    private synchronized double[] outbox() {
        long now = System.nanoTime();
        if (outboxReadAt == 0 || now - outboxReadAt > OUTBOX_REFRESH_NANOS) {
            outboxReadAt = now;
            try (Connection connection = data.getConnection(); Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("select count(*), coalesce(extract(epoch from "
                     + "(now() - min(created_at))), 0) from outbox")) {
                row.next();
                backlog = row.getLong(1);
                oldestSeconds = Math.max(0, row.getDouble(2));
            } catch (SQLException e) {
                LOG.debugf("outbox backlog unavailable: %s", e.getMessage());
            }
        }
        return new double[] {backlog, oldestSeconds};
    }
}
