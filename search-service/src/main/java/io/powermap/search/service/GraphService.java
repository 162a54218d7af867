package io.powermap.search.service;

import static io.powermap.search.service.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

import io.powermap.contract.EntityChanged;
import io.powermap.contract.EventJson;
import io.powermap.contract.RelationshipChanged;
import io.powermap.contract.RelationshipType;
import io.powermap.search.config.SearchConfig;
import io.powermap.search.domain.GraphView;
import io.powermap.search.domain.GraphView.Edge;
import io.powermap.search.domain.GraphView.Evidence;
import io.powermap.search.domain.GraphView.Node;

/** An entity's neighbourhood from the index, as public records. */
@ApplicationScoped
public class GraphService {

    private final LuceneIndex index;
    private final SearchConfig config;
    private final EvidenceSources sources;

    public GraphService(LuceneIndex index, SearchConfig config, EvidenceSources sources) {
        this.index = index;
        this.config = config;
        this.sources = sources;
    }

    /** @return empty when no such entity is indexed */
    public Optional<GraphView> neighbourhood(String id, RelationshipType only, int limit) throws IOException {
        Optional<Map<String, List<Evidence>>> documents = sources.of(id);
        return Optional.ofNullable(Searches.run(index.searchers(), config.queryTimeLimit(), searcher -> {
            TopDocs center = searcher.search(LuceneIndex.entityById(id), 1);
            if (center.scoreDocs.length == 0) {
                return null;
            }
            Document centerDoc = searcher.storedFields().document(center.scoreDocs[0].doc);
            EntityChanged entity = EventJson.read(centerDoc.get(JSON), EntityChanged.class);
            BooleanQuery.Builder ties = new BooleanQuery.Builder().add(LuceneIndex.tiesOf(id), Occur.MUST);
            if (only != null) {
                ties.add(new TermQuery(new Term(TYPE, only.name())), Occur.FILTER);
            }
            TopDocs found = searcher.search(ties.build(), limit);
            List<RelationshipChanged> read = new ArrayList<>();
            for (ScoreDoc scored : found.scoreDocs) {
                read.add(EventJson.read(searcher.storedFields().document(scored.doc).get(JSON), RelationshipChanged.class));
            }
            List<Edge> edges = read.stream().map(tie -> edge(tie, documents)).toList();
            int connections = centerDoc.getField(CONNECTIONS).numericValue().intValue();
            GraphView.Entity centre = new GraphView.Entity(id, entity.type(), entity.name(), entity.aliases(),
                entity.attributes(), connections);
            return new GraphView(centre, nodes(searcher, entity, connections, read), edges,
                found.totalHits.value > read.size(), documents.isPresent());
        }));
    }

    private static Edge edge(RelationshipChanged tie, Optional<Map<String, List<Evidence>>> documents) {
        List<Evidence> evidence = documents.map(known -> known.get(tie.relationshipId())).orElse(null);
        if (evidence == null) {
            evidence = tie.evidence().stream().map(sentence -> new Evidence(sentence, null, null, null)).toList();
        }
        return new Edge(tie.relationshipId(), tie.type(), tie.sourceId(), tie.targetId(), tie.role(), tie.start(), tie.end(),
            tie.current(), tie.amount(), tie.currency(), tie.confidence(), evidence);
    }

    /** The centre first, then each entity at the other end of a tie, typed from its own document. */
    private static List<Node> nodes(IndexSearcher searcher, EntityChanged center, int connections,
                                    List<RelationshipChanged> ties) throws IOException {
        Map<String, Node> nodes = new LinkedHashMap<>();
        nodes.put(center.entityId(), new Node(center.entityId(), center.type(), center.name(), connections));
        Map<String, String> names = new LinkedHashMap<>();
        for (RelationshipChanged tie : ties) {
            names.putIfAbsent(tie.sourceId(), tie.sourceName());
            names.putIfAbsent(tie.targetId(), tie.targetName());
        }
        names.remove(center.entityId());
        Set<BytesRef> ids = new LinkedHashSet<>();
        names.keySet().forEach(other -> ids.add(new BytesRef(other)));
        Map<String, Node> known = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            BooleanQuery query = new BooleanQuery.Builder()
                .add(new TermInSetQuery(ID, ids), Occur.FILTER)
                .add(new TermQuery(new Term(KIND, ENTITY)), Occur.FILTER)
                .build();
            for (ScoreDoc scored : searcher.search(query, ids.size()).scoreDocs) {
                Document doc = searcher.storedFields().document(scored.doc);
                EntityChanged other = EventJson.read(doc.get(JSON), EntityChanged.class);
                known.put(other.entityId(), new Node(other.entityId(), other.type(), other.name(),
                    doc.getField(CONNECTIONS).numericValue().intValue()));
            }
        }
        // an entity not indexed yet (its change still on the way) keeps the name the tie gives it
        names.forEach((other, name) -> nodes.put(other, known.getOrDefault(other, new Node(other, null, name, 0))));
        return List.copyOf(nodes.values());
    }
}
