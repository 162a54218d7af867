package io.powermap.search.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.suggest.document.CompletionAnalyzer;
import org.apache.lucene.search.suggest.document.PrefixCompletionQuery;
import org.apache.lucene.search.suggest.document.SuggestIndexSearcher;
import org.apache.lucene.search.suggest.document.TopSuggestDocs;

import io.powermap.contract.EntityChanged;
import io.powermap.contract.EventJson;
import io.powermap.search.domain.Suggestion;

/**
 * Typeahead with Lucene's document suggester: every name and alias (also from its second, third
 * and fourth word on) is a completion in the main index, folded to ASCII and weighted by the
 * entity's connections, so suggestions are accent-insensitive, best connected first, and change
 * with the same refresh as search.
 */
@ApplicationScoped
public class SuggestService {

    private final LuceneIndex index;
    private final CompletionAnalyzer analyzer = new CompletionAnalyzer(Analyzers.words());

    public SuggestService(LuceneIndex index) {
        this.index = index;
    }

    public List<Suggestion> suggest(String prefix, int limit) throws IOException {
        if (prefix.isBlank()) {
            return List.of();
        }
        IndexSearcher shared = index.searchers().acquire();
        try {
            SuggestIndexSearcher searcher = new SuggestIndexSearcher(shared.getIndexReader());
            PrefixCompletionQuery query = new PrefixCompletionQuery(analyzer, new Term(IndexFields.SUGGEST, prefix));
            TopSuggestDocs top = searcher.suggest(query, limit * 4, false);
            List<Suggestion> suggestions = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            for (TopSuggestDocs.SuggestScoreDoc hit : top.scoreLookupDocs()) {
                if (suggestions.size() == limit) {
                    break;
                }
                if (seen.add(hit.doc)) {
                    EntityChanged entity = EventJson.read(searcher.storedFields().document(hit.doc).get(IndexFields.JSON),
                        EntityChanged.class);
                    suggestions.add(new Suggestion(entity.entityId(), entity.type(), entity.name(), hit.key.toString(),
                        (int) hit.score));
                }
            }
            return suggestions;
        } finally {
            index.searchers().release(shared);
        }
    }
}
