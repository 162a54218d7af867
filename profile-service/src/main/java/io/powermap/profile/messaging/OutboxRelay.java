package io.powermap.profile.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * acknowledged them, a batch at a time. Rows whose records a relay got acknowledged but did not
 * delete (killed in between, its transaction rolled back, a failed batch partly delivered) are found
 * at the end of the topic and deleted instead of sent again ({@link PublishedTail}), so that an event
 * id is on profiles.changes once. The consumer wakes it after each commit (it drains on its own
 * thread, so applying never waits for the broker); the schedule only sweeps up what that missed.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Tries before a change the broker keeps refusing is set aside (it stays in the outbox table). */
    static final int MAX_ATTEMPTS = 5;
    /** relayBatch's answers besides the number of rows handled. */
    private static final int ANOTHER_RELAY = -1;
    private static final int FAILED = -2;

    private final MutinyEmitter<String> changes;
    private final MutinyEmitter<String> statuses;
    private final OutboxRows outbox;
    private final PublishedTail tail;
    private final ProfileConfig config;
    private final ExecutorService drainer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wakePending = new AtomicBoolean();
    /**
     * Whether the oldest rows may already be on their topic. True at start and after a relay
     * transaction failed or another instance held the relay lock; false once a batch transaction
     * of this relay committed: from then on every row in the outbox was written after the last
     * send, or checked. Guarded by relay()'s lock.
     */
    private boolean unsure = true;

    public OutboxRelay(@Channel("profiles-changes") MutinyEmitter<String> changes,
                       @Channel("documents-status") MutinyEmitter<String> statuses, OutboxRows outbox, PublishedTail tail,
                       ProfileConfig config) {
        this.changes = changes;
        this.statuses = statuses;
        this.outbox = outbox;
        this.tail = tail;
        this.config = config;
    }

    /**
     * Not before the application has started: the scheduler fires during start, and the first
     * call makes this bean, whose emitters exist only once the messaging channels are wired
     * (SRMSG00019 "Unable to connect an emitter" with a stack trace at every start otherwise).
     * A failure is a line, as for a wake: the scheduler would log a stack trace a second while the
     * database or the broker is away (four in a fault run, at its PostgreSQL restart and its stop).
     */
    @Scheduled(every = "${powermap.profile.outbox-poll-interval}", delayed = "2s",
        concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        try {
            relay();
        } catch (RuntimeException e) {
            LOG.warnf("publishing changes failed, the next sweep retries: %s", e.getMessage());
        }
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
        int handled;
        do {
            boolean check = unsure;
            unsure = true; // until this batch's transaction has committed
            // the timeout of a slow batch (config transactionTimeout), not the 60 s default: the broker's
            // acknowledgements are awaited inside the transaction, up to 30 s a send
            handled = QuarkusTransaction.requiringNew().timeout(timeoutSeconds()).call(() -> relayBatch(check));
            unsure = handled < 0;
        } while (handled == config.outboxBatchSize());
    }

    /** The rows handled (sent or found sent), or {@link #ANOTHER_RELAY} or {@link #FAILED}. */
    private int relayBatch(boolean check) {
        if (!outbox.lockRelay()) {
            return ANOTHER_RELAY;
        }
        List<OutboxRows.Pending> batch = outbox.oldest(config.outboxBatchSize(), MAX_ATTEMPTS);
        if (batch.isEmpty()) {
            return 0;
        }
        List<OutboxRows.Pending> toSend = check ? notSentYet(batch, "left by an earlier relay") : batch;
        // sent with the transaction suspended (its row locks stay held), so that no broker callback
        // thread is ever associated with it
        try {
            QuarkusTransaction.suspendingExisting().run(() -> send(toSend));
        } catch (RuntimeException e) {
            // some of the batch may be on the topic by now: those are not sent again
            List<OutboxRows.Pending> left = notSentYet(toSend, "of a failed batch");
            List<OutboxRows.Pending> done = new ArrayList<>(batch);
            done.removeAll(left);
            return relayOneByOne(left, done);
        }
        outbox.delete(batch);
        LOG.debugf("published %d changes", toSend.size());
        return batch.size();
    }

    /**
     * The rows not yet on their topic. When the topics' ends cannot be read, all of them (sent again
     * at worst, which readers drop by event id; a relay that stopped instead would hold back every change).
     */
    private List<OutboxRows.Pending> notSentYet(List<OutboxRows.Pending> rows, String which) {
        long start = System.nanoTime();
        Set<Long> sent;
        try {
            sent = QuarkusTransaction.suspendingExisting().call(() -> tail.alreadySent(rows, config.outboxBatchSize()));
        } catch (RuntimeException e) {
            LOG.warnf("could not read the end of the topics to find changes already sent; sending %d anyway: %s",
                rows.size(), e.getMessage());
            return rows;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (sent.isEmpty()) {
            LOG.debugf("none of %d changes found on their topics (%d ms)", rows.size(), ms);
            return rows;
        }
        LOG.infof("%d of %d changes %s were on their topics already, not sent again (%d ms to look)", sent.size(),
            rows.size(), which, ms);
        return rows.stream().filter(row -> !sent.contains(row.id())).toList();
    }

    /**
     * After a failed batch: the rows not found on their topic, in order until the first that fails,
     * which counts a try and stops the batch (later rows for its key must not overtake it). After
     * {@value #MAX_ATTEMPTS} tries a row is set aside, with a log line, and the rows behind it go on.
     * A failed send may still have reached the broker, so the next batch looks at the topic's end again.
     */
    private int relayOneByOne(List<OutboxRows.Pending> batch, List<OutboxRows.Pending> alreadySent) {
        List<OutboxRows.Pending> sent = new ArrayList<>(alreadySent);
        boolean failed = false;
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
                failed = true;
                break;
            }
        }
        outbox.delete(sent);
        return failed ? FAILED : 0;
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

    /**
     * Waits for every send's outcome, not only the first failure, so that when a batch fails none
     * of its records is still on its way while the relay looks for the ones that arrived.
     */
    private static void await(List<Uni<Void>> acks) {
        if (!acks.isEmpty()) {
            Uni.join().all(acks).andCollectFailures().await().atMost(Duration.ofSeconds(30));
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
