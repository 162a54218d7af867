package io.powermap.profile.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.profile.domain.GraphRows.Edge;
import io.powermap.profile.domain.GraphRows.Node;

/** The answers of the graph questions, as the API shows them. */
public final class GraphView {

    private GraphView() {
    }

    /** A sentence stating a tie, with the document it is from. */
    public record Source(String documentId, String title, String uri, String sentence, int start, int end,
                         List<String> footnotes) {
    }

    public record NodeAt(UUID id, EntityType type, String name, int depth) {
    }

    public record Neighbourhood(Node centre, int depth, List<RelationshipType> types, List<NodeAt> nodes,
                                List<Edge> edges, boolean truncated) {
    }

    public record PathEdge(Edge tie, Source evidence) {
    }

    public record Path(int hops, List<Node> nodes, List<PathEdge> edges) {
    }

    /** The shortest paths found (all of one length, the shortest), or none within maxHops. */
    public record Paths(Node from, Node to, int maxHops, Integer hops, List<Path> paths, boolean searchLimitReached) {
    }

    public record Interlock(Node entity, int shared, List<Node> via) {
    }

    public record Interlocks(Node entity, RelationshipType via, List<Interlock> interlocks) {
    }

    public record Money(String direction, Node counterpart, String currency, BigDecimal total, int ties,
                        String firstYear, String lastYear) {
    }

    public record YearTotal(String direction, String year, String currency, BigDecimal total, int ties) {
    }

    public record Flow(Node funder, Node intermediary, Node recipient, BigDecimal firstAmount, String firstCurrency,
                       BigDecimal secondAmount, String secondCurrency) {
    }

    public record Funding(Node entity, List<Money> incoming, List<Money> outgoing, List<YearTotal> totals,
                          List<Flow> flows) {
    }

    public record TieItem(UUID id, RelationshipType type, String direction, Node other, String role, String start,
                          String end, Boolean current, BigDecimal amount, String currency, double confidence,
                          int evidenceCount, List<Source> evidence) {
    }

    /** One page of ties; {@code next} is the cursor of the following page, null on the last. */
    public record TiePage(Node entity, List<TieItem> items, String next) {
    }

    public record Fact(Edge tie, Node source, Node target, List<Source> evidence) {
    }

    public record Document(String id, String title, String uri, String mediaType, String copyright, Instant parsedAt,
                           List<Node> entities, List<Fact> relationships) {
    }
}
