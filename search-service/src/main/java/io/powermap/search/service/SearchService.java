package io.powermap.search.service;

import static io.powermap.search.service.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

import io.powermap.contract.EntityChanged;
import io.powermap.contract.EventJson;
import io.powermap.search.config.SearchConfig;
import io.powermap.search.domain.SearchPage;
import io.powermap.search.domain.SearchPage.FacetCount;
import io.powermap.search.domain.SearchPage.Hit;
import io.powermap.search.domain.SearchPage.Part;
import io.powermap.search.domain.SearchPage.Snippet;

/** Full-text search over entities: BM25, filters, Lucene facets, highlighted snippets, search-after pages. */
@ApplicationScoped
public class SearchService {

    private static final String[] SNIPPET_FIELDS = TextQueries.HIGHLIGHTED.toArray(String[]::new);
    private static final List<String> DIMENSIONS = List.of(DIM_TYPE, DIM_RELATIONSHIP, DIM_FUNDER, DIM_MEMBER_OF, DIM_HEADQUARTERS);
    private static final int FACET_VALUES = 10;

    private final LuceneIndex index;
    private final SearchConfig config;
    private final Analyzer analyzer = Analyzers.perField(false);
    private final TextQueries textQueries = new TextQueries(analyzer);
    private final FacetStates facetStates;

    public SearchService(LuceneIndex index, SearchConfig config) {
        this.index = index;
        this.config = config;
        this.facetStates = new FacetStates(index.searchers());
    }

    @PreDestroy
    void close() {
        facetStates.close();
    }

    public SearchPage search(SearchRequest request) throws IOException {
        TextQueries.Parsed text = request.text().isBlank() ? null : textQueries.parse(request.text());
        BooleanQuery.Builder builder = new BooleanQuery.Builder()
            .add(text == null ? new MatchAllDocsQuery() : text.query(), Occur.MUST)
            .add(new TermQuery(new Term(KIND, ENTITY)), Occur.FILTER);
        if (request.type() != null) {
            builder.add(new TermQuery(new Term(TYPE, request.type().name())), Occur.FILTER);
        }
        if (request.relationship() != null) {
            builder.add(new TermQuery(new Term(TIE_TYPE, request.relationship().name())), Occur.FILTER);
        }
        if (request.connectedTo() != null) {
            builder.add(new TermQuery(new Term(PEER, request.connectedTo())), Occur.FILTER);
        }
        DrillDownQuery query = new DrillDownQuery(EntityDocuments.FACETS, builder.build());
        request.facetFilters().forEach(pair -> query.add(pair[0], pair[1]));
        Object[] afterValues = request.cursor() == null ? null : Cursor.read(request.cursor(), request.sort());

        return Searches.run(index.searchers(), config.queryTimeLimit(), searcher -> {
            // rewritten once: prefixes and misspelt words expand here, not again for each later pass
            Query rewritten = searcher.rewrite(query);
            // the id in the sort values places the cursor; the last doc id lets no equal hit through again
            FieldDoc after = afterValues == null ? null
                : new FieldDoc(searcher.getIndexReader().maxDoc() - 1, Float.NaN, afterValues);
            long total;
            ScoreDoc[] hits;
            Map<String, List<FacetCount>> facets;
            if (after == null) {
                // no second pass for scores: every sort holds the score among its values
                FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.searchAfter(searcher, null, rewritten,
                    request.limit(), request.sort().sort(), false, new FacetsCollectorManager());
                total = result.facetsCollector().getMatchingDocs().stream().mapToLong(docs -> docs.totalHits).sum();
                hits = result.topDocs().scoreDocs;
                facets = facets(searcher.getIndexReader(), result);
            } else {
                // a later page: its facets would be the first page's (the web page shows those), so they are not
                // counted again over every match, which browsing all 150,000 entities paid on each page
                TopFieldDocs top = searcher.search(rewritten,
                    new TopFieldCollectorManager(request.sort().sort(), request.limit(), after, Integer.MAX_VALUE));
                total = top.totalHits.value;
                hits = top.scoreDocs;
                facets = Map.of();
            }
            List<Hit> page = hits(searcher, text == null ? Map.of() : text.highlights(), hits, request.sort());
            String next = hits.length == request.limit() && total > 0
                ? Cursor.of((FieldDoc) hits[hits.length - 1], request.sort()) : null;
            return new SearchPage(total, page, facets, next);
        });
    }

    private List<Hit> hits(IndexSearcher searcher, Map<String, Query> highlights, ScoreDoc[] hits, SearchSort sort)
        throws IOException {
        Map<String, Object[]> snippets = Map.of();
        Map<Integer, Highlighter.HitFields> loaded = new HashMap<>();
        if (hits.length > 0 && !highlights.isEmpty()) {
            Map<String, Query> rewritten = new HashMap<>();
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (Map.Entry<String, Query> field : highlights.entrySet()) {
                rewritten.put(field.getKey(), searcher.rewrite(field.getValue()));
                all.add(rewritten.get(field.getKey()), Occur.SHOULD);
            }
            int[] docIds = new int[hits.length];
            int[] passages = new int[SNIPPET_FIELDS.length];
            for (int i = 0; i < hits.length; i++) {
                docIds[i] = hits[i].doc;
            }
            java.util.Arrays.fill(passages, 1);
            snippets = new Highlighter(rewritten, loaded, UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withScorer(SCORER)
                // each value (an alias, an attribute, a tie's sentence) is a passage: no sentence scanning
                .withBreakIterator(() -> new CustomSeparatorBreakIterator(VALUE_SEPARATOR))
                .withMaxLength(EntityDocuments.MAX_EVIDENCE_CHARS + 1000))
                .snippets(SNIPPET_FIELDS, all.build(), docIds, passages);
        }
        List<Hit> page = new ArrayList<>(hits.length);
        for (int i = 0; i < hits.length; i++) {
            FieldDoc hit = (FieldDoc) hits[i];
            Highlighter.HitFields fields = loaded.get(hit.doc);
            if (fields == null) {
                fields = new Highlighter.HitFields(new String[0], 0);
                searcher.storedFields().document(hit.doc, fields);
            }
            EntityChanged entity = EventJson.read(fields.json, EntityChanged.class);
            List<Snippet> found = new ArrayList<>();
            for (String field : SNIPPET_FIELDS) {
                Object[] perDoc = snippets.get(field);
                if (perDoc != null && perDoc[i] instanceof List<?> parts && !parts.isEmpty()) {
                    @SuppressWarnings("unchecked")
                    List<Part> typed = (List<Part>) parts;
                    found.add(new Snippet(field, typed));
                }
            }
            float score = sort.score(hit);
            page.add(new Hit(entity.entityId(), entity.type(), entity.name(), entity.aliases(),
                fields.connections, score, found));
        }
        return page;
    }

    private Map<String, List<FacetCount>> facets(IndexReader reader, FacetsCollectorManager.FacetsResult result) throws IOException {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = facetStates.of(reader);
        if (state == null) {
            return facets;
        }
        Facets counts = new SortedSetDocValuesFacetCounts(state, result.facetsCollector());
        for (String dimension : DIMENSIONS) {
            FacetResult top;
            try {
                top = counts.getTopChildren(FACET_VALUES, dimension);
            } catch (IllegalArgumentException e) {
                top = null; // no document has this dimension yet
            }
            List<FacetCount> values = new ArrayList<>();
            if (top != null) {
                for (LabelAndValue value : top.labelValues) {
                    values.add(new FacetCount(value.label, value.value.longValue()));
                }
            }
            facets.put(dimension, values);
        }
        return facets;
    }

    /** What the unified highlighter puts between the values of a field. */
    static final char VALUE_SEPARATOR = '\u0000';

    /**
     * Passages ranked by the query words they hold (distinct first), earlier ones first. Lucene's
     * own scorer builds a hash of terms for every candidate passage, which, over the hundreds of
     * sentences an entity's ties may hold, made most of a query's garbage.
     */
    private static final PassageScorer SCORER = new PassageScorer() {
        @Override
        public float score(Passage passage, int contentLength) {
            BytesRef[] terms = passage.getMatchTerms();
            int matches = passage.getNumMatches();
            int distinct = 0;
            for (int i = 0; i < matches; i++) {
                boolean seen = false;
                for (int j = 0; j < i && !seen; j++) {
                    seen = terms[j] != null && terms[j].bytesEquals(terms[i]);
                }
                distinct += seen ? 0 : 1;
            }
            return (distinct + 0.1f * matches) * norm(passage.getStartOffset());
        }
    };

    /**
     * Lucene's unified highlighter, asked for formatted objects (parts) rather than strings, each
     * field with its own query ({@link TextQueries.Parsed#highlights()}); it keeps each hit's
     * {@link HitFields} from the one stored-field visit.
     */
    private static final class Highlighter extends UnifiedHighlighter {
        private final Map<String, Query> perField;
        private final Map<Integer, Highlighter.HitFields> loaded;

        Highlighter(Map<String, Query> perField, Map<Integer, Highlighter.HitFields> loaded, UnifiedHighlighter.Builder builder) {
            super(builder);
            this.perField = perField;
            this.loaded = loaded;
        }

        @Override
        protected FieldHighlighter getFieldHighlighter(String field, Query query, Set<Term> allTerms, int maxPassages) {
            return super.getFieldHighlighter(field, perField.getOrDefault(field, query), allTerms, maxPassages);
        }

        /**
         * Offsets from the postings even when the field's query holds a prefix or a misspelt word:
         * Lucene falls back to analysing the stored text again (up to 20,000 characters a hit) for
         * those, which its weight matches, read from the postings, do not need.
         */
        @Override
        protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
            OffsetSource source = super.getOptimizedOffsetSource(components);
            return source == OffsetSource.ANALYSIS && getFlags(components.getField()).contains(HighlightFlag.WEIGHT_MATCHES)
                && getOffsetSource(components.getField()) == OffsetSource.POSTINGS ? OffsetSource.POSTINGS : source;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            long chars = 0;
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                HitFields visitor = new HitFields(fields, getMaxLength());
                stored.document(doc, visitor);
                loaded.put(doc, visitor);
                values.add(visitor.highlighted());
                for (CharSequence value : visitor.highlighted()) {
                    chars += value == null ? 0 : value.length();
                }
                if (cacheCharsThreshold == 0 || chars > cacheCharsThreshold) {
                    break; // as Lucene's own: the highlighter asks again for the rest
                }
            }
            return values;
        }

        /**
         * What a hit shows (its JSON and connections) and, on the same visit of its stored fields, the
         * highlighted values as the unified highlighter reads them: the stored values of an entity sit
         * in one compressed block with up to 20,000 characters of sentences, decompressed once, not
         * once for snippets and again for the JSON.
         */
        static final class HitFields extends UnifiedHighlighter.LimitedStoredFieldVisitor {
            String json;
            int connections;

            HitFields(String[] highlighted, int maxLength) {
                super(highlighted, VALUE_SEPARATOR, maxLength);
                values = new CharSequence[highlighted.length];
            }

            @Override
            public Status needsField(FieldInfo field) throws IOException {
                if (field.name.equals(JSON) || field.name.equals(CONNECTIONS)) {
                    return Status.YES;
                }
                // STOP would skip the JSON, which may come after the highlighted fields
                return fields.length == 0 || super.needsField(field) != Status.YES ? Status.NO : Status.YES;
            }

            @Override
            public void stringField(FieldInfo field, String value) throws IOException {
                if (field.name.equals(JSON)) {
                    json = value;
                } else {
                    super.stringField(field, value);
                }
            }

            @Override
            public void intField(FieldInfo field, int value) {
                if (field.name.equals(CONNECTIONS)) {
                    connections = value;
                }
            }

            CharSequence[] highlighted() {
                return values;
            }
        }

        Map<String, Object[]> snippets(String[] fields, Query query, int[] docIds, int[] passages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, passages);
        }
    }
}
