package io.powermap.profile.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.powermap.contract.EntityType;
import io.powermap.contract.EventJson;
import io.powermap.contract.RelationshipType;

/** Read-side SQL of the graph: nodes, ties, walks and the sentences behind ties. */
@ApplicationScoped
public class GraphRows {

    public record Node(UUID id, EntityType type, String name) {
    }

    public record Reached(Node node, int depth) {
    }

    public record Edge(UUID id, RelationshipType type, UUID sourceId, UUID targetId, String role, String start,
                       String end, Boolean current, BigDecimal amount, String currency, double confidence,
                       int evidenceCount) {
    }

    /** One tie seen from one of its ends. */
    public record Step(UUID from, UUID to, UUID tieId) {
    }

    public record Sentence(UUID relationshipId, String documentId, String title, String uri, String text, int start,
                           int end, List<String> footnotes) {
    }

    static final String EDGE_COLUMNS = "r.id, r.type, r.source_id, r.target_id, r.role, r.start_year, r.end_year, "
        + "r.current, r.amount, r.currency, r.confidence, "
        + "(select count(*) from evidence e where e.relationship_id = r.id) as evidence_count";

    private final DataSource data;

    public GraphRows(DataSource data) {
        this.data = data;
    }

    public List<Node> nodes(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : Sql.query(data, "select id, type, name from entity where id = any(?)",
            statement -> statement.setArray(1, Sql.uuids(statement, ids)), GraphRows::node);
    }

    /** The aliases of the entities, in one query. */
    public Map<UUID, List<String>> aliases(Collection<UUID> ids) {
        Map<UUID, List<String>> aliases = new HashMap<>();
        if (!ids.isEmpty()) {
            Sql.query(data, "select entity_id, alias from entity_alias where entity_id = any(?) order by entity_id, match_key",
                statement -> statement.setArray(1, Sql.uuids(statement, ids)), row -> aliases
                    .computeIfAbsent(Sql.uuid(row, "entity_id"), id -> new ArrayList<>()).add(row.getString("alias")));
        }
        return aliases;
    }

    /**
     * The entities within {@code depth} ties of the centre, nearest first, at most {@code maxNodes}.
     * A recursive walk with a hop limit; it stops after {@code maxRows} steps, so a hub cannot make it
     * visit the whole graph (its rows come level by level, so the nearest are never the ones cut).
     */
    public List<Reached> neighbourhood(UUID centre, int depth, List<String> types, int maxNodes, int maxRows) {
        return Sql.query(data, """
            with recursive walk(entity_id, depth) as (
                select ?::uuid, 0
              union
                select t.other_id, w.depth + 1 from walk w join tie_end t on t.entity_id = w.entity_id
                 where w.depth < ? and t.type = any(?)
            ), nearest as (
                select entity_id, min(depth) as depth from (select * from walk limit ?) w
                 group by entity_id order by min(depth), entity_id limit ?
            )
            select e.id, e.type, e.name, n.depth from nearest n join entity e on e.id = n.entity_id
             order by n.depth, e.name
            """, statement -> {
                statement.setObject(1, centre);
                statement.setInt(2, depth);
                statement.setArray(3, Sql.texts(statement, types));
                statement.setInt(4, maxRows);
                statement.setInt(5, maxNodes);
            }, row -> new Reached(node(row), row.getInt("depth")));
    }

    /** Ties of the given types between any two of the entities. */
    public List<Edge> edgesAmong(Collection<UUID> ids, List<String> types, int limit) {
        return Sql.query(data, "select " + EDGE_COLUMNS + " from relationship r "
            + "where r.source_id = any(?) and r.target_id = any(?) and r.type = any(?) order by r.type, r.id limit ?",
            statement -> {
                statement.setArray(1, Sql.uuids(statement, ids));
                statement.setArray(2, Sql.uuids(statement, ids));
                statement.setArray(3, Sql.texts(statement, types));
                statement.setInt(4, limit);
            }, GraphRows::edge);
    }

    public List<Edge> edges(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : Sql.query(data, "select " + EDGE_COLUMNS + " from relationship r where r.id = any(?)",
            statement -> statement.setArray(1, Sql.uuids(statement, ids)), GraphRows::edge);
    }

    /** Every tie of the given types at any of the entities, as steps away from them. */
    public List<Step> steps(Collection<UUID> frontier, List<String> types) {
        return Sql.query(data, "select entity_id, other_id, id from tie_end where entity_id = any(?) and type = any(?)",
            statement -> {
                statement.setArray(1, Sql.uuids(statement, frontier));
                statement.setArray(2, Sql.texts(statement, types));
            }, row -> new Step(Sql.uuid(row, "entity_id"), Sql.uuid(row, "other_id"), Sql.uuid(row, "id")));
    }

    /** The evidence of the ties with its documents' titles and URIs; at most {@code perTie} sentences each. */
    public List<Sentence> sentences(Collection<UUID> tieIds, int perTie) {
        return tieIds.isEmpty() ? List.of() : Sql.query(data, """
            select ev.*, d.title, d.uri from unnest(?::uuid[]) as t(id)
              cross join lateral (select e.relationship_id, e.document_id, e.sentence, e.start_offset, e.end_offset,
                                         e.footnotes::text as footnotes, e.id
                                    from evidence e where e.relationship_id = t.id order by e.id limit ?) ev
              left join source_document d on d.id = ev.document_id
             order by ev.relationship_id, ev.id
            """, statement -> {
                statement.setArray(1, Sql.uuids(statement, tieIds));
                statement.setInt(2, perTie);
            }, GraphRows::sentence);
    }

    static Node node(ResultSet row) throws SQLException {
        return new Node(Sql.uuid(row, "id"), EntityType.valueOf(row.getString("type")), row.getString("name"));
    }

    static Edge edge(ResultSet row) throws SQLException {
        return new Edge(Sql.uuid(row, "id"), RelationshipType.valueOf(row.getString("type")), Sql.uuid(row, "source_id"),
            Sql.uuid(row, "target_id"), row.getString("role"), row.getString("start_year"), row.getString("end_year"),
            (Boolean) row.getObject("current"), row.getBigDecimal("amount"), row.getString("currency"),
            row.getDouble("confidence"), row.getInt("evidence_count"));
    }

    @SuppressWarnings("unchecked")
    static Sentence sentence(ResultSet row) throws SQLException {
        return new Sentence(Sql.uuid(row, "relationship_id"), row.getString("document_id"), row.getString("title"),
            row.getString("uri"), row.getString("sentence"), row.getInt("start_offset"), row.getInt("end_offset"),
            EventJson.read(row.getString("footnotes"), List.class));
    }
}
