package io.powermap.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.powermap.contract.EntityChanged;
import io.powermap.contract.EntityType;
import io.powermap.contract.ProfileChange.Change;
import io.powermap.search.config.SearchConfig;
import io.powermap.search.support.IndexConfigs;
import io.powermap.search.domain.IndexedChange;
import io.powermap.search.messaging.IndexOffsets;
import io.powermap.search.messaging.IndexProgress;

/** Where reading profiles.changes resumes when the partition is assigned ({@link IndexOffsets}). */
class IndexResumeTest {

    private static final TopicPartition PARTITION = new TopicPartition("profiles.changes", 0);

    @TempDir
    Path dir;

    @Test
    void aPartitionAssignedAgainResumesAfterWhatTheLiveIndexAppliedNotAtItsLastCommit() throws Exception {
        LuceneIndex index = new LuceneIndex(config());
        index.apply(List.of(organization("Granite Peak Alliance", 0), organization("Fern Hollow Society", 1)));
        index.commit();
        index.apply(List.of(organization("Willow Bend Trust", 2), organization("Quarry Road Fund", 3)));

        assertEquals(4, positionAfterAssignment(index, 10));
        index.close();
    }

    @Test
    void aNewProcessResumesAfterTheIndexsLastCommitAndANewIndexFromTheBeginning() throws Exception {
        LuceneIndex index = new LuceneIndex(config());
        assertEquals(0, positionAfterAssignment(index, 10));
        index.apply(List.of(organization("Salt Marsh Keepers", 0), organization("Cedar Ridge Union", 1)));
        index.close(); // commits what it applied

        LuceneIndex reopened = new LuceneIndex(config());
        assertEquals(2, positionAfterAssignment(reopened, 10));
        reopened.close();
    }

    private static long positionAfterAssignment(LuceneIndex index, long end) {
        MockConsumer<String, String> consumer = new MockConsumer<>("earliest");
        consumer.assign(List.of(PARTITION));
        consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
        consumer.updateEndOffsets(Map.of(PARTITION, end));
        IndexProgress progress = new IndexProgress(index, index, "127.0.0.1:1", Map.of());
        new IndexOffsets(index, progress).onPartitionsAssigned(consumer, List.of(PARTITION));
        return consumer.position(PARTITION);
    }

    private SearchConfig config() {
        return IndexConfigs.inFolder(dir, 1000, Duration.ofHours(1));
    }

    private static IndexedChange organization(String name, long offset) {
        return new IndexedChange(new EntityChanged(1, UUID.randomUUID().toString(), Change.UPSERTED, Instant.now(),
            UUID.randomUUID().toString(), EntityType.ORGANIZATION, name, List.of(), Map.of(), List.of()), 0, offset);
    }
}
