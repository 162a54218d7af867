package io.powermap.profile.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.powermap.contract.DocumentSource;

/** Source documents and the event ids already applied. */
@ApplicationScoped
public class DocumentRows {

    private final DataSource data;

    public DocumentRows(DataSource data) {
        this.data = data;
    }

    /** What a document supported before it was sent again: the ties it evidenced and the entities it named. */
    public record Withdrawn(Set<UUID> ties, Set<UUID> entities) {
    }

    /** Removes the document's evidence and entity mentions in one statement; returns what they supported. */
    public Withdrawn withdraw(String documentId) {
        Set<UUID> ties = new HashSet<>();
        Set<UUID> entities = new HashSet<>();
        Sql.query(data, """
            with ev as (delete from evidence where document_id = ? returning relationship_id),
                 named as (delete from entity_document where document_id = ? returning entity_id)
            select true as tie, relationship_id as id from ev union all select false, entity_id from named
            """, statement -> {
                statement.setString(1, documentId);
                statement.setString(2, documentId);
            }, row -> (row.getBoolean("tie") ? ties : entities).add(Sql.uuid(row, "id")));
        return new Withdrawn(ties, entities);
    }

    /** Serialises applying across instances: two documents naming a new entity cannot both create it. */
    static final long APPLY_LOCK = 0x706d_6170_706c_79L;

    /**
     * Takes the apply lock for this transaction and records the event id; false when it was
     * recorded before (a redelivery).
     */
    public boolean claimEvent(String eventId, Instant now) {
        return Sql.update(data, """
            with lock as (select pg_advisory_xact_lock(?))
            insert into processed_event (event_id, processed_at) select ?, ? from lock on conflict do nothing
            """, statement -> {
                statement.setLong(1, APPLY_LOCK);
                statement.setString(2, eventId);
                statement.setTimestamp(3, Sql.time(now));
            }) == 1;
    }

    public void saveSource(String documentId, DocumentSource source, Instant now) {
        if (source == null) {
            Sql.update(data, "insert into source_document (id, parsed_at) values (?, ?) "
                + "on conflict (id) do update set parsed_at = excluded.parsed_at", statement -> {
                    statement.setString(1, documentId);
                    statement.setTimestamp(2, Sql.time(now));
                });
            return;
        }
        Sql.update(data, """
            insert into source_document (id, title, uri, media_type, copyright, parsed_at) values (?, ?, ?, ?, ?, ?)
            on conflict (id) do update set title = excluded.title, uri = excluded.uri, media_type = excluded.media_type,
                copyright = excluded.copyright, parsed_at = excluded.parsed_at
            """, statement -> {
                statement.setString(1, documentId);
                statement.setString(2, truncate(source.title(), 1000));
                statement.setString(3, truncate(source.uri(), 2048));
                statement.setString(4, truncate(source.mediaType(), 200));
                statement.setString(5, truncate(source.copyright(), 1000));
                statement.setTimestamp(6, Sql.time(now));
            });
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
