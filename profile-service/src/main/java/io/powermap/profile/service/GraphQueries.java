package io.powermap.profile.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.powermap.contract.RelationshipType;
import io.powermap.profile.domain.GraphRows;
import io.powermap.profile.domain.GraphRows.Edge;
import io.powermap.profile.domain.GraphRows.Node;
import io.powermap.profile.domain.GraphRows.Sentence;
import io.powermap.profile.domain.InsightRows;
import io.powermap.profile.domain.PageRows;
import io.powermap.profile.service.GraphView.NodeAt;

/** The graph questions: neighbourhoods, paths, interlocks, money, pages of ties, documents. */
@ApplicationScoped
public class GraphQueries {

    /** Steps a neighbourhood walk may take before it stops widening. */
    static final int MAX_WALK_ROWS = 50_000;
    static final int SHARED_SHOWN = 20;
    static final int FUNDING_ROWS = 200;
    static final int DOCUMENT_FACTS = 1000;

    private final GraphRows graph;
    private final InsightRows insights;
    private final PageRows pages;
    private final PathFinder paths;

    public GraphQueries(GraphRows graph, InsightRows insights, PageRows pages, PathFinder paths) {
        this.graph = graph;
        this.insights = insights;
        this.pages = pages;
        this.paths = paths;
    }

    public Optional<Node> node(UUID id) {
        return graph.nodes(List.of(id)).stream().findFirst();
    }

    public GraphView.Neighbourhood neighbourhood(Node centre, int depth, List<RelationshipType> types, int limit) {
        List<String> typeNames = names(types);
        List<GraphRows.Reached> reached = graph.neighbourhood(centre.id(), depth, typeNames, limit + 1, MAX_WALK_ROWS);
        boolean truncated = reached.size() > limit;
        List<NodeAt> nodes = reached.stream().limit(limit)
            .map(r -> new NodeAt(r.node().id(), r.node().type(), r.node().name(), r.depth())).toList();
        int maxEdges = limit * 5;
        List<Edge> edges = graph.edgesAmong(nodes.stream().map(NodeAt::id).toList(), typeNames, maxEdges + 1);
        truncated |= edges.size() > maxEdges;
        return new GraphView.Neighbourhood(centre, depth, types, nodes, edges.stream().limit(maxEdges).toList(), truncated);
    }

    public GraphView.Paths paths(Node from, Node to, int maxHops, List<RelationshipType> types, int k) {
        PathFinder.Result result = paths.find(from.id(), to.id(), maxHops, names(types), k);
        Set<UUID> nodeIds = new LinkedHashSet<>();
        Set<UUID> tieIds = new LinkedHashSet<>();
        result.paths().forEach(path -> {
            nodeIds.addAll(path.nodes());
            tieIds.addAll(path.ties());
        });
        Map<UUID, Node> nodes = byId(graph.nodes(nodeIds), Node::id);
        Map<UUID, Edge> edges = byId(graph.edges(tieIds), Edge::id);
        Map<UUID, List<GraphView.Source>> evidence = sources(graph.sentences(tieIds, 1));
        List<GraphView.Path> found = result.paths().stream().map(path -> new GraphView.Path(path.ties().size(),
            path.nodes().stream().map(nodes::get).toList(),
            path.ties().stream().map(id -> new GraphView.PathEdge(edges.get(id),
                evidence.getOrDefault(id, List.of()).stream().findFirst().orElse(null))).toList())).toList();
        Integer hops = found.isEmpty() ? null : found.get(0).hops();
        return new GraphView.Paths(from, to, maxHops, hops, found, result.limitReached());
    }

    public GraphView.Interlocks interlocks(Node entity, RelationshipType via, int limit) {
        List<InsightRows.Interlock> rows = insights.interlocks(entity.id(), via, limit, SHARED_SHOWN);
        Set<UUID> ids = new LinkedHashSet<>();
        rows.forEach(row -> {
            ids.add(row.otherId());
            ids.addAll(row.shared());
        });
        Map<UUID, Node> nodes = byId(graph.nodes(ids), Node::id);
        return new GraphView.Interlocks(entity, via, rows.stream().map(row -> new GraphView.Interlock(nodes.get(row.otherId()),
            row.count(), row.shared().stream().map(nodes::get).sorted(java.util.Comparator.comparing(Node::name)).toList()))
            .toList());
    }

    public GraphView.Funding funding(Node entity) {
        List<InsightRows.Counterpart> counterparts = insights.counterparts(entity.id(), FUNDING_ROWS);
        List<InsightRows.Flow> flows = insights.flows(entity.id(), FUNDING_ROWS);
        Set<UUID> ids = new LinkedHashSet<>();
        counterparts.forEach(row -> ids.add(row.counterpartId()));
        flows.forEach(flow -> ids.addAll(List.of(flow.funderId(), flow.intermediaryId(), flow.recipientId())));
        Map<UUID, Node> nodes = byId(graph.nodes(ids), Node::id);
        List<GraphView.Money> money = counterparts.stream().map(row -> new GraphView.Money(direction(row.incoming()),
            nodes.get(row.counterpartId()), row.currency(), row.total(), row.ties(), row.firstYear(), row.lastYear())).toList();
        return new GraphView.Funding(entity,
            money.stream().filter(m -> m.direction().equals("INCOMING")).toList(),
            money.stream().filter(m -> m.direction().equals("OUTGOING")).toList(),
            insights.yearTotals(entity.id()).stream().map(row -> new GraphView.YearTotal(direction(row.incoming()),
                row.year(), row.currency(), row.total(), row.ties())).toList(),
            flows.stream().map(flow -> new GraphView.Flow(nodes.get(flow.funderId()), nodes.get(flow.intermediaryId()),
                nodes.get(flow.recipientId()), flow.firstAmount(), flow.firstCurrency(), flow.secondAmount(),
                flow.secondCurrency())).toList());
    }

    /** One page of the entity's ties after the cursor's tie, with their evidence. */
    public GraphView.TiePage relationships(Node entity, List<RelationshipType> types, UUID after, int size,
                                           int sentencesPerTie) {
        List<PageRows.TieAt> rows = pages.ties(entity.id(), names(types), after, size + 1);
        List<PageRows.TieAt> page = rows.stream().limit(size).toList();
        Map<UUID, List<GraphView.Source>> evidence = sources(graph.sentences(page.stream().map(t -> t.edge().id()).toList(),
            sentencesPerTie));
        List<GraphView.TieItem> items = page.stream().map(tie -> {
            Edge e = tie.edge();
            return new GraphView.TieItem(e.id(), e.type(), tie.outgoing() ? "OUTGOING" : "INCOMING", tie.other(), e.role(),
                e.start(), e.end(), e.current(), e.amount(), e.currency(), e.confidence(), e.evidenceCount(),
                evidence.getOrDefault(e.id(), List.of()));
        }).toList();
        String next = rows.size() > size ? Cursors.after(page.get(page.size() - 1).edge().id()) : null;
        return new GraphView.TiePage(entity, items, next);
    }

    public Optional<GraphView.Document> document(String documentId) {
        return pages.source(documentId).map(source -> {
            List<Node> named = pages.entitiesNamedIn(documentId, DOCUMENT_FACTS);
            List<Edge> ties = graph.edges(pages.tiesEvidencedIn(documentId, DOCUMENT_FACTS));
            Map<UUID, List<GraphView.Source>> evidence = sources(pages.sentencesIn(documentId, DOCUMENT_FACTS * 4));
            Set<UUID> ends = new LinkedHashSet<>();
            ties.forEach(tie -> ends.addAll(List.of(tie.sourceId(), tie.targetId())));
            Map<UUID, Node> nodes = byId(graph.nodes(ends), Node::id);
            List<GraphView.Fact> facts = ties.stream()
                .sorted(java.util.Comparator.comparing(Edge::type).thenComparing(Edge::id))
                .map(tie -> new GraphView.Fact(tie, nodes.get(tie.sourceId()), nodes.get(tie.targetId()),
                    evidence.getOrDefault(tie.id(), List.of()))).toList();
            return new GraphView.Document(source.id(), source.title(), source.uri(), source.mediaType(), source.copyright(),
                source.parsedAt(), named, facts);
        });
    }

    private static Map<UUID, List<GraphView.Source>> sources(List<Sentence> sentences) {
        Map<UUID, List<GraphView.Source>> byTie = new HashMap<>();
        sentences.forEach(s -> byTie.computeIfAbsent(s.relationshipId(), id -> new ArrayList<>()).add(new GraphView.Source(
            s.documentId(), s.title(), s.uri(), s.text(), s.start(), s.end(), s.footnotes())));
        return byTie;
    }

    private static <T> Map<UUID, T> byId(Collection<T> values, Function<T, UUID> id) {
        return values.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }

    private static List<String> names(List<RelationshipType> types) {
        return types.stream().map(Enum::name).toList();
    }

    private static String direction(boolean incoming) {
        return incoming ? "INCOMING" : "OUTGOING";
    }
}
