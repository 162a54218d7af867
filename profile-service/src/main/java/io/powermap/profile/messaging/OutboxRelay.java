package io.powermap.profile.messaging;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.powermap.profile.config.ProfileConfig;
import io.powermap.profile.domain.OutboxEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes outbox rows to profiles.changes in commit order and deletes them once the broker has
 * acknowledged them. A crash between the two re-sends a few events; consumers are idempotent.
 * The consumer calls it right after each commit; the schedule only sweeps up what that missed.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final MutinyEmitter<String> changes;
    private final ProfileConfig config;

    public OutboxRelay(@Channel("profiles-changes") MutinyEmitter<String> changes, ProfileConfig config) {
        this.changes = changes;
        this.config = config;
    }

    @Scheduled(every = "${powermap.profile.outbox-poll-interval}", delayed = "2s",
        concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        relay();
    }

    public synchronized void relay() {
        int sent;
        do {
            sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
        } while (sent == config.outboxBatchSize());
    }

    private int relayBatch() {
        List<OutboxEvent> batch = OutboxEvent.lockOldest(config.outboxBatchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        List<Uni<Void>> acks = batch.stream().map(event -> changes.sendMessage(Message.of(event.payload)
            .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.recordKey).build()))).toList();
        Uni.join().all(acks).andFailFast().await().atMost(Duration.ofSeconds(30));
        batch.forEach(OutboxEvent::delete);
        LOG.debugf("published %d changes", batch.size());
        return batch.size();
    }
}
