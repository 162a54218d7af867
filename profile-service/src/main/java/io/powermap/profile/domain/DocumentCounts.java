package io.powermap.profile.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** What the store holds from each of some documents: the entities it names and the relationships it evidences. */
@ApplicationScoped
public class DocumentCounts {

    public record Counts(int entities, int relationships) {
    }

    private static final String COUNTS = """
        select d.id,
               (select count(*) from entity_document n where n.document_id = d.id) as entities,
               (select count(distinct e.relationship_id) from evidence e where e.document_id = d.id) as relationships
        from unnest(?) as d(id)
        """;

    private final DataSource data;

    public DocumentCounts(DataSource data) {
        this.data = data;
    }

    /** In the caller's transaction, so a document applied in it counts as applied. */
    public Map<String, Counts> of(List<String> documentIds) {
        Map<String, Counts> counts = new HashMap<>();
        Sql.query(data, COUNTS, statement -> statement.setArray(1, Sql.texts(statement, documentIds)),
            row -> Map.entry(row.getString(1), new Counts(row.getInt(2), row.getInt(3))))
            .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }
}
