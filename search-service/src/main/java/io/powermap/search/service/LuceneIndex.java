package io.powermap.search.service;

import static io.powermap.search.service.IndexFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
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
    private static final String FORMAT = "7";
    /** Ties of one entity read to derive its facets, neighbours and sentences; the count stays exact. */
    static final int MAX_TIES_READ = 2_000;
    /** A refresh slower than this is logged with what it did. */
    private static final long SLOW_REFRESH_NANOS = 1_000_000_000L;

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
    /**
     * The latest state of ties written since the last refresh (deletes included), laid over what the
     * searcher shows when entities are rebuilt, so a refresh opens one new reader instead of two (each
     * reopen flushes a segment). Past {@link #MAX_PENDING_TIES} (a catch-up) they are let go and the
     * refresh reopens first instead.
     */
    private final Map<String, RelationshipChanged> pendingTies = new HashMap<>();
    static final int MAX_PENDING_TIES = 20_000;
    private boolean pendingTiesDropped;
    private int unrefreshed;
    private long lastWrite = System.nanoTime();
    private final long idleRefreshNanos;
    private volatile Map<Integer, Long> committed;
    private volatile Instant lastCommit;
    private int pending;
    private final RebuildSchedule schedule;
    /** Sentences kept analysed: a rebuild's sentences are mostly those of the entity's last one. */
    private final SentenceTokens sentenceTokens = new SentenceTokens(Analyzers.text(true), TEXT, 16_384);
    private final AtomicLong refreshes = new AtomicLong();
    private final AtomicLong refreshNanos = new AtomicLong();
    private final AtomicLong entitiesRebuilt = new AtomicLong();
    private final AtomicLong entitiesDeferred = new AtomicLong();

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
            schedule = new RebuildSchedule(config.largeEntityInterval().toNanos());
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
                    schedule.forget(entity.entityId());
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
                if (!pendingTiesDropped) {
                    pendingTies.put(tie.relationshipId(), tie);
                    if (pendingTies.size() > MAX_PENDING_TIES) {
                        pendingTies.clear();
                        pendingTiesDropped = true;
                    }
                }
            }
        }
        if (touched.size() >= MAX_TOUCHED) {
            refresh(); // a bound on what a long catch-up keeps in memory
        }
    }

    @Override
    public synchronized void refresh() throws IOException {
        if (unrefreshed == 0 && !schedule.anyDue(System.nanoTime())) {
            return;
        }
        long started = System.nanoTime();
        if (pendingTiesDropped) {
            searchers.maybeRefreshBlocking(); // the entities below are rebuilt from the ties as they are now
        }
        long rebuiltBefore = entitiesRebuilt.get();
        long deferredBefore = entitiesDeferred.get();
        reindexEntities(touched, false);
        long reopening = System.nanoTime();
        searchers.maybeRefreshBlocking();
        long ended = System.nanoTime();
        refreshes.incrementAndGet();
        refreshNanos.addAndGet(ended - started);
        if (ended - started > SLOW_REFRESH_NANOS) {
            LOG.infof("a refresh took %d ms: %d changes, %d entities rebuilt in %d ms (%d touched ones left for later),"
                    + " the new searcher opened in %d ms", (ended - started) / 1_000_000, unrefreshed,
                entitiesRebuilt.get() - rebuiltBefore, (reopening - started) / 1_000_000,
                entitiesDeferred.get() - deferredBefore, (ended - reopening) / 1_000_000);
        }
        applied.putAll(written);
        pending += unrefreshed;
        unrefreshed = 0;
        touched.clear();
        latest.clear();
        pendingTies.clear();
        pendingTiesDropped = false;
        if (pending >= commitChanges) {
            commit();
        }
    }

    @Override
    public synchronized Map<Integer, Long> writtenOffsets() {
        return Map.copyOf(written);
    }

    @Override
    public synchronized boolean refreshPending() {
        return unrefreshed > 0 || schedule.anyDue(System.nanoTime());
    }

    /**
     * Rebuilds the {@code touched} entities ({@link RebuildSchedule} may leave a large one to a later
     * refresh) and the deferred ones now due ({@code allDeferred}: every one) from their ties: those
     * the searcher shows, overlaid with the pending ones.
     */
    private void reindexEntities(Set<String> touched, boolean allDeferred) throws IOException {
        Map<String, List<RelationshipChanged>> pendingByEntity = new HashMap<>();
        for (RelationshipChanged tie : pendingTies.values()) {
            pendingByEntity.computeIfAbsent(tie.sourceId(), k -> new ArrayList<>()).add(tie);
            if (!tie.targetId().equals(tie.sourceId())) {
                pendingByEntity.computeIfAbsent(tie.targetId(), k -> new ArrayList<>()).add(tie);
            }
        }
        IndexSearcher acquired = searchers.acquire();
        try {
            // a searcher of its own without the query cache: every refresh brings new segments, and caching
            // the id filters of one rebuild for the next costs more than it saves
            IndexSearcher searcher = new IndexSearcher(acquired.getIndexReader());
            searcher.setQueryCache(null);
            long now = System.nanoTime();
            Map<String, EntityChanged> rebuild = new LinkedHashMap<>();
            for (String id : touched) {
                EntityChanged change = latest.get(id);
                if (latest.containsKey(id) && change == null) {
                    continue; // deleted
                }
                if (!schedule.defer(id, change, now)) {
                    rebuild.put(id, change);
                } else {
                    entitiesDeferred.incrementAndGet();
                }
            }
            schedule.takeDue(now, allDeferred).forEach(rebuild::putIfAbsent);
            for (Map.Entry<String, EntityChanged> next : rebuild.entrySet()) {
                String id = next.getKey();
                EntityChanged entity = next.getValue() != null ? next.getValue() : storedEntity(searcher, id);
                if (entity == null) {
                    continue; // deleted, or a tie ahead of its entity: the entity's own change will index it
                }
                EntityTies ties = new EntityTies();
                int visited = IndexedTies.read(searcher, id, pendingTies, ties, MAX_TIES_READ);
                List<RelationshipChanged> pending = pendingByEntity.getOrDefault(id, List.of());
                for (RelationshipChanged tie : pending) {
                    if (tie.change() != ProfileChange.Change.DELETED) {
                        ties.add(TieSummary.of(tie));
                    }
                }
                int connections = visited < MAX_TIES_READ ? ties.size() : connections(searcher, id, pending);
                writer.updateDocument(new Term(ID, id), EntityDocuments.entity(entity, ties, connections, sentenceTokens));
                schedule.rebuilt(id, entity, connections, now);
                entitiesRebuilt.incrementAndGet();
            }
        } finally {
            searchers.release(acquired);
        }
    }

    /** The exact count for an entity with more ties than are read: the searcher's, less the pending ones it has, plus the live pending ones. */
    private static int connections(IndexSearcher searcher, String id, List<RelationshipChanged> pending) throws IOException {
        int count = searcher.count(tiesOf(id));
        for (RelationshipChanged tie : pending) {
            if (searcher.count(new TermQuery(new Term(ID, tie.relationshipId()))) > 0) {
                count--;
            }
            if (tie.change() != ProfileChange.Change.DELETED) {
                count++;
            }
        }
        return count;
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

    /** Ties with the entity at either end (only ties have the two end fields). */
    static Query tiesOf(String id) {
        return new BooleanQuery.Builder()
            .add(new TermQuery(new Term(SOURCE, id)), Occur.SHOULD)
            .add(new TermQuery(new Term(TARGET, id)), Occur.SHOULD)
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
        if (schedule.anyDeferred()) {
            reindexEntities(Set.of(), true); // a commit holds no entity older than the offsets it records
            searchers.maybeRefreshBlocking();
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

    /** Refreshes so far and the time they took (ns); entities rebuilt, and touched entities left for a later rebuild. */
    public RefreshStats refreshStats() {
        return new RefreshStats(refreshes.get(), refreshNanos.get(), entitiesRebuilt.get(), entitiesDeferred.get());
    }

    public record RefreshStats(long refreshes, long nanos, long entitiesRebuilt, long entitiesDeferred) {
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
