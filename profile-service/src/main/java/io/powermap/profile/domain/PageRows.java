package io.powermap.profile.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.powermap.contract.EntityType;
import io.powermap.profile.domain.GraphRows.Edge;
import io.powermap.profile.domain.GraphRows.Node;

/** Keyset pages of an entity's ties, and a source document with the facts it supports. */
@ApplicationScoped
public class PageRows {

    /** A tie seen from the entity: which way it points and the entity at the other end. */
    public record TieAt(Edge edge, boolean outgoing, Node other) {
    }

    public record Source(String id, String title, String uri, String mediaType, String copyright, Instant parsedAt) {
    }

    private final DataSource data;

    public PageRows(DataSource data) {
        this.data = data;
    }

    /** Ties of the entity with an id after {@code after}, in id order; at most {@code limit}. */
    public List<TieAt> ties(UUID entityId, List<String> types, UUID after, int limit) {
        return Sql.query(data, "select " + GraphRows.EDGE_COLUMNS + ", t.outgoing, o.id as other_id, o.type as other_type, "
            + "o.name as other_name from tie_end t join relationship r on r.id = t.id join entity o on o.id = t.other_id "
            + "where t.entity_id = ? and t.type = any(?) and t.id > ? order by t.id limit ?", statement -> {
                statement.setObject(1, entityId);
                statement.setArray(2, Sql.texts(statement, types));
                statement.setObject(3, after);
                statement.setInt(4, limit);
            }, row -> new TieAt(GraphRows.edge(row), row.getBoolean("outgoing"), new Node(Sql.uuid(row, "other_id"),
                EntityType.valueOf(row.getString("other_type")), row.getString("other_name"))));
    }

    public Optional<Source> source(String documentId) {
        return Sql.query(data, "select * from source_document where id = ?", statement -> statement.setString(1, documentId),
            row -> new Source(row.getString("id"), row.getString("title"), row.getString("uri"), row.getString("media_type"),
                row.getString("copyright"), row.getTimestamp("parsed_at").toInstant())).stream().findFirst();
    }

    public List<Node> entitiesNamedIn(String documentId, int limit) {
        return Sql.query(data, "select e.id, e.type, e.name from entity_document d join entity e on e.id = d.entity_id "
            + "where d.document_id = ? order by e.name, e.id limit ?", statement -> {
                statement.setString(1, documentId);
                statement.setInt(2, limit);
            }, GraphRows::node);
    }

    /** Ties the document states, with its own sentences for each. */
    public List<UUID> tiesEvidencedIn(String documentId, int limit) {
        return Sql.query(data, "select distinct relationship_id from evidence where document_id = ? limit ?", statement -> {
            statement.setString(1, documentId);
            statement.setInt(2, limit);
        }, row -> Sql.uuid(row, "relationship_id"));
    }

    public List<GraphRows.Sentence> sentencesIn(String documentId, int limit) {
        return Sql.query(data, "select e.relationship_id, e.document_id, e.sentence, e.start_offset, e.end_offset, "
            + "e.footnotes::text as footnotes, d.title, d.uri from evidence e join source_document d on d.id = e.document_id "
            + "where e.document_id = ? order by e.id limit ?", statement -> {
                statement.setString(1, documentId);
                statement.setInt(2, limit);
            }, GraphRows::sentence);
    }
}
