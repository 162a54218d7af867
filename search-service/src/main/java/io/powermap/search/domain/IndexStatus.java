package io.powermap.search.domain;

import java.time.Instant;
import java.util.List;

/**
 * How far the index has read profiles.changes. {@code applied} is visible to searches,
 * {@code committed} is durable (where a restart resumes); {@code lag} is end minus applied.
 */
public record IndexStatus(long entities, long relationships, boolean caughtUp, Instant lastCommit,
                          List<Partition> partitions) {

    public record Partition(int partition, Long applied, Long committed, Long end, Long lag, Long endAtStart) {
    }
}
