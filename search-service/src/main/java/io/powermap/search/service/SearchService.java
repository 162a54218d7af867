package io.powermap.search.service;

import static io.powermap.search.service.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

import io.powermap.contract.EntityChanged;
import io.powermap.contract.EventJson;
import io.powermap.search.config.SearchConfig;
import io.powermap.search.domain.SearchPage;
import io.powermap.search.domain.SearchPage.FacetCount;
import io.powermap.search.domain.SearchPage.Hit;

/** Full-text search over entities: BM25, filters, Lucene facets, highlighted snippets, search-after pages. */
@ApplicationScoped
public class SearchService {

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
            List<Hit> page = hits(searcher, text == null ? null : text.highlight(), hits, request.sort());
            String next = hits.length == request.limit() && total > 0
                ? Cursor.of((FieldDoc) hits[hits.length - 1], request.sort()) : null;
            return new SearchPage(total, page, facets, next);
        });
    }

    private List<Hit> hits(IndexSearcher searcher, Query highlight, ScoreDoc[] hits, SearchSort sort) throws IOException {
        int[] docIds = new int[hits.length];
        for (int i = 0; i < hits.length; i++) {
            docIds[i] = hits[i].doc;
        }
        Snippets.Shown[] shown = Snippets.of(searcher, analyzer, highlight == null ? null : searcher.rewrite(highlight), docIds);
        List<Hit> page = new ArrayList<>(hits.length);
        for (int i = 0; i < hits.length; i++) {
            EntityChanged entity = EventJson.read(shown[i].values().json, EntityChanged.class);
            page.add(new Hit(entity.entityId(), entity.type(), entity.name(), entity.aliases(),
                shown[i].values().connections, sort.score((FieldDoc) hits[i]), shown[i].snippets()));
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
}
