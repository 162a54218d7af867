package io.powermap.profile.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * The statements behind hand corrections of entities: merge, split, edit, delete. Every method
 * runs on the caller's transaction, which must hold the apply lock ({@link #lockApply}) so that no
 * document is applied half before and half after a correction.
 */
@ApplicationScoped
public class CorrectionRows {

    /** An entity as a correction sees it. */
    public record Head(UUID id, EntityType type, String name, String matchKey, int version) {
    }

    private final DataSource data;

    public CorrectionRows(DataSource data) {
        this.data = data;
    }

    public void lockApply() {
        Sql.query(data, "select pg_advisory_xact_lock(?)", s -> s.setLong(1, DocumentRows.APPLY_LOCK), row -> 1);
    }

    /** The entity, locked for this transaction. */
    public Optional<Head> lockEntity(UUID id) {
        return Sql.query(data, "select id, type, name, match_key, version from entity where id = ? for update",
            s -> s.setObject(1, id), CorrectionRows::head).stream().findFirst();
    }

    /** Another entity of this type already named so, if any. */
    public Optional<UUID> namedBy(EntityType type, String matchKey, UUID except) {
        return Sql.query(data, "select id from entity where type = ? and match_key = ? and id <> ? limit 1", s -> {
            s.setString(1, type.name());
            s.setString(2, matchKey);
            s.setObject(3, except);
        }, row -> Sql.uuid(row, "id")).stream().findFirst();
    }

    /** Bumps the version and the update time of the entity; returns the new version. */
    public int touch(UUID id, Instant now) {
        return Sql.query(data, "update entity set version = version + 1, updated_at = ? where id = ? returning version", s -> {
            s.setTimestamp(1, Sql.time(now));
            s.setObject(2, id);
        }, row -> row.getInt(1)).get(0);
    }

    // ---- merge

    /** Gives {@code keep} the other's name (as an alias), aliases, attributes and documents. */
    public void absorbNames(UUID keep, UUID other) {
        Sql.update(data, """
            with k as (select match_key from entity where id = ?)
            insert into entity_alias (entity_id, alias, match_key)
            select ?, x.alias, x.match_key from (
                select name as alias, match_key from entity where id = ?
                union all select alias, match_key from entity_alias where entity_id = ?) x
             where x.match_key <> (select match_key from k)
            on conflict do nothing
            """, s -> {
                s.setObject(1, keep);
                s.setObject(2, keep);
                s.setObject(3, other);
                s.setObject(4, other);
            });
        Sql.update(data, """
            update entity a set attributes = b.attributes || a.attributes,
                   manual_attributes = b.manual_attributes || a.manual_attributes
              from entity b where a.id = ? and b.id = ?
            """, s -> {
                s.setObject(1, keep);
                s.setObject(2, other);
            });
        Sql.update(data, "insert into entity_document (entity_id, document_id) select ?, document_id from entity_document "
            + "where entity_id = ? on conflict do nothing", s -> {
                s.setObject(1, keep);
                s.setObject(2, other);
            });
    }

    /** Ties directly between the two entities (they would join an entity to itself). */
    public List<UUID> tiesBetween(UUID a, UUID b) {
        return Sql.query(data, "select id from relationship where source_id = ? and target_id = ? "
            + "union select id from relationship where source_id = ? and target_id = ?", s -> {
                s.setObject(1, a);
                s.setObject(2, b);
                s.setObject(3, b);
                s.setObject(4, a);
            }, row -> Sql.uuid(row, "id"));
    }

    /** The other's ties that {@code keep} already has once repointed: pairs of (the other's tie, keep's tie). */
    public List<UUID[]> collisions(UUID keep, UUID other) {
        return Sql.query(data, """
            select r.id as old_id, x.id as new_id from relationship r join relationship x
                on x.type = r.type and x.role_key = r.role_key
               and x.source_id = case when r.source_id = ? then ? else r.source_id end
               and x.target_id = case when r.target_id = ? then ? else r.target_id end
             where (r.source_id = ? or r.target_id = ?) and x.id <> r.id
            """, s -> {
                s.setObject(1, other);
                s.setObject(2, keep);
                s.setObject(3, other);
                s.setObject(4, keep);
                s.setObject(5, other);
                s.setObject(6, other);
            }, row -> new UUID[] {Sql.uuid(row, "old_id"), Sql.uuid(row, "new_id")});
    }

    /**
     * Moves the evidence of one tie to another. The sentences go without the statements they carry
     * (V16): the tie they leave is deleted, and its statements with it, as when statements had a
     * table of their own.
     */
    public void moveEvidence(UUID from, UUID to) {
        Sql.update(data, """
            update evidence set relationship_id = ?, role = null, start_year = null, end_year = null, current = null,
                   amount = null, currency = null, confidence = null, stated_at = null
             where relationship_id = ?
            """, s -> {
            s.setObject(1, to);
            s.setObject(2, from);
        });
    }

    /** Points the ties of {@code from} (all of them, or those given) at {@code to}; returns them. */
    public List<UUID> repoint(UUID from, UUID to, Collection<UUID> only, Instant now) {
        return Sql.query(data, """
            update relationship set source_id = case when source_id = ? then ? else source_id end,
                   target_id = case when target_id = ? then ? else target_id end, updated_at = ?
             where (source_id = ? or target_id = ?) and (? or id = any(?))
            returning id
            """, s -> {
                s.setObject(1, from);
                s.setObject(2, to);
                s.setObject(3, from);
                s.setObject(4, to);
                s.setTimestamp(5, Sql.time(now));
                s.setObject(6, from);
                s.setObject(7, from);
                s.setBoolean(8, only == null);
                s.setArray(9, Sql.uuids(s, only == null ? List.of() : only));
            }, row -> Sql.uuid(row, "id"));
    }

    /** Suppressions of the other's ties now apply to {@code keep}'s. */
    public void repointSuppressions(UUID from, UUID to) {
        Sql.update(data, """
            insert into suppressed_tie (type, source_id, target_id, role_key)
            select type, case when source_id = ? then ? else source_id end, case when target_id = ? then ? else target_id end,
                   role_key from suppressed_tie where source_id = ? or target_id = ? on conflict do nothing
            """, s -> {
                s.setObject(1, from);
                s.setObject(2, to);
                s.setObject(3, from);
                s.setObject(4, to);
                s.setObject(5, from);
                s.setObject(6, from);
            });
    }

    // ---- split and edits

    /** Removes these aliases from the entity and keeps resolution from giving them back; returns the names removed. */
    public List<String> takeAliases(UUID id, Collection<String> keys) {
        List<String> removed = Sql.query(data, "delete from entity_alias where entity_id = ? and match_key = any(?) returning alias",
            s -> {
                s.setObject(1, id);
                s.setArray(2, Sql.texts(s, keys));
            }, row -> row.getString(1));
        Sql.update(data, "insert into resolution_block (entity_id, match_key) select ?, unnest(?::varchar[]) on conflict do nothing",
            s -> {
                s.setObject(1, id);
                s.setArray(2, Sql.texts(s, keys));
            });
        return removed;
    }

    /** The alias keys of the entity among those given. */
    public List<String> aliasKeys(UUID id, Collection<String> keys) {
        return Sql.query(data, "select match_key from entity_alias where entity_id = ? and match_key = any(?)", s -> {
            s.setObject(1, id);
            s.setArray(2, Sql.texts(s, keys));
        }, row -> row.getString(1));
    }

    public void createEntity(UUID id, EntityType type, String name, String matchKey, Instant now) {
        Sql.update(data, "insert into entity (id, type, name, match_key, created_at, updated_at) values (?, ?, ?, ?, ?, ?)", s -> {
            s.setObject(1, id);
            s.setString(2, type.name());
            s.setString(3, name);
            s.setString(4, matchKey);
            s.setTimestamp(5, Sql.time(now));
            s.setTimestamp(6, Sql.time(now));
        });
    }

    public void addAliases(UUID id, List<String> names, List<String> keys) {
        Sql.update(data, "insert into entity_alias (entity_id, alias, match_key) select ?, * from unnest(?::varchar[], ?::varchar[]) "
            + "on conflict do nothing", s -> {
                s.setObject(1, id);
                s.setArray(2, Sql.texts(s, names));
                s.setArray(3, Sql.texts(s, keys));
            });
        // a name given back by hand may resolve to the entity again
        Sql.update(data, "delete from resolution_block where entity_id = ? and match_key = any(?)", s -> {
            s.setObject(1, id);
            s.setArray(2, Sql.texts(s, keys));
        });
    }

    /** Moves the mentions of these documents from one entity to another. */
    public void moveMentions(UUID from, UUID to, Collection<String> documents) {
        Sql.update(data, """
            with moved as (delete from entity_document where entity_id = ? and document_id = any(?) returning document_id)
            insert into entity_document (entity_id, document_id) select ?, document_id from moved on conflict do nothing
            """, s -> {
                s.setObject(1, from);
                s.setArray(2, Sql.texts(s, documents));
                s.setObject(3, to);
            });
    }

    /** Every tie of the entity, in either direction. */
    public List<UUID> tiesOf(UUID id) {
        return Sql.query(data, "select id from tie_end where entity_id = ?", s -> s.setObject(1, id), row -> Sql.uuid(row, "id"));
    }

    /** The entity's ties whose every sentence comes from one of these documents. */
    public List<UUID> tiesOnlyFrom(UUID id, Collection<String> documents) {
        return Sql.query(data, """
            select r.id from tie_end r where r.entity_id = ?
               and exists (select 1 from evidence e where e.relationship_id = r.id)
               and not exists (select 1 from evidence e where e.relationship_id = r.id and e.document_id <> all(?))
            """, s -> {
                s.setObject(1, id);
                s.setArray(2, Sql.texts(s, documents));
            }, row -> Sql.uuid(row, "id"));
    }

    /** Renames the entity; its former name stays an alias, so documents using it still find it. */
    public void rename(Head entity, String name, String matchKey) {
        addAliases(entity.id(), List.of(entity.name()), List.of(entity.matchKey()));
        Sql.update(data, "update entity set name = ?, match_key = ? where id = ?", s -> {
            s.setString(1, name);
            s.setString(2, matchKey);
            s.setObject(3, entity.id());
        });
        Sql.update(data, "delete from entity_alias where entity_id = ? and match_key = ?", s -> {
            s.setObject(1, entity.id());
            s.setString(2, matchKey);
        });
    }

    /** Sets attributes by hand (a null value removes one); documents cannot change them afterwards. */
    public void setAttributes(UUID id, String json) {
        Sql.update(data, """
            update entity set manual_attributes = manual_attributes || ?::jsonb,
                   attributes = jsonb_strip_nulls(attributes || ?::jsonb) where id = ?
            """, s -> {
                s.setString(1, json);
                s.setString(2, json);
                s.setObject(3, id);
            });
    }

    /** Deletes the entity (its ties and sentences go with it) and keeps its names out of later documents. */
    public void deleteEntity(Head entity) {
        Sql.update(data, """
            insert into suppressed_name (type, match_key)
            select ?, match_key from entity where id = ? union select ?, match_key from entity_alias where entity_id = ?
            on conflict do nothing
            """, s -> {
                s.setString(1, entity.type().name());
                s.setObject(2, entity.id());
                s.setString(3, entity.type().name());
                s.setObject(4, entity.id());
            });
        Sql.update(data, "delete from entity where id = ?", s -> s.setObject(1, entity.id()));
    }

    public void deleteEntityRow(UUID id) {
        Sql.update(data, "delete from entity where id = ?", s -> s.setObject(1, id));
    }

    public void deleteTies(Collection<UUID> ids) {
        Sql.update(data, "delete from relationship where id = any(?)", s -> s.setArray(1, Sql.uuids(s, ids)));
    }

    // ---- ties

    /** A tie as a correction sees it. */
    public record TieHead(UUID id, RelationshipType type, UUID sourceId, UUID targetId, String roleKey, int version) {
    }

    public Optional<TieHead> lockTie(UUID id) {
        return Sql.query(data, "select id, type, source_id, target_id, role_key, version from relationship where id = ? for update",
            s -> s.setObject(1, id), row -> new TieHead(Sql.uuid(row, "id"), RelationshipType.valueOf(row.getString("type")),
                Sql.uuid(row, "source_id"), Sql.uuid(row, "target_id"), row.getString("role_key"), row.getInt("version")))
            .stream().findFirst();
    }

    /**
     * Sets the tie's fields given in {@code json} (role, start_year, end_year, current, amount,
     * currency) by hand; documents cannot change them afterwards. Returns the new version.
     */
    public int editTie(UUID id, String json, String roleKey, Instant now) {
        return Sql.query(data, """
            update relationship r set
                role = case when jsonb_exists(f, 'role') then f->>'role' else r.role end,
                role_key = coalesce(?, r.role_key),
                start_year = case when jsonb_exists(f, 'start_year') then f->>'start_year' else r.start_year end,
                end_year = case when jsonb_exists(f, 'end_year') then f->>'end_year' else r.end_year end,
                current = case when jsonb_exists(f, 'current') then (f->>'current')::boolean else r.current end,
                amount = case when jsonb_exists(f, 'amount') then (f->>'amount')::numeric else r.amount end,
                currency = case when jsonb_exists(f, 'currency') then f->>'currency' else r.currency end,
                manual = r.manual || f, version = r.version + 1, updated_at = ?
              from (select ?::jsonb as f) given where r.id = ?
            returning r.version
            """, s -> {
                s.setString(1, roleKey);
                s.setTimestamp(2, Sql.time(now));
                s.setString(3, json);
                s.setObject(4, id);
            }, row -> row.getInt(1)).get(0);
    }

    /** Whether another tie has this key. */
    public boolean tieExists(TieHead tie, String roleKey) {
        return !Sql.query(data, "select 1 from relationship where type = ? and source_id = ? and target_id = ? and role_key = ? "
            + "and id <> ?", s -> {
                s.setString(1, tie.type().name());
                s.setObject(2, tie.sourceId());
                s.setObject(3, tie.targetId());
                s.setString(4, roleKey);
                s.setObject(5, tie.id());
            }, row -> 1).isEmpty();
    }

    /** Deletes the tie and keeps documents that state it again from bringing it back. */
    public void suppressTie(TieHead tie) {
        Sql.update(data, "insert into suppressed_tie (type, source_id, target_id, role_key) values (?, ?, ?, ?) "
            + "on conflict do nothing", s -> {
                s.setString(1, tie.type().name());
                s.setObject(2, tie.sourceId());
                s.setObject(3, tie.targetId());
                s.setString(4, tie.roleKey());
            });
        deleteTies(List.of(tie.id()));
    }

    // ---- history

    /** One line of an entity's history. */
    public record HistoryLine(long id, Instant at, String kind, String documentId, UUID editId, String detailJson) {
    }

    public void record(UUID entityId, String kind, UUID editId, String detailJson, Instant now) {
        record(entityId, kind, editId, detailJson, now, null);
    }

    /**
     * One history line of a user's edit; {@code by} (the editor's token subject, or null) is kept in
     * the detail as {@code "by"}.
     */
    public void record(UUID entityId, String kind, UUID editId, String detailJson, Instant now, String by) {
        Sql.update(data, "insert into entity_history (entity_id, kind, edit_id, detail, at) values (?, ?, ?, "
            + "case when ?::text is null then ?::jsonb else jsonb_set(?::jsonb, '{by}', to_jsonb(?::text)) end, ?)", s -> {
            s.setObject(1, entityId);
            s.setString(2, kind);
            s.setObject(3, editId);
            s.setString(4, by);
            s.setString(5, detailJson);
            s.setString(6, detailJson);
            s.setString(7, by);
            s.setTimestamp(8, Sql.time(now));
        });
    }

    /** The entity's history, oldest first, from line {@code afterId} on, at most {@code limit} lines. */
    public List<HistoryLine> history(UUID entityId, long afterId, int limit) {
        return Sql.query(data, "select id, at, kind, document_id, edit_id, detail::text as detail from entity_history "
            + "where entity_id = ? and id > ? order by id limit ?", s -> {
                s.setObject(1, entityId);
                s.setLong(2, afterId);
                s.setInt(3, limit);
            }, row -> new HistoryLine(row.getLong("id"), row.getTimestamp("at").toInstant(), row.getString("kind"),
                row.getString("document_id"), Sql.uuid(row, "edit_id"), row.getString("detail")));
    }

    private static Head head(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Head(Sql.uuid(row, "id"), EntityType.valueOf(row.getString("type")), row.getString("name"),
            row.getString("match_key"), row.getInt("version"));
    }
}
