package io.powermap.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.powermap.contract.EntityChanged;
import io.powermap.contract.EntityType;
import io.powermap.contract.ProfileChange.Change;
import io.powermap.search.config.SearchConfig;
import io.powermap.search.domain.IndexedChange;

/** Visibility and durability are separate: a batch is searchable at once, durable with its offsets at commit. */
class LuceneIndexTest {

    @TempDir
    Path dir;

    private SearchConfig config(int commitChanges) {
        return new SearchConfig() {
            public String indexDir() { return dir.toString(); }
            public int maxResults() { return 100; }
            public int maxQueryLength() { return 500; }
            public Duration queryTimeLimit() { return Duration.ofSeconds(2); }
            public Duration refreshInterval() { return Duration.ofMillis(50); }
            public Duration commitInterval() { return Duration.ofHours(1); }
            public int commitChanges() { return commitChanges; }
            public Optional<URI> profileUrl() { return Optional.empty(); }
            public Optional<String> profileToken() { return Optional.empty(); }
            public Duration profileTimeout() { return Duration.ofSeconds(1); }
        };
    }

    private static IndexedChange organization(String name, long offset) {
        return new IndexedChange(new EntityChanged(1, UUID.randomUUID().toString(), Change.UPSERTED, Instant.now(),
            UUID.randomUUID().toString(), EntityType.ORGANIZATION, name, List.of(), Map.of(), List.of()), 0, offset);
    }

    @Test
    void shouldShowABatchToSearchesBeforeItIsCommittedAndResumeFromTheCommit() throws Exception {
        LuceneIndex index = new LuceneIndex(config(1000));
        index.apply(List.of(organization("Granite Peak Alliance", 0), organization("Fern Hollow Society", 1)));

        assertEquals(2, index.count(true));
        assertEquals(Map.of(0, 1L), index.appliedOffsets());
        assertEquals(Map.of(), index.committedOffsets());

        index.commit();
        assertEquals(Map.of(0, 1L), index.committedOffsets());
        index.apply(List.of(new IndexedChange(null, 0, 2))); // a tombstone: nothing to apply, but read
        index.close();

        LuceneIndex reopened = new LuceneIndex(config(1000));
        assertEquals(Map.of(0, 2L), reopened.committedOffsets());
        assertEquals(2, reopened.count(true));
        reopened.close();
    }

    @Test
    void shouldCommitOnItsOwnAfterTheConfiguredNumberOfChanges() throws Exception {
        LuceneIndex index = new LuceneIndex(config(3));
        index.apply(List.of(organization("Willow Bend Trust", 10), organization("Quarry Road Fund", 11)));
        assertEquals(Map.of(), index.committedOffsets());
        index.apply(List.of(organization("Salt Marsh Keepers", 12)));
        assertEquals(Map.of(0, 12L), index.committedOffsets());
        index.close();
    }
}
