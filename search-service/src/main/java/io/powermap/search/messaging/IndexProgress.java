package io.powermap.search.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;
import io.powermap.contract.KafkaSecurity;
import io.powermap.contract.Topics;
import io.powermap.search.domain.IndexStatus;
import io.powermap.search.service.Ingestion;
import io.powermap.search.service.LuceneIndex;

/**
 * How far the index is behind profiles.changes. It is caught up once every assigned partition is
 * applied up to the end offset seen at assignment; until then readiness is down and a rebuild
 * logs its progress every ten seconds. The status reads the current end offsets from the broker.
 */
@ApplicationScoped
public class IndexProgress {

    private static final Logger LOG = Logger.getLogger(IndexProgress.class);
    private static final long LOG_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final Ingestion ingestion;
    private final LuceneIndex index;
    private final String bootstrapServers;
    private final Map<Integer, Long> endAtStart = new ConcurrentHashMap<>();
    private volatile boolean caughtUp;
    private volatile long lastLog = System.nanoTime();
    private Admin admin;

    /** The connection settings of every channel (kafka.*): TLS and SASL in production. */
    private final Map<String, Object> security;

    public IndexProgress(Ingestion ingestion, LuceneIndex index,
                         @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers,
                         @Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.ingestion = ingestion;
        this.index = index;
        this.bootstrapServers = bootstrapServers;
        this.security = KafkaSecurity.of(kafka);
    }

    void assigned(int partition, long end) {
        endAtStart.put(partition, end);
        applied();
    }

    void revoked(int partition) {
        endAtStart.remove(partition);
    }

    /**
     * Whether the index is still catching up after {@code written}: not yet caught up, and some
     * partition not yet written up to the end it had when reading began.
     */
    public boolean behind(Map<Integer, Long> written) {
        return !caughtUp && !endAtStart.isEmpty() && !reached(written);
    }

    private boolean reached(Map<Integer, Long> offsets) {
        return endAtStart.entrySet().stream()
            .allMatch(end -> end.getValue() == 0 || offsets.getOrDefault(end.getKey(), -1L) + 1 >= end.getValue());
    }

    /** Called after each batch. */
    void applied() {
        if (caughtUp || endAtStart.isEmpty()) {
            return;
        }
        Map<Integer, Long> applied = ingestion.appliedOffsets();
        if (reached(applied)) {
            caughtUp = true;
            LOG.infof("the index has caught up with profiles.changes (offsets %s)", applied);
        } else if (System.nanoTime() - lastLog > LOG_EVERY_NANOS) {
            lastLog = System.nanoTime();
            LOG.infof("catching up with profiles.changes: read %s of %s (searchable together at the end)",
                ingestion.writtenOffsets(), endAtStart);
        }
    }

    public boolean caughtUp() {
        return caughtUp;
    }

    public IndexStatus status() {
        Map<Integer, Long> applied = ingestion.appliedOffsets();
        Map<Integer, Long> committed = ingestion.committedOffsets();
        Set<Integer> partitions = new TreeSet<>(endAtStart.keySet());
        partitions.addAll(applied.keySet());
        Map<Integer, Long> ends = endOffsets(partitions);
        List<IndexStatus.Partition> rows = new ArrayList<>();
        for (int partition : partitions) {
            Long read = applied.get(partition);
            Long end = ends.get(partition);
            Long lag = end == null ? null : Math.max(0, end - (read == null ? 0 : read + 1));
            rows.add(new IndexStatus.Partition(partition, read, committed.get(partition), end, lag, endAtStart.get(partition)));
        }
        return new IndexStatus(index.count(true), index.count(false), caughtUp, index.lastCommit(), rows);
    }

    private Map<Integer, Long> endOffsets(Set<Integer> partitions) {
        Map<Integer, Long> ends = new TreeMap<>();
        if (partitions.isEmpty()) {
            return ends;
        }
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(new TopicPartition(Topics.PROFILES_CHANGES, partition), OffsetSpec.latest()));
        try {
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> answer =
                admin().listOffsets(request).all().get(Duration.ofSeconds(3).toMillis(), TimeUnit.MILLISECONDS);
            answer.forEach((partition, info) -> ends.put(partition.partition(), info.offset()));
        } catch (Exception e) {
            LOG.debugf("end offsets unavailable: %s", e.getMessage());
        }
        return ends;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> settings = new HashMap<>(security);
            settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "search-service-status");
            admin = Admin.create(settings);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
