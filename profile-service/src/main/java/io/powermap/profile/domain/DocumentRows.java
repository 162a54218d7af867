package io.powermap.profile.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.powermap.contract.DocumentSource;

/** Source documents and the event ids already applied. */
@ApplicationScoped
public class DocumentRows {

    /**
     * What a document supported before it was sent again: the ties it evidenced and the entities it
     * named, the aliases it gave, the entities it stated attributes of, the ties it gave fields.
     */
    public record Withdrawn(Set<UUID> ties, Set<UUID> entities, Set<EntityRows.AliasKey> aliases, Set<UUID> attributes,
                            Set<UUID> statements) {
    }

    /** Serialises applying across instances: two documents naming a new entity cannot both create it. */
    static final long APPLY_LOCK = 0x706d_6170_706c_79L;

    private static final String BEGIN = """
        with lock as (select pg_advisory_xact_lock(?)),
        claim as (
            insert into processed_event (event_id, processed_at) select ?, ? from lock on conflict do nothing
            returning event_id
        ), saved as (
            insert into source_document (id, title, uri, media_type, copyright, parsed_at)
            select ?, ?, ?, ?, ?, ? from claim
            on conflict (id) do update set
                title = case when ? then excluded.title else source_document.title end,
                uri = case when ? then excluded.uri else source_document.uri end,
                media_type = case when ? then excluded.media_type else source_document.media_type end,
                copyright = case when ? then excluded.copyright else source_document.copyright end,
                parsed_at = excluded.parsed_at
        ), ev as (
            delete from evidence where document_id = ? and exists (select 1 from claim)
            returning relationship_id, stated_at is not null as stated
        ), named as (
            delete from entity_document where document_id = ? and exists (select 1 from claim) returning entity_id
        ), aliased as (
            delete from alias_source where document_id = ? and exists (select 1 from claim) returning entity_id, match_key
        ), attributed as (
            delete from attribute_source where document_id = ? and exists (select 1 from claim) returning entity_id
        ), stated as (
            delete from tie_statement where document_id = ? and exists (select 1 from claim) returning relationship_id
        )
        select 'claimed' as kind, null::uuid as id, null as key from claim
        union all select 'tie', relationship_id, null from ev
        union all select 'entity', entity_id, null from named
        union all select 'alias', entity_id, match_key from aliased
        union all select 'attributes', entity_id, null from attributed
        union all select 'statement', relationship_id, null from stated
        -- the statements kept on the document's sentences (V16)
        union all select 'statement', relationship_id, null from ev where stated
        """;

    private final DataSource data;

    public DocumentRows(DataSource data) {
        this.data = data;
    }

    /**
     * In one statement: takes the apply lock for this transaction, records the event id, saves the
     * source (its fields kept when the document carries none) and withdraws the document's previous
     * evidence and mentions. Empty when the event id was recorded before (a redelivery).
     */
    public Optional<Withdrawn> begin(String eventId, String documentId, DocumentSource source, Instant now) {
        boolean given = source != null;
        Set<UUID> ties = new HashSet<>();
        Set<UUID> entities = new HashSet<>();
        Set<EntityRows.AliasKey> aliases = new HashSet<>();
        Set<UUID> attributes = new HashSet<>();
        Set<UUID> statements = new HashSet<>();
        boolean claimed = Sql.query(data, BEGIN, statement -> {
            statement.setLong(1, APPLY_LOCK);
            statement.setString(2, eventId);
            statement.setTimestamp(3, Sql.time(now));
            statement.setString(4, documentId);
            statement.setString(5, given ? truncate(source.title(), 1000) : null);
            statement.setString(6, given ? truncate(source.uri(), 2048) : null);
            statement.setString(7, given ? truncate(source.mediaType(), 200) : null);
            statement.setString(8, given ? truncate(source.copyright(), 1000) : null);
            statement.setTimestamp(9, Sql.time(now));
            for (int i = 10; i <= 13; i++) {
                statement.setBoolean(i, given);
            }
            for (int i = 14; i <= 18; i++) {
                statement.setString(i, documentId);
            }
        }, row -> switch (row.getString("kind")) {
            case "tie" -> ties.add(Sql.uuid(row, "id")) && false;
            case "entity" -> entities.add(Sql.uuid(row, "id")) && false;
            case "alias" -> aliases.add(new EntityRows.AliasKey(Sql.uuid(row, "id"), row.getString("key"))) && false;
            case "attributes" -> attributes.add(Sql.uuid(row, "id")) && false;
            case "statement" -> statements.add(Sql.uuid(row, "id")) && false;
            default -> true;
        }).contains(true);
        return claimed ? Optional.of(new Withdrawn(ties, entities, aliases, attributes, statements)) : Optional.empty();
    }

    /**
     * Takes the apply lock for this transaction and tells whether any of the documents is stored
     * already or any of the events was applied: only a poll of new documents may be applied
     * together, with nothing to withdraw.
     */
    public boolean lockAndFindKnown(List<String> documentIds, List<String> eventIds) {
        Sql.query(data, "select pg_advisory_xact_lock(?)", statement -> statement.setLong(1, APPLY_LOCK), row -> null);
        return !Sql.query(data, """
            select 1 from source_document where id = any(?)
            union all
            select 1 from processed_event where event_id = any(?)
            limit 1
            """, statement -> {
                statement.setArray(1, Sql.texts(statement, documentIds));
                statement.setArray(2, Sql.texts(statement, eventIds));
            }, row -> true).isEmpty();
    }

    /** A new document of a poll: its event id, id and source. */
    public record NewDocument(String eventId, String documentId, DocumentSource source) {
    }

    /**
     * Records the events and saves the sources of a poll of new documents, in one statement (under
     * the lock {@link #lockAndFindKnown} took, having found none of them stored).
     */
    public void beginAll(List<NewDocument> poll, Instant now) {
        Sql.query(data, """
            with claim as (
                insert into processed_event (event_id, processed_at) select unnest(?::varchar[]), ?
            )
            insert into source_document (id, title, uri, media_type, copyright, parsed_at)
            select *, ? from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])
            returning 1
            """, statement -> {
                statement.setArray(1, Sql.texts(statement, poll.stream().map(NewDocument::eventId).toList()));
                statement.setTimestamp(2, Sql.time(now));
                statement.setTimestamp(3, Sql.time(now));
                statement.setArray(4, Sql.texts(statement, poll.stream().map(NewDocument::documentId).toList()));
                statement.setArray(5, Sql.texts(statement, poll.stream()
                    .map(d -> d.source() == null ? null : truncate(d.source().title(), 1000)).toList()));
                statement.setArray(6, Sql.texts(statement, poll.stream()
                    .map(d -> d.source() == null ? null : truncate(d.source().uri(), 2048)).toList()));
                statement.setArray(7, Sql.texts(statement, poll.stream()
                    .map(d -> d.source() == null ? null : truncate(d.source().mediaType(), 200)).toList()));
                statement.setArray(8, Sql.texts(statement, poll.stream()
                    .map(d -> d.source() == null ? null : truncate(d.source().copyright(), 1000)).toList()));
            }, row -> null);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
