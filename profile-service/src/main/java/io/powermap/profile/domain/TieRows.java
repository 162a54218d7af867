package io.powermap.profile.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.powermap.contract.EventJson;
import io.powermap.contract.RelationshipType;
import io.powermap.profile.service.BackendCpu;

/** Relationships and their evidence, written in set-wise statements. */
@ApplicationScoped
public class TieRows {

    private static final Logger LOG = Logger.getLogger(TieRows.class);

    /** One tie as a document states it; its key is (type, source, target, roleKey). */
    public record Stated(UUID newId, RelationshipType type, UUID sourceId, UUID targetId, String role, String roleKey,
                         String start, String end, Boolean current, BigDecimal amount, String currency, double confidence) {

        public Key key() {
            return new Key(type, sourceId, targetId, roleKey);
        }
    }

    public record Key(RelationshipType type, UUID sourceId, UUID targetId, String roleKey) {
    }

    /** A sentence of a document stating the tie with this key. */
    public record EvidenceRow(Key key, String documentId, String sentence, int start, int end, List<String> footnotes) {
    }

    /** The tie as one document states it, kept per document so that a revision can withdraw it. */
    public record Statement(Stated stated, String documentId, Instant at) {
    }

    /** A document's statement of a tie, found again among its sentences. */
    private record StatementKey(Key key, String documentId) {
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
            -- each stored tie found by one probe of the unique key's index: the first key at or after the
            -- input's, kept if equal. Joined on the four columns, the planner built a hash over every
            -- relationship (a cost that grew with the graph) or probed the (target_id, type) index and
            -- filtered a dozen rows a tie; a row comparison only that index can answer leaves it no choice
            select r.*, (select count(*) from (select 1 from evidence e where e.relationship_id = r.id limit ?) few)
                        as sentences
              from input i cross join lateral (
                       select * from relationship k
                        where (k.type, k.source_id, k.target_id, k.role_key) >= (i.type, i.source_id, i.target_id, i.role_key)
                        order by k.type, k.source_id, k.target_id, k.role_key limit 1) r
             where r.type = i.type and r.source_id = i.source_id and r.target_id = i.target_id and r.role_key = i.role_key
        ), up as (
            -- only the ties not stored yet: the apply lock keeps every other writer of ties out, so
            -- none appears between "before" and here, and a conflict would be a bug, not a race
            insert into relationship (id, type, source_id, target_id, role, role_key, start_year, end_year, current,
                                      amount, currency, confidence, updated_at)
            select i.id, i.type, i.source_id, i.target_id, i.role, i.role_key, i.start_year, i.end_year, i.current,
                   i.amount, i.currency, i.confidence, ? from input i
             where not exists (select 1 from before b where b.type = i.type and b.source_id = i.source_id
                                 and b.target_id = i.target_id and b.role_key = i.role_key)
            returning id, type, source_id, target_id, role_key
        ), differs as (
            -- restated ties whose fields the statement changes; most restatements change nothing, and
            -- "on conflict do update ... where" locked (so wrote) every restated row all the same
            select b.id, %1$s as role, %2$s as start_year, %3$s as end_year, %4$s as current, %5$s as amount,
                   %6$s as currency, %7$s as confidence
              from before b join input i on i.type = b.type and i.source_id = b.source_id and i.target_id = b.target_id
                                        and i.role_key = b.role_key
             where (b.role, b.start_year, b.end_year, b.current, b.amount, b.currency, b.confidence)
                   is distinct from (%1$s, %2$s, %3$s, %4$s, %5$s, %6$s, %7$s)
        ), changed as (
            -- by id through "= any(array(...))", an index scan of the few rows whatever the estimates:
            -- joined to "differs" it was planned as a hash join over every tie
            update relationship r set (role, start_year, end_year, current, amount, currency, confidence, updated_at) =
                   (select d.role, d.start_year, d.end_year, d.current, d.amount, d.currency, d.confidence, ?::timestamptz
                      from differs d where d.id = r.id)
             where r.id = any(array(select id from differs))
            returning r.id
        ), tie as (
            select id, type, source_id, target_id, role_key from up
            union all
            select id, type, source_id, target_id, role_key from before
        )
        select t.id, t.type, t.source_id, t.target_id, t.role_key,
               b.id is null or b.sentences < ? or c.id is not null as changed
          from tie t left join before b on b.id = t.id left join changed c on c.id = t.id
        """.formatted(kept("role"), kept("start_year"), kept("end_year"), kept("current"), kept("amount"),
            kept("currency"), "greatest(b.confidence, i.confidence)");

    /** A field as the upsert leaves it: the hand-set value, else the document's, else the stored one. */
    private static String kept(String column) {
        return "case when jsonb_exists(b.manual, '" + column + "') then b." + column
            + " else coalesce(i." + column + ", b." + column + ") end";
    }


    private final DataSource data;

    public TieRows(DataSource data) {
        this.data = data;
    }

    /**
     * Inserts the ties or merges them into the stored ones, then adds the documents' sentences and
     * statements for them; returns the id of each key and whether it changed. {@code ties} has one
     * entry per key (a poll's statements of one tie already merged, later documents' fields
     * winning). Ties a user marked wrong (suppressed_tie) are left out: they have no entry, and
     * their sentences and statements are not written. Fields a user set keep their value. A tie
     * that had fewer than {@code fewSentences} sentences counts as changed.
     */
    public Map<Key, Upserted> upsert(Collection<Stated> ties, List<EvidenceRow> evidence, List<Statement> statements,
                                     Instant now, int fewSentences) {
        if (ties.isEmpty()) {
            return Map.of();
        }
        long t0 = System.nanoTime();
        long cpu0 = BackendCpu.millis(data);
        Map<Key, Upserted> ids = new HashMap<>();
        Sql.query(data, UPSERT, statement -> {
            int p = bindStated(statement, ties);
            statement.setInt(p++, fewSentences);
            statement.setTimestamp(p++, Sql.time(now));
            statement.setTimestamp(p++, Sql.time(now));
            statement.setInt(p, fewSentences);
        }, row -> ids.put(new Key(RelationshipType.valueOf(row.getString("type")), Sql.uuid(row, "source_id"),
            Sql.uuid(row, "target_id"), row.getString("role_key")),
            new Upserted(Sql.uuid(row, "id"), row.getBoolean("changed"))));
        // the sentences in the order given (their ids keep it), after the upsert that gave the ties their
        // ids; plain rows, no conflict can arise: a poll's documents are checked unknown under the apply
        // lock, and a re-sent one's rows were withdrawn first. The first sentence of each (tie, document)
        // carries the document's statement of the tie (V16): one row where there were two
        Map<StatementKey, Statement> unwritten = new LinkedHashMap<>();
        for (Statement statement : statements) {
            unwritten.put(new StatementKey(statement.stated().key(), statement.documentId()), statement);
        }
        CopyRows sentences = new CopyRows("evidence (relationship_id, document_id, sentence, start_offset, end_offset, "
            + "footnotes, role, start_year, end_year, current, amount, currency, confidence, stated_at)");
        for (EvidenceRow row : evidence) {
            Upserted tie = ids.get(row.key());
            if (tie != null) {
                Statement statement = unwritten.remove(new StatementKey(row.key(), row.documentId()));
                Stated fields = statement == null ? null : statement.stated();
                sentences.row(tie.id(), row.documentId(), row.sentence(), row.start(), row.end(),
                    EventJson.write(row.footnotes()), fields == null ? null : fields.role(),
                    fields == null ? null : fields.start(), fields == null ? null : fields.end(),
                    fields == null ? null : fields.current(), fields == null ? null : fields.amount(),
                    fields == null ? null : fields.currency(), fields == null ? null : fields.confidence(),
                    statement == null ? null : statement.at());
            }
        }
        long t1 = System.nanoTime();
        long cpu1 = BackendCpu.millis(data);
        sentences.send(data);
        long t2 = System.nanoTime();
        long cpu2 = BackendCpu.millis(data);
        // statements that came without a sentence keep a row of their own (none on the corpora so far)
        CopyRows stated = new CopyRows("tie_statement (relationship_id, document_id, role, start_year, end_year, current, "
            + "amount, currency, confidence, at)");
        for (Statement statement : unwritten.values()) {
            Upserted tie = ids.get(statement.stated().key());
            Stated fields = statement.stated();
            if (tie != null) {
                stated.row(tie.id(), statement.documentId(), fields.role(), fields.start(), fields.end(), fields.current(),
                    fields.amount(), fields.currency(), fields.confidence(), statement.at());
            }
        }
        stated.send(data);
        LOG.debugf("upserted %d ties; ms: statement %d, %d sentences %d, %d statements %d", ties.size(),
            (t1 - t0) / 1_000_000, sentences.size(), (t2 - t1) / 1_000_000, stated.size(), (System.nanoTime() - t2) / 1_000_000);
        if (BackendCpu.on()) {
            LOG.debugf("PostgreSQL CPU of the tie upsert; ms: statement %d, sentences %d, statements %d", cpu1 - cpu0,
                cpu2 - cpu1, BackendCpu.millis(data) - cpu2);
        }
        return ids;
    }

    /** Binds the ties' columns from 1 on; returns the next index. */
    private static int bindStated(java.sql.PreparedStatement statement, Collection<Stated> ties) throws java.sql.SQLException {
        var connection = statement.getConnection();
        int p = 1;
        statement.setArray(p++, Sql.uuids(statement, ties.stream().map(Stated::newId).toList()));
        statement.setArray(p++, Sql.texts(statement, ties.stream().map(t -> t.type().name()).toList()));
        statement.setArray(p++, Sql.uuids(statement, ties.stream().map(Stated::sourceId).toList()));
        statement.setArray(p++, Sql.uuids(statement, ties.stream().map(Stated::targetId).toList()));
        statement.setArray(p++, Sql.texts(statement, ties.stream().map(Stated::role).toList()));
        statement.setArray(p++, Sql.texts(statement, ties.stream().map(Stated::roleKey).toList()));
        statement.setArray(p++, Sql.texts(statement, ties.stream().map(Stated::start).toList()));
        statement.setArray(p++, Sql.texts(statement, ties.stream().map(Stated::end).toList()));
        statement.setArray(p++, connection.createArrayOf("bool", ties.stream().map(Stated::current).toArray(Boolean[]::new)));
        statement.setArray(p++, connection.createArrayOf("numeric", ties.stream().map(Stated::amount).toArray(BigDecimal[]::new)));
        statement.setArray(p++, Sql.texts(statement, ties.stream().map(Stated::currency).toList()));
        statement.setArray(p++, connection.createArrayOf("float8", ties.stream().map(Stated::confidence).toArray(Double[]::new)));
        return p;
    }

    private static String fromStatements(String column) {
        return column + " = case when jsonb_exists(r.manual, '" + column + "') or not exists (select 1 from tie_statement_standing s "
            + "where s.relationship_id = r.id) then r." + column + " else (select s." + column + " from tie_statement_standing s "
            + "where s.relationship_id = r.id and s." + column + " is not null order by s.at desc, s.document_id desc limit 1) end";
    }

    private static final String RESTATE = "update relationship r set "
        + String.join(", ", fromStatements("start_year"), fromStatements("end_year"), fromStatements("current"),
            fromStatements("amount"), fromStatements("currency"))
        + ", confidence = coalesce((select max(s.confidence) from tie_statement_standing s where s.relationship_id = r.id), r.confidence)"
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
