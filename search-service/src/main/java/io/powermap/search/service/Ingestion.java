package io.powermap.search.service;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.powermap.search.domain.IndexedChange;

/**
 * How changes enter the index, as nrtsearch separates it: {@link #apply} makes a batch visible to
 * searches at once (a near-real-time reopen, no fsync); {@link #commit} makes everything applied
 * so far durable together with the offsets it covers. A restart resumes from the offsets of the
 * last commit and applies again what came after (applying is idempotent: by id).
 */
public interface Ingestion {

    void apply(List<IndexedChange> batch) throws IOException;

    /** Durable commit of everything applied, with the offsets; nothing happens when nothing is pending. */
    void commit() throws IOException;

    /** Partition to the last offset the last durable commit contains. */
    Map<Integer, Long> committedOffsets();

    /** Partition to the last offset applied (visible, maybe not yet durable). */
    Map<Integer, Long> appliedOffsets();
}
