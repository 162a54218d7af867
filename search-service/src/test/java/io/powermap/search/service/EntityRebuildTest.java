package io.powermap.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.powermap.contract.EntityChanged;
import io.powermap.contract.EntityType;
import io.powermap.contract.EventJson;
import io.powermap.contract.ProfileChange;
import io.powermap.contract.ProfileChange.Change;
import io.powermap.contract.RelationshipChanged;
import io.powermap.contract.RelationshipType;
import io.powermap.search.domain.IndexedChange;
import io.powermap.search.support.IndexConfigs;

/**
 * An entity's document, rebuilt at each refresh from the ties the searcher shows overlaid with those
 * written since, must come out as if the entity were indexed once from the final state: a stream of ties added, rewritten, moved to other ends (with a change of the entity left, as
 * profile-service sends it) and deleted, and of entities renamed, deleted and named again, is indexed
 * with a refresh every few batches; then every entity is compared with an index built in one go from
 * the final state of the same stream.
 */
class EntityRebuildTest {

    private static final int ENTITIES = 14;

    @TempDir
    Path streamed;
    @TempDir
    Path fromFinalState;

    private final Random random = new Random(20261203);
    private long offset;
    private int word;
    private final Map<String, EntityChanged> entities = new LinkedHashMap<>();
    private final Map<String, RelationshipChanged> ties = new LinkedHashMap<>();

    @Test
    void shouldRebuildEveryEntityAsIfIndexedOnceWhenItsTiesMoveChangeAndGo() throws Exception {
        assertStreamMatchesFinalState(Duration.ZERO);
    }

    @Test
    void shouldRebuildEntitiesLeftForLaterAsIfIndexedOnceWhenTheCommitComes() throws Exception {
        assertStreamMatchesFinalState(Duration.ofHours(1));
    }

    private void assertStreamMatchesFinalState(Duration largeEntityInterval) throws Exception {
        LuceneIndex index = new LuceneIndex(IndexConfigs.inFolder(streamed, 1_000_000, Duration.ofHours(1), largeEntityInterval));
        for (int batch = 0; batch < 120; batch++) {
            index.write(batch());
            if (random.nextInt(3) == 0) {
                index.refresh();
            }
        }
        index.refresh();
        index.commit();
        assertTrue(index.refreshStats().refreshes() > 30, "refreshes: " + index.refreshStats().refreshes());

        LuceneIndex reference = new LuceneIndex(IndexConfigs.inFolder(fromFinalState, 1_000_000, Duration.ofHours(1)));
        List<IndexedChange> finalState = new ArrayList<>();
        entities.values().forEach(e -> finalState.add(new IndexedChange(e, 0, offset++)));
        ties.values().forEach(t -> finalState.add(new IndexedChange(t, 0, offset++)));
        reference.apply(finalState);

        Set<String> ids = new TreeSet<>(entities.keySet());
        for (String id : ids) {
            assertEquals(describe(reference, id), describe(index, id), "entity " + id);
        }
        index.close();
        reference.close();
    }

    /** What a user sees of an entity through its document: name, count, tie types, neighbours and the words of its sentences. */
    private Map<String, Object> describe(LuceneIndex index, String id) throws Exception {
        IndexSearcher searcher = index.searchers().acquire();
        try {
            Map<String, Object> seen = new LinkedHashMap<>();
            ScoreDoc[] hits = searcher.search(LuceneIndex.entityById(id), 1).scoreDocs;
            if (hits.length == 0) {
                seen.put("missing", true);
                return seen;
            }
            var doc = searcher.storedFields().document(hits[0].doc);
            seen.put("name", EventJson.read(doc.get(IndexFields.JSON), EntityChanged.class).name());
            seen.put("connections", doc.getField(IndexFields.CONNECTIONS).numericValue().intValue());
            Set<String> types = new TreeSet<>();
            for (RelationshipType type : RelationshipType.values()) {
                if (matches(searcher, id, new TermQuery(new Term(IndexFields.TIE_TYPE, type.name())))) {
                    types.add(type.name());
                }
            }
            seen.put("types", types);
            Set<String> peers = new TreeSet<>();
            for (String other : entities.keySet()) {
                if (matches(searcher, id, new TermQuery(new Term(IndexFields.PEER, other)))) {
                    peers.add(other);
                }
            }
            seen.put("peers", peers);
            Set<String> words = new TreeSet<>();
            for (int w = 0; w < word; w++) {
                if (matches(searcher, id, new TermQuery(new Term(IndexFields.TEXT, "zq" + w)))) {
                    words.add("zq" + w);
                }
            }
            seen.put("words", words);
            return seen;
        } finally {
            index.searchers().release(searcher);
        }
    }

    private static boolean matches(IndexSearcher searcher, String id, Query query) throws Exception {
        return searcher.count(new BooleanQuery.Builder().add(LuceneIndex.entityById(id), Occur.FILTER)
            .add(query, Occur.FILTER).build()) > 0;
    }

    /** A few changes: mostly ties added or rewritten, some moved to another end or deleted, now and then an entity renamed, deleted or named again. */
    private List<IndexedChange> batch() {
        List<IndexedChange> batch = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
            int roll = random.nextInt(100);
            if (roll < 12 || entities.size() < 4) {
                String id = "e" + random.nextInt(ENTITIES);
                EntityChanged entity = entity(id, "Holder " + (char) ('A' + random.nextInt(26)) + " " + id);
                entities.put(id, entity);
                batch.add(new IndexedChange(entity, 0, offset++));
            } else if (roll < 15) {
                String id = pick(entities);
                EntityChanged gone = entities.remove(id);
                batch.add(new IndexedChange(new EntityChanged(1, UUID.randomUUID().toString(), Change.DELETED, Instant.now(), id,
                    gone.type(), gone.name(), List.of(), Map.of(), List.of()), 0, offset++));
            } else if (roll < 60 || ties.isEmpty()) {
                RelationshipChanged tie = tie("t" + random.nextInt(60), pick(entities), pick(entities));
                ties.put(tie.relationshipId(), tie);
                batch.add(new IndexedChange(tie, 0, offset++));
            } else if (roll < 85) {
                RelationshipChanged before = ties.get(pick(ties));
                RelationshipChanged moved = random.nextBoolean()
                    ? tie(before.relationshipId(), before.sourceId(), pick(entities))
                    : tie(before.relationshipId(), pick(entities), before.targetId());
                ties.put(moved.relationshipId(), moved);
                batch.add(new IndexedChange(moved, 0, offset++));
                // profile-service sends the entity a tie leaves along with the tie (a split, a merge)
                for (String end : List.of(before.sourceId(), before.targetId())) {
                    if (entities.containsKey(end) && !end.equals(moved.sourceId()) && !end.equals(moved.targetId())) {
                        batch.add(new IndexedChange(entities.get(end), 0, offset++));
                    }
                }
            } else {
                RelationshipChanged gone = ties.remove(pick(ties));
                batch.add(new IndexedChange(withChange(gone, Change.DELETED), 0, offset++));
            }
        }
        return batch;
    }

    private String pick(Map<String, ?> from) {
        List<String> keys = new ArrayList<>(from.keySet());
        return keys.get(random.nextInt(keys.size()));
    }

    private static EntityChanged entity(String id, String name) {
        return new EntityChanged(1, UUID.randomUUID().toString(), Change.UPSERTED, Instant.now(), id, EntityType.ORGANIZATION,
            name, List.of(), Map.of(), List.of());
    }

    /** A tie with one or two short sentences, each with a word no other sentence has. */
    private RelationshipChanged tie(String id, String source, String target) {
        List<String> sentences = new ArrayList<>();
        for (int s = 0, n = 1 + random.nextInt(2); s < n; s++) {
            sentences.add("ledger line zq" + word++ + " notes a link");
        }
        RelationshipType type = RelationshipType.values()[random.nextInt(4)];
        return new RelationshipChanged(1, UUID.randomUUID().toString(), Change.UPSERTED, Instant.now(), id, type, source,
            "name of " + source, target, "name of " + target, null, null, null, null, null, null, 0.8, sentences);
    }

    private static RelationshipChanged withChange(RelationshipChanged tie, ProfileChange.Change change) {
        return new RelationshipChanged(1, UUID.randomUUID().toString(), change, Instant.now(), tie.relationshipId(), tie.type(),
            tie.sourceId(), tie.sourceName(), tie.targetId(), tie.targetName(), null, null, null, null, null, null, 0.8,
            tie.evidence());
    }
}
