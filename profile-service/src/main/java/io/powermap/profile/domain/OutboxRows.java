package io.powermap.profile.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** Change events waiting for Kafka; written in the transaction of the change they describe. */
@ApplicationScoped
public class OutboxRows {

    /** {@code topic}: null for profiles.changes, else the topic the row is for (documents.status). */
    public record Pending(long id, String key, String payload, String topic) {
    }

    public record Row(String key, String payload, String topic) {
        /** A change for profiles.changes. */
        public Row(String key, String payload) {
            this(key, payload, null);
        }
    }

    private final DataSource data;

    public OutboxRows(DataSource data) {
        this.data = data;
    }

    /** Appends the rows in order (their ids keep it: the relay sends by id). */
    public void append(Collection<Row> rows, Instant now) {
        // one COPY: a poll's ~3,000 events of up to a few KB each, without the multi-row inserts' parsing
        CopyRows copy = new CopyRows("outbox (record_key, payload, created_at, topic)");
        rows.forEach(row -> copy.row(row.key(), row.payload(), now, row.topic()));
        copy.send(data);
    }

    /** One relay at a time across instances, so that events for one key leave in commit order. */
    static final long RELAY_LOCK = 0x706d_7265_6c61_79L;

    /** Takes the relay lock for this transaction; false when another instance is relaying. */
    public boolean lockRelay() {
        return Sql.query(data, "select pg_try_advisory_xact_lock(?)", statement -> statement.setLong(1, RELAY_LOCK),
            row -> row.getBoolean(1)).get(0);
    }

    /**
     * The oldest waiting events. Only the relay updates or deletes outbox rows, and it does so only
     * holding the relay lock ({@link #lockRelay}, taken first in the same transaction), so the rows
     * need no row locks: "for update skip locked" wrote each row once more (a WAL record and a dirtied
     * page for each of the ~23 rows a document makes) before the delete wrote it again.
     */
    public List<Pending> oldest(int limit, int maxAttempts) {
        return Sql.query(data, "select id, record_key, payload, topic from outbox where attempts < ? order by id limit ?",
            statement -> {
                statement.setInt(1, maxAttempts);
                statement.setInt(2, limit);
            },
            row -> new Pending(row.getLong("id"), row.getString("record_key"), row.getString("payload"),
                row.getString("topic")));
    }

    /** Counts a failed try of the row; returns the tries so far. */
    public int failed(Pending row) {
        return Sql.query(data, "update outbox set attempts = attempts + 1 where id = ? returning attempts",
            statement -> statement.setLong(1, row.id()), result -> result.getInt(1)).get(0);
    }

    public void delete(List<Pending> sent) {
        if (sent.isEmpty()) {
            return;
        }
        Sql.update(data, "delete from outbox where id = any(?)", statement -> statement.setArray(1,
            statement.getConnection().createArrayOf("bigint", sent.stream().map(Pending::id).toArray(Long[]::new))));
    }
}
