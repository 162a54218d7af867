package io.powermap.profile.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.powermap.profile.config.ProfileConfig;
import io.powermap.profile.domain.OutboxRows;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes outbox rows to profiles.changes in commit order and deletes them once the broker has
 * acknowledged them, a batch at a time. A crash between the two re-sends a few events; consumers
 * are idempotent. The consumer wakes it after each commit (it drains on its own thread, so applying
 * never waits for the broker); the schedule only sweeps up what that missed.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Tries before a change the broker keeps refusing is set aside (it stays in the outbox table). */
    static final int MAX_ATTEMPTS = 5;

    private final MutinyEmitter<String> changes;
    private final MutinyEmitter<String> statuses;
    private final OutboxRows outbox;
    private final ProfileConfig config;
    private final ExecutorService drainer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wakePending = new AtomicBoolean();

    public OutboxRelay(@Channel("profiles-changes") MutinyEmitter<String> changes,
                       @Channel("documents-status") MutinyEmitter<String> statuses, OutboxRows outbox, ProfileConfig config) {
        this.changes = changes;
        this.statuses = statuses;
        this.outbox = outbox;
        this.config = config;
    }

    @Scheduled(every = "${powermap.profile.outbox-poll-interval}", delayed = "2s",
        concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        relay();
    }

    /** Asks for a drain soon; wakes arriving while one is pending are folded into it. */
    public void wake() {
        if (wakePending.compareAndSet(false, true)) {
            drainer.execute(() -> {
                wakePending.set(false);
                try {
                    relay();
                } catch (RuntimeException e) {
                    LOG.warnf("publishing changes failed, the sweep retries: %s", e.getMessage());
                }
            });
        }
    }

    /** Publishes everything waiting; one relay at a time, so events for one key leave in commit order. */
    public synchronized void relay() {
        int sent;
        do {
            // the timeout of a slow batch (config transactionTimeout), not the 60 s default: the broker's
            // acknowledgements are awaited inside the transaction, up to 30 s a send
            sent = QuarkusTransaction.requiringNew().timeout(timeoutSeconds()).call(this::relayBatch);
        } while (sent == config.outboxBatchSize());
    }

    private int relayBatch() {
        if (!outbox.lockRelay()) {
            return 0;
        }
        List<OutboxRows.Pending> batch = outbox.lockOldest(config.outboxBatchSize(), MAX_ATTEMPTS);
        if (batch.isEmpty()) {
            return 0;
        }
        // sent with the transaction suspended (its row locks stay held), so that no broker callback
        // thread is ever associated with it
        try {
            QuarkusTransaction.suspendingExisting().run(() -> send(batch));
        } catch (RuntimeException e) {
            return relayOneByOne(batch);
        }
        outbox.delete(batch);
        LOG.debugf("published %d changes", batch.size());
        return batch.size();
    }

    /**
     * After a failed batch: the rows in order until the first that fails, which counts a try and
     * stops the batch (later rows for its key must not overtake it). After {@value #MAX_ATTEMPTS}
     * tries a row is set aside, with a log line, and the rows behind it go on.
     */
    private int relayOneByOne(List<OutboxRows.Pending> batch) {
        List<OutboxRows.Pending> sent = new ArrayList<>();
        for (OutboxRows.Pending row : batch) {
            try {
                QuarkusTransaction.suspendingExisting().run(() -> send(List.of(row)));
                sent.add(row);
            } catch (RuntimeException e) {
                int attempts = outbox.failed(row);
                if (attempts >= MAX_ATTEMPTS) {
                    LOG.errorf("change %d for %s set aside after %d failed tries: %s", row.id(), row.key(), attempts,
                        e.getMessage());
                } else {
                    LOG.warnf("change %d for %s not published (try %d of %d): %s", row.id(), row.key(), attempts,
                        MAX_ATTEMPTS, e.getMessage());
                }
                break;
            }
        }
        outbox.delete(sent);
        return 0;
    }

    /**
     * The batch's changes, then its document statuses: a document is APPLIED on documents.status
     * only once its changes are on profiles.changes (search-service counts on it).
     */
    private void send(List<OutboxRows.Pending> batch) {
        await(batch.stream().filter(row -> row.topic() == null).map(row -> send(changes, row)).toList());
        await(batch.stream().filter(row -> row.topic() != null).map(row -> send(statuses, row)).toList());
    }

    private static Uni<Void> send(MutinyEmitter<String> emitter, OutboxRows.Pending row) {
        return emitter.sendMessage(Message.of(row.payload())
            .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(row.key()).build()));
    }

    private static void await(List<Uni<Void>> acks) {
        if (!acks.isEmpty()) {
            Uni.join().all(acks).andFailFast().await().atMost(Duration.ofSeconds(30));
        }
    }

    private int timeoutSeconds() {
        return (int) Math.min(Integer.MAX_VALUE, config.transactionTimeout().toSeconds());
    }

    @PreDestroy
    void stop() {
        drainer.shutdownNow();
    }
}
