package io.powermap.search.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.powermap.search.domain.IndexedChange;
import io.powermap.search.service.Ingestion;

/**
 * When written batches become visible: at once on an idle index; batches that come while a
 * refresh would be too soon are made visible together, by the timer if no batch follows.
 */
class RefreshPacerTest {

    private RefreshPacer pacer;

    @AfterEach
    void stop() {
        if (pacer != null) {
            pacer.stop();
        }
    }

    @Test
    void shouldShowABatchAtOnceWhenTheIndexIsIdle() throws Exception {
        CountingIngestion index = new CountingIngestion(0);
        pacer = started(index, Duration.ofSeconds(1));
        pacer.written();
        assertEquals(1, index.refreshes.get(), "the first batch is searchable when written() returns");
    }

    @Test
    void shouldRefreshABurstTogetherAndNotLeaveItsTailInvisible() throws Exception {
        CountingIngestion index = new CountingIngestion(0);
        pacer = started(index, Duration.ofSeconds(1));
        for (int batch = 0; batch < 20; batch++) {
            pacer.written();
        }
        assertEquals(1, index.refreshes.get(), "the batches after the first wait for the interval");
        assertTrue(awaitRefreshes(index, 2, Duration.ofSeconds(5)), "the timer makes the rest visible");
        Thread.sleep(1_500);
        assertEquals(2, index.refreshes.get(), "nothing written since: no further refresh");
    }

    @Test
    void shouldWaitAsLongAsTheLastRefreshTookBeforeTheNext() throws Exception {
        CountingIngestion index = new CountingIngestion(400);
        pacer = started(index, Duration.ofMillis(10));
        pacer.written();
        long after = System.nanoTime();
        pacer.written();
        assertEquals(1, index.refreshes.get(), "a refresh of 400 ms is not followed by another at once");
        assertTrue(awaitRefreshes(index, 2, Duration.ofSeconds(5)));
        assertTrue(System.nanoTime() - after >= Duration.ofMillis(350).toNanos(), "the second came after the first's duration");
    }

    @Test
    void shouldRefreshAtOnceWhenAskedToWhateverTheInterval() throws Exception {
        CountingIngestion index = new CountingIngestion(0);
        pacer = started(index, Duration.ofHours(1));
        pacer.written();
        pacer.refreshNow();
        assertEquals(2, index.refreshes.get());
    }

    @Test
    void shouldComeBackOnItsOwnForRebuildsTheIndexLeftForLater() throws Exception {
        CountingIngestion index = new CountingIngestion(0);
        index.leftForLater = 3; // the first three refreshes each leave a paced rebuild behind
        pacer = started(index, Duration.ofMillis(20));
        pacer.written();
        assertTrue(awaitRefreshes(index, 4, Duration.ofSeconds(5)), "no batch follows, yet the timer refreshes until nothing waits");
        Thread.sleep(300);
        assertEquals(4, index.refreshes.get(), "nothing waits any more: no further refresh");
    }

    private static RefreshPacer started(Ingestion index, Duration interval) {
        RefreshPacer pacer = new RefreshPacer(index, new SearchableDocuments(null, "127.0.0.1:9", Map.of()), interval);
        pacer.start();
        return pacer;
    }

    private static boolean awaitRefreshes(CountingIngestion index, int count, Duration limit) throws InterruptedException {
        long until = System.nanoTime() + limit.toNanos();
        while (index.refreshes.get() < count && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        return index.refreshes.get() >= count;
    }

    /** An ingestion that only counts refreshes, each taking {@code millis}. */
    private static final class CountingIngestion implements Ingestion {
        final AtomicInteger refreshes = new AtomicInteger();
        private final long millis;
        volatile int leftForLater;

        CountingIngestion(long millis) {
            this.millis = millis;
        }

        @Override
        public void write(List<IndexedChange> batch) {
        }

        @Override
        public void refresh() {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            refreshes.incrementAndGet();
        }

        @Override
        public boolean refreshPending() {
            return refreshes.get() <= leftForLater;
        }

        @Override
        public Map<Integer, Long> writtenOffsets() {
            return Map.of();
        }

        @Override
        public void commit() {
        }

        @Override
        public Map<Integer, Long> committedOffsets() {
            return Map.of();
        }

        @Override
        public Map<Integer, Long> appliedOffsets() {
            return Map.of();
        }
    }
}
