package io.powermap.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.jboss.logging.Logger;

import io.powermap.contract.EntityChanged;
import io.powermap.contract.EntityType;
import io.powermap.contract.EventJson;
import io.powermap.contract.ProfileChange;
import io.powermap.contract.RelationshipChanged;
import io.powermap.search.config.SearchConfig;

/**
 * The Lucene index behind every view of search-service. Changes are applied in batches; each
 * batch's commit records the Kafka offsets it covers, so after a restart reading resumes exactly
 * where the durable index ends, whatever the consumer group had committed.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    private static final String OFFSET_PREFIX = "offset:";
    private static final Map<String, Float> SEARCH_FIELDS = Map.of(Fields.NAME, 3f, Fields.ALIASES, 2f, Fields.ATTRIBUTES, 0.5f);

    private final Analyzer analyzer = new StandardAnalyzer();
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public SearchIndex(SearchConfig config) {
        try {
            Path dir = Path.of(config.indexDir()).toAbsolutePath();
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            searchers = new SearcherManager(writer, null);
            LOG.infof("search index at %s holds %d documents", dir, writer.getDocStats().numDocs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + config.indexDir(), e);
        }
    }

    /** Applies the batch, commits it together with its offsets, and makes it visible to searches. */
    public synchronized void apply(List<IndexedChange> batch) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, String> commitData = new HashMap<>(committedData());
        for (IndexedChange indexed : batch) {
            ProfileChange change = indexed.change();
            Term id = new Term(Fields.ID, change.key());
            if (isDeletion(change)) {
                writer.deleteDocuments(id);
            } else {
                writer.updateDocument(id, toDocument(change));
            }
            commitData.put(OFFSET_PREFIX + indexed.topic() + ":" + indexed.partition(), Long.toString(indexed.offset()));
        }
        writer.setLiveCommitData(commitData.entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** The last offset of the partition that the durable index contains. */
    public OptionalLong committedOffset(String topic, int partition) {
        String offset = committedData().get(OFFSET_PREFIX + topic + ":" + partition);
        return offset == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(offset));
    }

    public SearchResults search(String text, EntityType type, int limit) throws IOException {
        Query matching = text == null || text.isBlank() ? new MatchAllDocsQuery()
            : new SimpleQueryParser(analyzer, SEARCH_FIELDS).parse(text);
        Query entities = and(matching, new TermQuery(new Term(Fields.KIND, Fields.ENTITY)));
        IndexSearcher searcher = searchers.acquire();
        try {
            Query filtered = type == null ? entities : and(entities, new TermQuery(new Term(Fields.TYPE, type.name())));
            TopDocs top = searcher.search(filtered, limit);
            Map<EntityType, Integer> facets = new EnumMap<>(EntityType.class);
            for (EntityType each : EntityType.values()) {
                int count = searcher.count(and(entities, new TermQuery(new Term(Fields.TYPE, each.name()))));
                if (count > 0) {
                    facets.put(each, count);
                }
            }
            List<SearchResults.Hit> hits = new ArrayList<>();
            for (ScoreDoc scored : top.scoreDocs) {
                EntityChanged entity = (EntityChanged) read(searcher, scored.doc);
                hits.add(new SearchResults.Hit(entity.entityId(), entity.type(), entity.name(), entity.aliases(), scored.score));
            }
            return new SearchResults(searcher.count(filtered), hits, facets);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Entity names with a word starting with the last word typed, after the words before it. */
    public List<String> suggest(String prefix, int limit) throws IOException {
        List<String> tokens = tokens(prefix);
        if (tokens.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.KIND, Fields.ENTITY)), Occur.FILTER);
        for (int i = 0; i < tokens.size() - 1; i++) {
            query.add(new TermQuery(new Term(Fields.NAME, tokens.get(i))), Occur.MUST);
        }
        query.add(new PrefixQuery(new Term(Fields.NAME, tokens.get(tokens.size() - 1))), Occur.MUST);
        IndexSearcher searcher = searchers.acquire();
        try {
            List<String> names = new ArrayList<>();
            for (ScoreDoc scored : searcher.search(query.build(), limit).scoreDocs) {
                names.add(((EntityChanged) read(searcher, scored.doc)).name());
            }
            return names;
        } finally {
            searchers.release(searcher);
        }
    }

    /** The entity, its ties in both directions and the entities at their other ends. */
    public Neighbourhood neighbourhood(String entityId, int limit) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs center = searcher.search(new TermQuery(new Term(Fields.ID, entityId)), 1);
            if (center.scoreDocs.length == 0) {
                return null;
            }
            Query ties = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.SOURCE, entityId)), Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.TARGET, entityId)), Occur.SHOULD)
                .build();
            List<RelationshipChanged> edges = new ArrayList<>();
            Map<String, Neighbourhood.Node> nodes = new LinkedHashMap<>();
            EntityChanged entity = (EntityChanged) read(searcher, center.scoreDocs[0].doc);
            nodes.put(entity.entityId(), new Neighbourhood.Node(entity.entityId(), entity.type(), entity.name()));
            for (ScoreDoc scored : searcher.search(ties, limit).scoreDocs) {
                RelationshipChanged edge = (RelationshipChanged) read(searcher, scored.doc);
                edges.add(edge);
                nodes.putIfAbsent(edge.sourceId(), new Neighbourhood.Node(edge.sourceId(), null, edge.sourceName()));
                nodes.putIfAbsent(edge.targetId(), new Neighbourhood.Node(edge.targetId(), null, edge.targetName()));
            }
            return new Neighbourhood(entityId, List.copyOf(nodes.values()), edges);
        } finally {
            searchers.release(searcher);
        }
    }

    private static boolean isDeletion(ProfileChange change) {
        if (change instanceof EntityChanged entity) {
            return entity.change() == ProfileChange.Change.DELETED;
        }
        return ((RelationshipChanged) change).change() == ProfileChange.Change.DELETED;
    }

    private static Document toDocument(ProfileChange change) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, change.key(), Field.Store.NO));
        doc.add(new StoredField(Fields.JSON, EventJson.write(change)));
        if (change instanceof EntityChanged entity) {
            doc.add(new StringField(Fields.KIND, Fields.ENTITY, Field.Store.NO));
            doc.add(new StringField(Fields.TYPE, entity.type().name(), Field.Store.NO));
            doc.add(new TextField(Fields.NAME, entity.name(), Field.Store.NO));
            entity.aliases().forEach(alias -> doc.add(new TextField(Fields.ALIASES, alias, Field.Store.NO)));
            entity.attributes().values().forEach(v -> doc.add(new TextField(Fields.ATTRIBUTES, v, Field.Store.NO)));
        } else if (change instanceof RelationshipChanged tie) {
            doc.add(new StringField(Fields.KIND, Fields.RELATIONSHIP, Field.Store.NO));
            doc.add(new StringField(Fields.TYPE, tie.type().name(), Field.Store.NO));
            doc.add(new StringField(Fields.SOURCE, tie.sourceId(), Field.Store.NO));
            doc.add(new StringField(Fields.TARGET, tie.targetId(), Field.Store.NO));
        }
        return doc;
    }

    private static ProfileChange read(IndexSearcher searcher, int doc) throws IOException {
        return EventJson.read(searcher.storedFields().document(doc).get(Fields.JSON), ProfileChange.class);
    }

    private Map<String, String> committedData() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        return data;
    }

    private static Query and(Query first, Query second) {
        return new BooleanQuery.Builder().add(first, Occur.MUST).add(second, Occur.FILTER).build();
    }

    private List<String> tokens(String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Fields.NAME, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    @PreDestroy
    void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

}
