package io.powermap.search.service;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.powermap.search.domain.IndexedChange;

/**
 * How changes enter the index, as nrtsearch separates it: {@link #write} takes a batch in,
 * {@link #refresh} makes everything written visible to searches (the entities the changes touch
 * rebuilt from their ties, a near-real-time reopen, no fsync), {@link #apply} is both;
 * {@link #commit} makes everything applied so far durable together with the offsets it covers. A
 * restart resumes from the offsets of the last commit and applies again what came after (applying
 * is idempotent: by id).
 */
public interface Ingestion {

    /** {@link #write} then {@link #refresh}: the batch is searchable when this returns. */
    default void apply(List<IndexedChange> batch) throws IOException {
        write(batch);
        refresh();
    }

    /**
     * Takes a batch in without making it visible. While catching up, the consumer writes many
     * batches and refreshes once: an entity touched by every batch (a funder of thousands) is
     * rebuilt once, not once per batch.
     */
    void write(List<IndexedChange> batch) throws IOException;

    /** Makes everything written visible; its offsets become the applied ones. Nothing happens when nothing is written. */
    void refresh() throws IOException;

    /**
     * Whether a {@link #refresh} now has work: something written is not visible yet, or a rebuild
     * left for later (a large entity's, paced; see {@code RebuildSchedule}) is due.
     */
    default boolean refreshPending() {
        return false;
    }

    /** Partition to the last offset written, visible or not. */
    Map<Integer, Long> writtenOffsets();

    /** Durable commit of everything applied, with the offsets; nothing happens when nothing is pending. */
    void commit() throws IOException;

    /** Partition to the last offset the last durable commit contains. */
    Map<Integer, Long> committedOffsets();

    /** Partition to the last offset applied (visible, maybe not yet durable). */
    Map<Integer, Long> appliedOffsets();
}
