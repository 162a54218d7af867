package io.powermap.search.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.powermap.contract.DocumentStatusEvent;
import io.powermap.contract.DocumentStatusEvent.State;
import io.powermap.contract.EventJson;
import io.powermap.contract.KafkaSecurity;
import io.powermap.contract.Topics;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Says SEARCHABLE on documents.status once this instance's index shows a document. profile-service
 * publishes a document's APPLIED only after its changes are on profiles.changes, so when an APPLIED
 * is read, the end offsets profiles.changes has then lie beyond every change of that document:
 * once the index has applied (made visible) up to them, the document is searchable. This needs no
 * document ids in the change events, and covers a document whose changes were none (its facts
 * were known already). The bound is safe, not tight: changes published meanwhile by other
 * documents are waited for too, usually the next batch.
 */
@ApplicationScoped
public class SearchableDocuments {

    private static final Logger LOG = Logger.getLogger(SearchableDocuments.class);

    /** An APPLIED, and the profiles.changes end offsets by partition when it was read (null: not known yet). */
    private record Waiting(DocumentStatusEvent applied, Map<Integer, Long> until) {
    }

    private final Map<String, Waiting> waiting = new LinkedHashMap<>();
    private final MutinyEmitter<String> statuses;
    private final Map<String, Object> adminSettings;
    private Admin admin;

    /** {@code kafka}: the connection settings of every channel (kafka.*), TLS and SASL in production. */
    public SearchableDocuments(@Channel("documents-status-out") MutinyEmitter<String> statuses,
                               @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers,
                               @Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.statuses = statuses;
        this.adminSettings = KafkaSecurity.of(kafka);
        adminSettings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        adminSettings.put(AdminClientConfig.CLIENT_ID_CONFIG, "search-service-searchable");
    }

    /** Steps read from documents.status, in topic order. */
    public synchronized void read(List<DocumentStatusEvent> steps) {
        Map<Integer, Long> ends = null;
        for (DocumentStatusEvent step : steps) {
            if (step.documentId() == null || step.state() == null) {
                continue;
            }
            Waiting current = waiting.get(step.documentId());
            if (step.state() == State.APPLIED) {
                if (ends == null) {
                    ends = endOffsets();
                }
                waiting.put(step.documentId(), new Waiting(step, ends));
            } else if (current != null && step.supersedes(current.applied())) {
                waiting.remove(step.documentId()); // said searchable already, or sent again since
            }
        }
    }

    /** After the index has made everything up to {@code applied} (partition to last offset) searchable. */
    public synchronized void indexed(Map<Integer, Long> applied) {
        if (waiting.isEmpty()) {
            return;
        }
        Map<Integer, Long> ends = null;
        for (Iterator<Waiting> it = waiting.values().iterator(); it.hasNext(); ) {
            Waiting next = it.next();
            Map<Integer, Long> until = next.until();
            if (until == null) {
                if (ends == null) {
                    ends = endOffsets();
                }
                until = ends;
            }
            if (until != null && reached(until, applied)) {
                it.remove();
                publish(next.applied());
            } else if (until != next.until()) {
                waiting.put(next.applied().documentId(), new Waiting(next.applied(), until));
            }
        }
    }

    private static boolean reached(Map<Integer, Long> until, Map<Integer, Long> applied) {
        return until.entrySet().stream()
            .allMatch(end -> end.getValue() == 0 || applied.getOrDefault(end.getKey(), -1L) + 1 >= end.getValue());
    }

    private void publish(DocumentStatusEvent applied) {
        DocumentStatusEvent searchable = DocumentStatusEvent.of(applied.documentId(), State.SEARCHABLE, null,
            applied.entities(), applied.relationships(), applied.submission(), null, null, "search-service");
        try {
            statuses.sendMessage(Message.of(EventJson.write(searchable))
                    .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(applied.documentId()).build()))
                .subscribe().with(done -> { }, failure -> retryLater(applied, failure));
        } catch (RuntimeException e) {
            retryLater(applied, e);
        }
    }

    private void retryLater(DocumentStatusEvent applied, Throwable failure) {
        LOG.warnf("SEARCHABLE of %s not published (%s); tried again after the next batch", applied.documentId(),
            failure.getMessage());
        synchronized (this) {
            waiting.putIfAbsent(applied.documentId(), new Waiting(applied, Map.of()));
        }
    }

    /** profiles.changes' end offsets by partition; null when the broker does not say. */
    private Map<Integer, Long> endOffsets() {
        try {
            Admin client = admin();
            var description = client.describeTopics(List.of(Topics.PROFILES_CHANGES)).allTopicNames()
                .get(3, TimeUnit.SECONDS).get(Topics.PROFILES_CHANGES);
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            description.partitions().forEach(p -> request.put(new TopicPartition(Topics.PROFILES_CHANGES, p.partition()),
                OffsetSpec.latest()));
            Map<Integer, Long> ends = new HashMap<>();
            client.listOffsets(request).all().get(3, TimeUnit.SECONDS)
                .forEach((partition, info) -> ends.put(partition.partition(), info.offset()));
            return ends;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.debugf("end offsets of %s unavailable: %s", Topics.PROFILES_CHANGES, e.getMessage());
            return null;
        }
    }

    private Admin admin() {
        if (admin == null) {
            admin = Admin.create(adminSettings);
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
