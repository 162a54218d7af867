package io.powermap.search.service;

import static io.powermap.search.service.IndexFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.suggest.document.Completion912PostingsFormat;
import org.apache.lucene.store.FSDirectory;
import org.jboss.logging.Logger;

import io.powermap.contract.EntityChanged;
import io.powermap.contract.EventJson;
import io.powermap.contract.ProfileChange;
import io.powermap.contract.RelationshipChanged;
import io.powermap.search.config.SearchConfig;
import io.powermap.search.domain.IndexedChange;

/**
 * The Lucene index: one writer, a searcher manager for near-real-time reopens, and the offsets of
 * profiles.changes applied and committed. Writing is serial (one consumer); searching never waits.
 */
@ApplicationScoped
public class LuceneIndex implements Ingestion {

    private static final Logger LOG = Logger.getLogger(LuceneIndex.class);
    /** Same key as the first index format, so an existing index resumes where it was. */
    private static final String OFFSET_PREFIX = "offset:profiles.changes:";
    /** What the documents hold; an index written in another format is emptied and rebuilt from the topic. */
    private static final String FORMAT_KEY = "format";
    private static final String FORMAT = "6";
    /** Ties of one entity read to derive its facets, neighbours and sentences; the count stays exact. */
    static final int MAX_TIES_READ = 2_000;
    private static final Set<String> JSON_ONLY = Set.of(JSON);

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final int commitChanges;
    /** Entities touched by what was written since the last refresh, to be rebuilt from their ties by it. */
    static final int MAX_TOUCHED = 500_000;

    private final Map<Integer, Long> applied = new TreeMap<>();
    private final Map<Integer, Long> written = new TreeMap<>();
    private final Set<String> touched = new LinkedHashSet<>();
    /** The latest state of entities written since the last refresh (null: deleted). */
    private final Map<String, EntityChanged> latest = new HashMap<>();
    private boolean tiesChanged;
    private int unrefreshed;
    private long lastWrite = System.nanoTime();
    private final long idleRefreshNanos;
    private volatile Map<Integer, Long> committed;
    private volatile Instant lastCommit;
    private int pending;

    public LuceneIndex(SearchConfig config) {
        try {
            Path dir = Path.of(config.indexDir()).toAbsolutePath();
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            IndexWriterConfig writerConfig = new IndexWriterConfig(Analyzers.perField(true)).setCodec(codec());
            writer = new IndexWriter(directory, writerConfig);
            if (!FORMAT.equals(commitValue(writer.getLiveCommitData(), FORMAT_KEY)) && writer.getDocStats().numDocs > 0) {
                LOG.infof("the index at %s is of an older format: emptied, to be rebuilt from the topic", dir);
                writer.deleteAll();
                writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
                writer.commit();
            }
            // opened after the emptying: searches would see the older documents until the first refresh
            searchers = new SearcherManager(writer, null);
            committed = offsets(writer.getLiveCommitData());
            applied.putAll(committed);
            written.putAll(committed);
            commitChanges = config.commitChanges();
            idleRefreshNanos = config.commitInterval().toNanos();
            LOG.infof("search index at %s holds %d documents; committed offsets %s", dir, writer.getDocStats().numDocs, committed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + config.indexDir(), e);
        }
    }

    /** The default codec, with suggestion fields in the completion format (an FST built per segment). */
    private static Lucene912Codec codec() {
        PostingsFormat completion = new Completion912PostingsFormat();
        return new Lucene912Codec() {
            @Override
            public PostingsFormat getPostingsFormatForField(String field) {
                return SUGGEST.equals(field) ? completion : super.getPostingsFormatForField(field);
            }
        };
    }

    @Override
    public synchronized void write(List<IndexedChange> batch) throws IOException {
        lastWrite = System.nanoTime();
        for (IndexedChange indexed : batch) {
            written.merge(indexed.partition(), indexed.offset(), Math::max);
            unrefreshed++;
            ProfileChange change = indexed.change();
            if (change instanceof EntityChanged entity) {
                boolean deleted = entity.change() == ProfileChange.Change.DELETED;
                if (deleted) {
                    writer.deleteDocuments(new Term(ID, entity.entityId()));
                }
                latest.put(entity.entityId(), deleted ? null : entity);
                touched.add(entity.entityId());
            } else if (change instanceof RelationshipChanged tie) {
                if (tie.change() == ProfileChange.Change.DELETED) {
                    writer.deleteDocuments(new Term(ID, tie.relationshipId()));
                } else {
                    writer.updateDocument(new Term(ID, tie.relationshipId()), EntityDocuments.relationship(tie));
                }
                touched.add(tie.sourceId());
                touched.add(tie.targetId());
                tiesChanged = true;
            }
        }
        if (touched.size() >= MAX_TOUCHED) {
            refresh(); // a bound on what a long catch-up keeps in memory
        }
    }

    @Override
    public synchronized void refresh() throws IOException {
        if (unrefreshed == 0) {
            return;
        }
        if (tiesChanged) {
            searchers.maybeRefreshBlocking(); // the entities below are rebuilt from the ties as they are now
        }
        reindexEntities(touched, latest);
        searchers.maybeRefreshBlocking();
        applied.putAll(written);
        pending += unrefreshed;
        unrefreshed = 0;
        touched.clear();
        latest.clear();
        tiesChanged = false;
        if (pending >= commitChanges) {
            commit();
        }
    }

    @Override
    public synchronized Map<Integer, Long> writtenOffsets() {
        return Map.copyOf(written);
    }

    private void reindexEntities(Set<String> ids, Map<String, EntityChanged> fromBatch) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            for (String id : ids) {
                EntityChanged entity = fromBatch.containsKey(id) ? fromBatch.get(id) : storedEntity(searcher, id);
                if (entity == null) {
                    continue; // deleted, or a tie ahead of its entity: the entity's own change will index it
                }
                Query ties = tiesOf(id);
                List<RelationshipChanged> read = new ArrayList<>();
                StoredFields stored = searcher.storedFields();
                for (int doc : firstDocs(searcher, ties, MAX_TIES_READ)) {
                    read.add(EventJson.read(stored.document(doc, JSON_ONLY).get(JSON), RelationshipChanged.class));
                }
                int connections = read.size() < MAX_TIES_READ ? read.size() : searcher.count(ties);
                writer.updateDocument(new Term(ID, id), EntityDocuments.entity(entity, read, connections));
            }
        } finally {
            searchers.release(searcher);
        }
    }

    /** The first {@code max} matches in index order, without scoring or a queue of hits. */
    private static int[] firstDocs(IndexSearcher searcher, Query query, int max) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        int[] docs = new int[16];
        int count = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                if (count == max) {
                    return docs;
                }
                if (count == docs.length) {
                    docs = Arrays.copyOf(docs, Math.min(max, docs.length * 2));
                }
                docs[count++] = leaf.docBase + doc;
            }
        }
        return Arrays.copyOf(docs, count);
    }

    static EntityChanged storedEntity(IndexSearcher searcher, String id) throws IOException {
        TopDocs top = searcher.search(entityById(id), 1);
        return top.scoreDocs.length == 0 ? null
            : EventJson.read(searcher.storedFields().document(top.scoreDocs[0].doc).get(JSON), EntityChanged.class);
    }

    static Query entityById(String id) {
        return new BooleanQuery.Builder()
            .add(new TermQuery(new Term(ID, id)), Occur.FILTER)
            .add(new TermQuery(new Term(KIND, ENTITY)), Occur.FILTER)
            .build();
    }

    static Query tiesOf(String id) {
        return new BooleanQuery.Builder()
            .add(new TermQuery(new Term(KIND, RELATIONSHIP)), Occur.FILTER)
            .add(new TermQuery(new Term(SOURCE, id)), Occur.SHOULD)
            .add(new TermQuery(new Term(TARGET, id)), Occur.SHOULD)
            .setMinimumNumberShouldMatch(1)
            .build();
    }

    @Override
    public synchronized void commit() throws IOException {
        if (unrefreshed > 0 && System.nanoTime() - lastWrite > idleRefreshNanos) {
            refresh(); // written while catching up, and nothing came since: the end was not reached as expected
        }
        if (pending == 0) {
            return;
        }
        long started = System.nanoTime();
        Map<String, String> data = new HashMap<>();
        data.put(FORMAT_KEY, FORMAT);
        applied.forEach((partition, offset) -> data.put(OFFSET_PREFIX + partition, Long.toString(offset)));
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        committed = Map.copyOf(applied);
        lastCommit = Instant.now();
        LOG.debugf("committed %d changes up to %s in %d ms", (Object) pending, committed, (System.nanoTime() - started) / 1_000_000);
        pending = 0;
    }

    @Override
    public Map<Integer, Long> committedOffsets() {
        return committed;
    }

    @Override
    public synchronized Map<Integer, Long> appliedOffsets() {
        return Map.copyOf(applied);
    }

    public Instant lastCommit() {
        return lastCommit;
    }

    /** Entities (true) or relationships (false) visible to searches. */
    public long count(boolean entities) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.count(new TermQuery(new Term(KIND, entities ? ENTITY : RELATIONSHIP)));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SearcherManager searchers() {
        return searchers;
    }

    private static Map<Integer, Long> offsets(Iterable<Map.Entry<String, String>> commitData) {
        Map<Integer, Long> offsets = new TreeMap<>();
        if (commitData != null) {
            commitData.forEach(entry -> {
                if (entry.getKey().startsWith(OFFSET_PREFIX)) {
                    offsets.put(Integer.parseInt(entry.getKey().substring(OFFSET_PREFIX.length())), Long.parseLong(entry.getValue()));
                }
            });
        }
        return Map.copyOf(offsets);
    }

    private static String commitValue(Iterable<Map.Entry<String, String>> commitData, String key) {
        if (commitData != null) {
            for (Map.Entry<String, String> entry : commitData) {
                if (entry.getKey().equals(key)) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }

    @PreDestroy
    void close() throws IOException {
        commit();
        searchers.close();
        writer.close();
        directory.close();
    }
}
