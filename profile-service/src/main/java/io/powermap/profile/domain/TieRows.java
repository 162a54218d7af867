package io.powermap.profile.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.powermap.contract.EventJson;
import io.powermap.contract.RelationshipType;

/** Relationships and their evidence, written in set-wise statements. */
@ApplicationScoped
public class TieRows {

    /** One tie as a document states it; its key is (type, source, target, roleKey). */
    public record Stated(UUID newId, RelationshipType type, UUID sourceId, UUID targetId, String role, String roleKey,
                         String start, String end, Boolean current, BigDecimal amount, String currency, double confidence) {

        public Key key() {
            return new Key(type, sourceId, targetId, roleKey);
        }
    }

    public record Key(RelationshipType type, UUID sourceId, UUID targetId, String roleKey) {
    }

    /** A sentence of the document stating the tie with this key. */
    public record EvidenceRow(Key key, String sentence, int start, int end, List<String> footnotes) {
    }

    /** What a change event says about a tie. */
    public record Snapshot(UUID id, RelationshipType type, UUID sourceId, String sourceName, UUID targetId,
                           String targetName, String role, String start, String end, Boolean current, BigDecimal amount,
                           String currency, double confidence, List<String> evidence) {
    }

    /** A tie after the upsert; changed when it is new or its fields or first sentences are not what they were. */
    public record Upserted(UUID id, boolean changed) {
    }

    private static final String UPSERT = """
        with input as (
            select * from unnest(?::uuid[], ?::varchar[], ?::uuid[], ?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[],
                                 ?::varchar[], ?::boolean[], ?::numeric[], ?::varchar[], ?::float8[])
              as u(id, type, source_id, target_id, role, role_key, start_year, end_year, current, amount, currency,
                   confidence)
             where not exists (select 1 from suppressed_tie s where s.source_id = u.source_id and s.target_id = u.target_id
                                 and s.type = u.type and s.role_key = u.role_key)
        ), before as (
            select r.*, (select count(*) from (select 1 from evidence e where e.relationship_id = r.id limit ?) few)
                        as sentences
              from input i join relationship r on r.type = i.type and r.source_id = i.source_id
                                              and r.target_id = i.target_id and r.role_key = i.role_key
        ), up as (
            insert into relationship (id, type, source_id, target_id, role, role_key, start_year, end_year, current,
                                      amount, currency, confidence, updated_at)
            select i.id, i.type, i.source_id, i.target_id, i.role, i.role_key, i.start_year, i.end_year, i.current,
                   i.amount, i.currency, i.confidence, ? from input i
            on conflict (type, source_id, target_id, role_key) do update set
                role = case when jsonb_exists(relationship.manual, 'role') then relationship.role
                    else coalesce(excluded.role, relationship.role) end,
                start_year = case when jsonb_exists(relationship.manual, 'start_year') then relationship.start_year
                    else coalesce(excluded.start_year, relationship.start_year) end,
                end_year = case when jsonb_exists(relationship.manual, 'end_year') then relationship.end_year
                    else coalesce(excluded.end_year, relationship.end_year) end,
                current = case when jsonb_exists(relationship.manual, 'current') then relationship.current
                    else coalesce(excluded.current, relationship.current) end,
                amount = case when jsonb_exists(relationship.manual, 'amount') then relationship.amount
                    else coalesce(excluded.amount, relationship.amount) end,
                currency = case when jsonb_exists(relationship.manual, 'currency') then relationship.currency
                    else coalesce(excluded.currency, relationship.currency) end,
                confidence = greatest(relationship.confidence, excluded.confidence),
                updated_at = excluded.updated_at
            returning *
        ), ev as (
            insert into evidence (relationship_id, document_id, sentence, start_offset, end_offset, footnotes)
            select up.id, ?, x.sentence, x.start_offset, x.end_offset, x.footnotes::jsonb
              from unnest(?::varchar[], ?::uuid[], ?::uuid[], ?::varchar[], ?::text[], ?::int[], ?::int[], ?::text[])
                   with ordinality as x(type, source_id, target_id, role_key, sentence, start_offset, end_offset, footnotes, n)
              join up on up.type = x.type and up.source_id = x.source_id and up.target_id = x.target_id
                     and up.role_key = x.role_key
             order by x.n
        ), stated as (
            insert into tie_statement (relationship_id, document_id, role, start_year, end_year, current, amount, currency,
                                       confidence, at)
            select up.id, ?, i.role, i.start_year, i.end_year, i.current, i.amount, i.currency, i.confidence, ?
              from input i join up on up.type = i.type and up.source_id = i.source_id and up.target_id = i.target_id
                                  and up.role_key = i.role_key
            on conflict do nothing
        )
        select up.id, up.type, up.source_id, up.target_id, up.role_key,
               b.id is null or b.sentences < ?
               or (b.role, b.start_year, b.end_year, b.current, b.amount, b.currency, b.confidence)
                  is distinct from (up.role, up.start_year, up.end_year, up.current, up.amount, up.currency, up.confidence)
               as changed
          from up left join before b on b.id = up.id
        """;

    private final DataSource data;

    public TieRows(DataSource data) {
        this.data = data;
    }

    /**
     * Inserts the ties or merges them into the stored ones and adds the document's sentences for them,
     * in one statement; returns the id of each key and whether it changed. Ties a user marked wrong
     * (suppressed_tie) are left out and have no entry; fields a user set keep their value. A tie that had fewer than {@code fewSentences} sentences counts as changed.
     */
    public Map<Key, Upserted> upsert(Collection<Stated> ties, List<EvidenceRow> evidence, String documentId, Instant now,
                                     int fewSentences) {
        if (ties.isEmpty()) {
            return Map.of();
        }
        Map<Key, Upserted> ids = new HashMap<>();
        Sql.query(data, UPSERT, statement -> {
            var connection = statement.getConnection();
            statement.setArray(1, Sql.uuids(statement, ties.stream().map(Stated::newId).toList()));
            statement.setArray(2, Sql.texts(statement, ties.stream().map(t -> t.type().name()).toList()));
            statement.setArray(3, Sql.uuids(statement, ties.stream().map(Stated::sourceId).toList()));
            statement.setArray(4, Sql.uuids(statement, ties.stream().map(Stated::targetId).toList()));
            statement.setArray(5, Sql.texts(statement, ties.stream().map(Stated::role).toList()));
            statement.setArray(6, Sql.texts(statement, ties.stream().map(Stated::roleKey).toList()));
            statement.setArray(7, Sql.texts(statement, ties.stream().map(Stated::start).toList()));
            statement.setArray(8, Sql.texts(statement, ties.stream().map(Stated::end).toList()));
            statement.setArray(9, connection.createArrayOf("bool",
                ties.stream().map(Stated::current).toArray(Boolean[]::new)));
            statement.setArray(10, connection.createArrayOf("numeric",
                ties.stream().map(Stated::amount).toArray(BigDecimal[]::new)));
            statement.setArray(11, Sql.texts(statement, ties.stream().map(Stated::currency).toList()));
            statement.setArray(12, connection.createArrayOf("float8",
                ties.stream().map(Stated::confidence).toArray(Double[]::new)));
            statement.setInt(13, fewSentences);
            statement.setTimestamp(14, Sql.time(now));
            statement.setString(15, documentId);
            statement.setArray(16, Sql.texts(statement, evidence.stream().map(e -> e.key().type().name()).toList()));
            statement.setArray(17, Sql.uuids(statement, evidence.stream().map(e -> e.key().sourceId()).toList()));
            statement.setArray(18, Sql.uuids(statement, evidence.stream().map(e -> e.key().targetId()).toList()));
            statement.setArray(19, Sql.texts(statement, evidence.stream().map(e -> e.key().roleKey()).toList()));
            statement.setArray(20, Sql.texts(statement, evidence.stream().map(EvidenceRow::sentence).toList()));
            statement.setArray(21, connection.createArrayOf("int4",
                evidence.stream().map(EvidenceRow::start).toArray(Integer[]::new)));
            statement.setArray(22, connection.createArrayOf("int4",
                evidence.stream().map(EvidenceRow::end).toArray(Integer[]::new)));
            statement.setArray(23, Sql.texts(statement, evidence.stream().map(e -> EventJson.write(e.footnotes())).toList()));
            statement.setString(24, documentId);
            statement.setTimestamp(25, Sql.time(now));
            statement.setInt(26, fewSentences);
        }, row -> ids.put(new Key(RelationshipType.valueOf(row.getString("type")), Sql.uuid(row, "source_id"),
            Sql.uuid(row, "target_id"), row.getString("role_key")),
            new Upserted(Sql.uuid(row, "id"), row.getBoolean("changed"))));
        return ids;
    }

    private static String fromStatements(String column) {
        return column + " = case when jsonb_exists(r.manual, '" + column + "') or not exists (select 1 from tie_statement s "
            + "where s.relationship_id = r.id) then r." + column + " else (select s." + column + " from tie_statement s "
            + "where s.relationship_id = r.id and s." + column + " is not null order by s.at desc, s.document_id desc limit 1) end";
    }

    private static final String RESTATE = "update relationship r set "
        + String.join(", ", fromStatements("start_year"), fromStatements("end_year"), fromStatements("current"),
            fromStatements("amount"), fromStatements("currency"))
        + ", confidence = coalesce((select max(s.confidence) from tie_statement s where s.relationship_id = r.id), r.confidence)"
        + " where r.id = any(?) returning r.id";

    /**
     * After a document that gave these ties fields was sent again: each field becomes what the
     * latest statement still standing says (null when none says it), unless set by hand; ties
     * that no document states (stored before statements were kept) stay as they are. Returns the
     * ties still there.
     */
    public List<UUID> restate(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Sql.query(data, RESTATE, statement -> statement.setArray(1, Sql.uuids(statement, ids)),
            row -> Sql.uuid(row, "id"));
    }

    /** Deletes those of the ties that no evidence supports any more; returns their last state. */
    public List<Snapshot> deleteUnsupported(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Sql.query(data, """
            with gone as (
                delete from relationship r where r.id = any(?)
                   and not exists (select 1 from evidence e where e.relationship_id = r.id)
                returning r.*)
            select g.*, s.name as source_name, t.name as target_name, array[]::text[] as sentences
              from gone g join entity s on s.id = g.source_id join entity t on t.id = g.target_id
            """, statement -> statement.setArray(1, Sql.uuids(statement, ids)), TieRows::snapshot);
    }

    /** The current state of the ties, with at most {@code maxSentences} evidence sentences each. */
    public List<Snapshot> snapshots(Collection<UUID> ids, int maxSentences, int maxSentenceChars) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Sql.query(data, """
            select r.*, s.name as source_name, t.name as target_name,
                   array(select left(e.sentence, ?) from evidence e where e.relationship_id = r.id
                          order by e.id limit ?) as sentences
              from relationship r join entity s on s.id = r.source_id join entity t on t.id = r.target_id
             where r.id = any(?)
            """, statement -> {
                statement.setInt(1, maxSentenceChars);
                statement.setInt(2, maxSentences);
                statement.setArray(3, Sql.uuids(statement, ids));
            }, TieRows::snapshot);
    }

    private static Snapshot snapshot(java.sql.ResultSet row) throws java.sql.SQLException {
        Object current = row.getObject("current");
        return new Snapshot(Sql.uuid(row, "id"), RelationshipType.valueOf(row.getString("type")), Sql.uuid(row, "source_id"),
            row.getString("source_name"), Sql.uuid(row, "target_id"), row.getString("target_name"), row.getString("role"),
            row.getString("start_year"), row.getString("end_year"), (Boolean) current, row.getBigDecimal("amount"),
            row.getString("currency"), row.getDouble("confidence"), Sql.strings(row, "sentences"));
    }
}
