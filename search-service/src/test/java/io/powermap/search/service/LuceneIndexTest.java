package io.powermap.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;
import java.util.UUID;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.powermap.contract.EntityChanged;
import io.powermap.contract.EntityType;
import io.powermap.contract.EventJson;
import io.powermap.contract.ProfileChange.Change;
import io.powermap.contract.RelationshipChanged;
import io.powermap.contract.RelationshipType;
import io.powermap.search.config.SearchConfig;
import io.powermap.search.support.IndexConfigs;
import io.powermap.search.domain.IndexedChange;

/** Visibility and durability are separate: a batch is searchable at once, durable with its offsets at commit. */
class LuceneIndexTest {

    @TempDir
    Path dir;

    private SearchConfig config(int commitChanges) {
        return IndexConfigs.inFolder(dir, commitChanges, Duration.ofHours(1));
    }

    private static IndexedChange organization(String name, long offset) {
        return organization(UUID.randomUUID().toString(), name, offset);
    }

    private static IndexedChange organization(String id, String name, long offset) {
        return new IndexedChange(new EntityChanged(1, UUID.randomUUID().toString(), Change.UPSERTED, Instant.now(),
            id, EntityType.ORGANIZATION, name, List.of(), Map.of(), List.of()), 0, offset);
    }

    private static IndexedChange tie(String tieId, Change change, RelationshipType type, String source, String target,
                                     String sentence, long offset) {
        return tie(tieId, change, type, source, target, List.of(sentence), offset);
    }

    private static IndexedChange tie(String tieId, Change change, RelationshipType type, String source, String target,
                                     List<String> sentences, long offset) {
        return new IndexedChange(new RelationshipChanged(1, UUID.randomUUID().toString(), change, Instant.now(), tieId, type,
            source, "source of " + tieId, target, "target of " + tieId, null, null, null, null, null, null, 0.8,
            sentences), 0, offset);
    }

    /** Ids of the entities whose text holds the word (the word as written, one token). */
    private static List<String> entitiesSaying(LuceneIndex index, String word) throws Exception {
        IndexSearcher searcher = index.searchers().acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.TEXT, word)), 10);
            List<String> ids = new ArrayList<>();
            for (var hit : top.scoreDocs) {
                ids.add(EventJson.read(searcher.storedFields().document(hit.doc).get(IndexFields.JSON), EntityChanged.class).entityId());
            }
            return ids;
        } finally {
            index.searchers().release(searcher);
        }
    }

    private static int connections(LuceneIndex index, String id) throws Exception {
        IndexSearcher searcher = index.searchers().acquire();
        try {
            TopDocs top = searcher.search(LuceneIndex.entityById(id), 1);
            return searcher.storedFields().document(top.scoreDocs[0].doc).getField(IndexFields.CONNECTIONS).numericValue().intValue();
        } finally {
            index.searchers().release(searcher);
        }
    }

    @Test
    void shouldRebuildAnEntityFromTiesReplacedDeletedAndAddedSinceTheLastRefresh() throws Exception {
        LuceneIndex index = new LuceneIndex(config(1000));
        index.apply(List.of(organization("funder", "Birchwood Giving Circle", 0), organization("grantee", "Lantern Street Clinic", 1),
            organization("peer", "Oxbow Parents Union", 2),
            tie("grant", Change.UPSERTED, RelationshipType.FUNDING, "funder", "grantee", "the circle paid for the clinic's mobileunit", 3),
            tie("seat", Change.UPSERTED, RelationshipType.MEMBERSHIP, "grantee", "funder", "the clinic sat on the circle's panelboard", 4)));
        assertEquals(Set.of("grantee", "funder"), Set.copyOf(entitiesSaying(index, "panelboard")));
        assertEquals(2, connections(index, "grantee"));

        // in one batch: the grant's sentence replaced, the seat deleted, a new tie added
        index.apply(List.of(
            tie("grant", Change.UPSERTED, RelationshipType.FUNDING, "funder", "grantee", "the circle renewed its dentalvan grant", 5),
            tie("seat", Change.DELETED, RelationshipType.MEMBERSHIP, "grantee", "funder", "the clinic sat on the circle's panelboard", 6),
            tie("ally", Change.UPSERTED, RelationshipType.AFFILIATION, "peer", "grantee", "the union walked beside the clinic at the harvestfair", 7)));

        assertEquals(List.of(), entitiesSaying(index, "mobileunit"));
        assertEquals(List.of(), entitiesSaying(index, "panelboard"));
        assertEquals(Set.of("grantee", "funder"), Set.copyOf(entitiesSaying(index, "dentalvan")));
        assertEquals(Set.of("grantee", "peer"), Set.copyOf(entitiesSaying(index, "harvestfair")));
        assertEquals(2, connections(index, "grantee"));
        assertEquals(1, connections(index, "funder"));
        assertEquals(1, connections(index, "peer"));
        index.close();
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

    @Test
    void shouldKeepAFirstSentenceOfEveryTieOfAnEntityWithManyBeforeSecondOnes() throws Exception {
        LuceneIndex index = new LuceneIndex(config(100_000));
        List<IndexedChange> batch = new ArrayList<>();
        batch.add(organization("hub", "Meadowlark Civic Fund", 0));
        String filler = " and the fund's officers reviewed the quarterly reports, the site visits and the budget notes".repeat(2);
        for (int i = 0; i < 30; i++) {
            String grantee = "grantee" + i;
            String word = "tidepool" + (char) ('a' + i % 26) + (char) ('a' + i / 26);
            batch.add(organization(grantee, "Grantee Number " + i, 1 + 2L * i));
            batch.add(tie("grant" + i, Change.UPSERTED, RelationshipType.FUNDING, "hub", grantee,
                List.of("the fund backed the " + word + " project" + filler, "a second report on grant " + i + filler,
                    "a third report on grant " + i + filler), 2 + 2L * i));
        }
        index.apply(batch);

        assertEquals(30, connections(index, "hub"));
        assertEquals(Set.of("hub", "grantee29"), Set.copyOf(entitiesSaying(index, "tidepooldb")),
            "the 30th grant's first sentence, past what the oldest ties' three sentences each would fill");
        index.close();
    }

    /** A hub with {@code grantees} FUNDING ties, each to an organization of its own, applied in one batch. */
    private static List<IndexedChange> hubWithGrantees(int grantees) {
        List<IndexedChange> batch = new ArrayList<>();
        batch.add(organization("hub", "Cormorant Bay Endowment", 0));
        for (int i = 0; i < grantees; i++) {
            batch.add(organization("g" + i, "Recipient Group " + i, 1 + 2L * i));
            batch.add(tie("t" + i, Change.UPSERTED, RelationshipType.FUNDING, "hub", "g" + i, "the endowment paid recipient " + i, 2 + 2L * i));
        }
        return batch;
    }

    @Test
    void shouldShowANewTieOfALargeEntityAtOnceAndItsCountBeforeTheNextCommit() throws Exception {
        LuceneIndex index = new LuceneIndex(IndexConfigs.inFolder(dir, 100_000, Duration.ofHours(1), Duration.ofHours(1)));
        index.apply(hubWithGrantees(RebuildSchedule.LARGE_CONNECTIONS));
        assertEquals(RebuildSchedule.LARGE_CONNECTIONS, connections(index, "hub"));

        index.apply(List.of(organization("late", "Kestrel Lane Pantry", 500),
            tie("tLate", Change.UPSERTED, RelationshipType.FUNDING, "hub", "late", "the endowment stocked the pantry's coldroom", 501)));

        assertEquals(List.of("late"), entitiesSaying(index, "coldroom"), "the new grantee shows the tie at once");
        assertEquals(RebuildSchedule.LARGE_CONNECTIONS, connections(index, "hub"), "the hub itself waits for its interval");
        assertEquals(false, index.refreshPending(), "its interval has not passed");

        index.commit();
        assertEquals(RebuildSchedule.LARGE_CONNECTIONS + 1, connections(index, "hub"), "a commit holds no entity behind its offsets");
        assertEquals(Set.of("hub", "late"), Set.copyOf(entitiesSaying(index, "coldroom")));
        index.close();
    }

    @Test
    void shouldRebuildALargeEntityLeftForLaterOnceItsIntervalHasPassed() throws Exception {
        LuceneIndex index = new LuceneIndex(IndexConfigs.inFolder(dir, 100_000, Duration.ofHours(1), Duration.ofMillis(200)));
        index.apply(hubWithGrantees(RebuildSchedule.LARGE_CONNECTIONS));
        index.apply(List.of(organization("late", "Kestrel Lane Pantry", 500),
            tie("tLate", Change.UPSERTED, RelationshipType.FUNDING, "hub", "late", "the endowment stocked the pantry's coldroom", 501)));
        assertEquals(RebuildSchedule.LARGE_CONNECTIONS, connections(index, "hub"));

        Thread.sleep(250); // past the hub's interval, with nothing written since
        assertEquals(true, index.refreshPending());
        index.refresh();
        assertEquals(RebuildSchedule.LARGE_CONNECTIONS + 1, connections(index, "hub"));
        assertEquals(false, index.refreshPending());
        index.close();
    }

    @Test
    void shouldRebuildALargeEntityAtOnceWhenItsNamesChangeOrItsIntervalHasPassed() throws Exception {
        LuceneIndex paced = new LuceneIndex(IndexConfigs.inFolder(dir.resolve("paced"), 100_000, Duration.ofHours(1), Duration.ofHours(1)));
        paced.apply(hubWithGrantees(RebuildSchedule.LARGE_CONNECTIONS));
        paced.apply(List.of(new IndexedChange(new EntityChanged(1, UUID.randomUUID().toString(), Change.UPSERTED, Instant.now(),
            "hub", EntityType.ORGANIZATION, "Cormorant Bay Endowment", List.of("Shagwater Fund"), Map.of(), List.of()), 0, 600)));
        assertEquals(List.of("hub"), entitiesSaying(paced, "shagwater"), "a new alias is searched at once");
        paced.close();

        LuceneIndex unpaced = new LuceneIndex(IndexConfigs.inFolder(dir.resolve("unpaced"), 100_000, Duration.ofHours(1), Duration.ZERO));
        unpaced.apply(hubWithGrantees(RebuildSchedule.LARGE_CONNECTIONS));
        unpaced.apply(List.of(organization("late", "Kestrel Lane Pantry", 500),
            tie("tLate", Change.UPSERTED, RelationshipType.FUNDING, "hub", "late", "the endowment stocked the pantry's coldroom", 501)));
        assertEquals(RebuildSchedule.LARGE_CONNECTIONS + 1, connections(unpaced, "hub"));
        assertEquals(false, unpaced.refreshPending());
        unpaced.close();
    }
}
