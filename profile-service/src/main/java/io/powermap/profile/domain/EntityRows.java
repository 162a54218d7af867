package io.powermap.profile.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.powermap.contract.EntityType;
import io.powermap.contract.EventJson;

/** Entities, their aliases and the documents naming them, read and written in set-wise statements. */
@ApplicationScoped
public class EntityRows {

    /** A stored entity as resolution sees it, found under one of the keys asked for. */
    public record Known(UUID id, EntityType type, String name, String matchKey, Instant createdAt, String foundKey,
                        int documents) {
    }

    public record NewEntity(UUID id, EntityType type, String name, String matchKey, Map<String, String> attributes) {
    }

    public record AliasRow(UUID entityId, String alias, String matchKey) {
    }

    /** What a change event says about an entity. */
    public record Snapshot(UUID id, EntityType type, String name, List<String> aliases, Map<String, String> attributes,
                           List<String> documentIds) {
    }

    private static final String FIND_BY_KEYS = """
        with k(type, key) as (select * from unnest(?::varchar[], ?::varchar[])),
        found as (
            select e.id, e.type, e.name, e.match_key, e.created_at, k.key as found
              from k join entity e on e.type = k.type and e.match_key = k.key
            union
            select e.id, e.type, e.name, e.match_key, e.created_at, k.key
              from k join entity_alias a on a.match_key = k.key join entity e on e.id = a.entity_id and e.type = k.type)
        select f.*, (select count(*) from (select 1 from entity_document d where d.entity_id = f.id limit ?) few) as documents
          from found f
        """;

    private final DataSource data;

    public EntityRows(DataSource data) {
        this.data = data;
    }

    /**
     * Every entity of the given type known by name or alias under one of the keys: one query, index
     * lookups. Each comes with how many documents name it, counted up to {@code countUpTo}.
     */
    public List<Known> findByKeys(List<EntityType> types, List<String> keys, int countUpTo) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return Sql.query(data, FIND_BY_KEYS, statement -> {
            statement.setArray(1, Sql.texts(statement, types.stream().map(Enum::name).toList()));
            statement.setArray(2, Sql.texts(statement, keys));
            statement.setInt(3, countUpTo);
        }, row -> new Known(Sql.uuid(row, "id"), EntityType.valueOf(row.getString("type")), row.getString("name"),
            row.getString("match_key"), row.getTimestamp("created_at").toInstant(), row.getString("found"),
            row.getInt("documents")));
    }

    private static final String WRITE = """
        with created as (
            insert into entity (id, type, name, match_key, attributes, created_at, updated_at)
            select n.id, n.type, n.name, n.match_key, n.attrs::jsonb, ?, ?
              from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::text[]) as n(id, type, name, match_key, attrs)
        ), touched as (
            update entity e set attributes = e.attributes || s.attrs, updated_at = ?
              from (select u.id, u.attrs::jsonb as attrs, x.attributes as old
                      from unnest(?::uuid[], ?::text[]) as u(id, attrs) join entity x on x.id = u.id) s
             where e.id = s.id
            returning e.id, e.attributes is distinct from s.old as changed
        ), aliased as (
            insert into entity_alias (entity_id, alias, match_key)
            select * from unnest(?::uuid[], ?::varchar[], ?::varchar[]) on conflict do nothing
            returning entity_id
        ), named as (
            insert into entity_document (entity_id, document_id) select unnest(?::uuid[]), ? on conflict do nothing
        )
        select id from touched where changed union select entity_id from aliased
        """;

    /**
     * Writes what resolution decided, in one statement: the new entities, the attributes merged
     * into known ones, the new aliases and the document's mentions. Returns the known entities
     * whose attributes changed or that gained an alias.
     */
    public Set<UUID> write(Collection<NewEntity> created, Map<UUID, Map<String, String>> attributes,
                           Collection<AliasRow> aliases, Collection<UUID> named, String documentId, Instant now) {
        return Set.copyOf(Sql.query(data, WRITE, statement -> {
            statement.setTimestamp(1, Sql.time(now));
            statement.setTimestamp(2, Sql.time(now));
            statement.setArray(3, Sql.uuids(statement, created.stream().map(NewEntity::id).toList()));
            statement.setArray(4, Sql.texts(statement, created.stream().map(e -> e.type().name()).toList()));
            statement.setArray(5, Sql.texts(statement, created.stream().map(NewEntity::name).toList()));
            statement.setArray(6, Sql.texts(statement, created.stream().map(NewEntity::matchKey).toList()));
            statement.setArray(7, Sql.texts(statement, created.stream().map(e -> EventJson.write(e.attributes())).toList()));
            statement.setTimestamp(8, Sql.time(now));
            statement.setArray(9, Sql.uuids(statement, attributes.keySet()));
            statement.setArray(10, Sql.texts(statement, attributes.values().stream().map(EventJson::write).toList()));
            statement.setArray(11, Sql.uuids(statement, aliases.stream().map(AliasRow::entityId).toList()));
            statement.setArray(12, Sql.texts(statement, aliases.stream().map(AliasRow::alias).toList()));
            statement.setArray(13, Sql.texts(statement, aliases.stream().map(AliasRow::matchKey).toList()));
            statement.setArray(14, Sql.uuids(statement, named));
            statement.setString(15, documentId);
        }, row -> Sql.uuid(row, "id")));
    }

    /** Deletes those of the entities that no document names and no tie joins; returns their last state. */
    public List<Snapshot> deleteUnsupported(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Sql.query(data, """
            delete from entity e where e.id = any(?)
               and not exists (select 1 from entity_document d where d.entity_id = e.id)
               and not exists (select 1 from relationship r where r.source_id = e.id)
               and not exists (select 1 from relationship r where r.target_id = e.id)
            returning e.id, e.type, e.name
            """, statement -> statement.setArray(1, Sql.uuids(statement, ids)),
            row -> new Snapshot(Sql.uuid(row, "id"), EntityType.valueOf(row.getString("type")), row.getString("name"),
                null, null, null));
    }

    /** The current state of the entities, with at most {@code maxDocuments} of the documents naming each. */
    public List<Snapshot> snapshots(Collection<UUID> ids, int maxAliases, int maxDocuments) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Sql.query(data, """
            select e.id, e.type, e.name, e.attributes::text as attributes,
                   array(select a.alias from entity_alias a where a.entity_id = e.id order by a.match_key limit ?) as aliases,
                   array(select d.document_id from entity_document d where d.entity_id = e.id
                          order by d.document_id limit ?) as documents
              from entity e where e.id = any(?)
            """, statement -> {
                statement.setInt(1, maxAliases);
                statement.setInt(2, maxDocuments);
                statement.setArray(3, Sql.uuids(statement, ids));
            }, row -> new Snapshot(Sql.uuid(row, "id"), EntityType.valueOf(row.getString("type")), row.getString("name"),
                Sql.strings(row, "aliases"), attributes(row.getString("attributes")), Sql.strings(row, "documents")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> attributes(String json) {
        Map<String, Object> raw = EventJson.read(json, Map.class);
        Map<String, String> attributes = new HashMap<>();
        raw.forEach((key, value) -> attributes.put(key, value == null ? null : value.toString()));
        return attributes;
    }

}
