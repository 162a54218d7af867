package io.powermap.search.service;

import static io.powermap.search.service.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import io.powermap.contract.EntityChanged;
import io.powermap.contract.EntityType;
import io.powermap.contract.EventJson;
import io.powermap.search.config.SearchConfig;
import io.powermap.search.domain.SimilarEntity;

/**
 * Organizations that share funders, members and leaders with one: each shared one counts one
 * (a constant-score clause per funder, member and leader), most shared first.
 */
@ApplicationScoped
public class SimilarService {

    private static final List<String> PEER_FIELDS = List.of(FUNDED_BY, MEMBER, LEADER);
    private static final int MAX_CLAUSES_PER_FIELD = 300;

    private final LuceneIndex index;
    private final SearchConfig config;

    public SimilarService(LuceneIndex index, SearchConfig config) {
        this.index = index;
        this.config = config;
    }

    /** @return empty when no such entity is indexed */
    public Optional<List<SimilarEntity>> similar(String id, int limit) throws IOException {
        return Optional.ofNullable(Searches.run(index.searchers(), config.queryTimeLimit(), searcher -> {
            TopDocs center = searcher.search(LuceneIndex.entityById(id), 1);
            if (center.scoreDocs.length == 0) {
                return null;
            }
            Document doc = searcher.storedFields().document(center.scoreDocs[0].doc);
            Map<String, Set<String>> peers = peers(doc);
            BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KIND, ENTITY)), Occur.FILTER)
                .add(new TermQuery(new Term(TYPE, EntityType.ORGANIZATION.name())), Occur.FILTER)
                .add(new TermQuery(new Term(ID, id)), Occur.MUST_NOT);
            int clauses = 0;
            for (String field : PEER_FIELDS) {
                for (String peer : peers.get(field).stream().limit(MAX_CLAUSES_PER_FIELD).toList()) {
                    query.add(new ConstantScoreQuery(new TermQuery(new Term(field, peer))), Occur.SHOULD);
                    clauses++;
                }
            }
            if (clauses == 0) {
                return List.<SimilarEntity>of();
            }
            query.setMinimumNumberShouldMatch(1);
            Map<String, String> names = names(searcher, id);
            List<SimilarEntity> similar = new ArrayList<>();
            for (ScoreDoc scored : searcher.search(query.build(), limit).scoreDocs) {
                Document other = searcher.storedFields().document(scored.doc);
                EntityChanged entity = EventJson.read(other.get(JSON), EntityChanged.class);
                Map<String, Set<String>> theirs = peers(other);
                List<List<String>> shared = new ArrayList<>();
                for (String field : PEER_FIELDS) {
                    Set<String> both = new LinkedHashSet<>(peers.get(field));
                    both.retainAll(theirs.get(field));
                    shared.add(both.stream().map(peer -> names.getOrDefault(peer, peer)).toList());
                }
                similar.add(new SimilarEntity(entity.entityId(), entity.type(), entity.name(), (int) scored.score,
                    shared.get(0), shared.get(1), shared.get(2)));
            }
            return similar;
        }));
    }

    private static Map<String, Set<String>> peers(Document doc) {
        Map<String, Set<String>> peers = new HashMap<>();
        for (String field : PEER_FIELDS) {
            peers.put(field, new LinkedHashSet<>(List.of(doc.getValues(field))));
        }
        return peers;
    }

    /** Names of the entities tied to this one, as its ties' summaries give them (no stored JSON read). */
    private static Map<String, String> names(IndexSearcher searcher, String id) throws IOException {
        EntityTies ties = new EntityTies();
        IndexedTies.read(searcher, id, Map.of(), ties, LuceneIndex.MAX_TIES_READ);
        Map<String, String> names = new HashMap<>();
        for (TieSummary tie : ties.ties()) {
            names.put(tie.sourceId(), tie.sourceName());
            names.put(tie.targetId(), tie.targetName());
        }
        return names;
    }
}
