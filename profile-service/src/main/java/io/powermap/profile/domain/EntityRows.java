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

    /**
     * A stored entity found as a candidate for the document's entity number {@code n}: how it was
     * found (NAME, ALIAS, SIMILAR, ACRONYM), its alias keys, the keys of the entities it is tied to
     * that the document names too, and how many documents name it (counted up to a limit).
     */
    public record Found(int n, Set<String> how, UUID id, EntityType type, String name, String matchKey,
                        Instant createdAt, List<String> aliasKeys, List<String> neighbourKeys, int documents) {
    }

    /** A key to look up for the document's entity number {@code n}; {@code acronym} when it was written as one. */
    public record Lookup(int n, EntityType type, String key, boolean acronym) {
    }

    /** A line of an entity's history written with the document. */
    public record HistoryRow(UUID entityId, String kind, String detailJson) {
    }

    public record NewEntity(UUID id, EntityType type, String name, String matchKey, Map<String, String> attributes) {
    }

    public record AliasRow(UUID entityId, String alias, String matchKey) {
    }

    public record AliasKey(UUID entityId, String matchKey) {
    }

    /** What a change event says about an entity. */
    public record Snapshot(UUID id, EntityType type, String name, List<String> aliases, Map<String, String> attributes,
                           List<String> documentIds) {
    }

    // Exact names and aliases first; entities found that way by name skip the trigram and acronym
    // searches (the GiST indexes of V9, nearest first, and the expression indexes of V6), which are
    // the costly part. Every branch keeps to the key's type, so the five most similar aliases are
    // five of the right type. Neighbours are only the entities the document names (found by name
    // here; the judge counts nothing else), as ids filtered on the tie index: a hub neither sends
    // hundreds of names per candidate nor costs an entity lookup per tie (joining them here made
    // the planner loop over every pair). The entity is read by id in a lateral with a limit, which
    // the planner cannot turn into a hash join over every entity.
    private static final String CANDIDATES = """
        with k(n, type, key, acronym) as (select * from unnest(?::int[], ?::varchar[], ?::varchar[], ?::boolean[])),
        named as (
            select k.n, e.id, e.match_key from k join entity e on e.type = k.type and e.match_key = k.key
        ), open_k as (
            select k.* from k where not exists (select 1 from named where named.n = k.n)
        ), hit(n, id, how) as (
            select n, id, 'NAME' from named
            union all
            select k.n, a.entity_id, 'ALIAS' from k join entity_alias a on a.match_key = k.key
              join entity e on e.id = a.entity_id and e.type = k.type
            union all
            select k.n, s.id, 'SIMILAR' from open_k k cross join lateral (
                select e.id from entity e where e.match_key % k.key and e.type = k.type
                 order by e.match_key <-> k.key limit ?) s
             where not k.acronym
            union all
            select k.n, s.entity_id, 'SIMILAR' from open_k k cross join lateral (
                select a.entity_id from entity_alias a join entity e on e.id = a.entity_id and e.type = k.type
                 where a.match_key % k.key
                 order by a.match_key <-> k.key limit ?) s
             where not k.acronym
            union all
            select k.n, e.id, 'ACRONYM' from open_k k join entity e
                on e.type = k.type and powermap_acronym(e.match_key) = k.key where k.acronym
            union all
            select k.n, a.entity_id, 'ACRONYM' from open_k k join entity_alias a
                on powermap_acronym(a.match_key) = k.key join entity e on e.id = a.entity_id and e.type = k.type
             where k.acronym
            union all
            select k.n, e.id, 'ACRONYM' from open_k k join entity e
                on e.type = k.type and e.match_key = powermap_acronym(k.key) where k.type <> 'PERSON'
            union all
            select k.n, a.entity_id, 'ACRONYM' from open_k k join entity_alias a
                on a.match_key = powermap_acronym(k.key) join entity e on e.id = a.entity_id and e.type = k.type
             where k.type <> 'PERSON'
        ), found as (
            select h.n, h.id, array_agg(distinct h.how) as how from hit h
             where not exists (select 1 from resolution_block b join k on k.n = h.n and k.key = b.match_key
                                where b.entity_id = h.id)
             group by h.n, h.id
        )
        select f.n, f.how, e.id, e.type, e.name, e.match_key, e.created_at,
               array(select a.match_key from entity_alias a where a.entity_id = e.id order by a.match_key limit 50)
                   as aliases,
               array(select t.other_id from tie_end t
                      where t.entity_id = e.id and t.other_id = any(array(select id from named)) limit 200)
                   as neighbours,
               (select count(*) from (select 1 from entity_document d where d.entity_id = e.id limit ?) few) as documents
          from found f cross join lateral (select * from entity x where x.id = f.id limit 1) e
        union all
        select distinct k.n, array['SUPPRESSED']::varchar[], null::uuid, k.type, null::varchar, null::varchar,
               null::timestamptz, null::varchar[], null::uuid[], 0::bigint
          from k join suppressed_name s on s.type = k.type and s.match_key = k.key
        """;

    private static final int SIMILAR_PER_KEY = 5;

    private final DataSource data;

    public EntityRows(DataSource data) {
        this.data = data;
    }

    /**
     * The candidates for a document's entities, in one query: entities of the same type with a name
     * or alias equal to a key; unless one has that name, also those with a trigram-similar name or
     * alias (the {@value #SIMILAR_PER_KEY} most similar per key), whose long name has a written
     * acronym as initials, or that are named by the initials of a long name. A name a user took away
     * from an entity (resolution_block) does not find it; a name of an entity a user deleted
     * (suppressed_name) gives a row with {@code how} SUPPRESSED and no id. Each comes with how many documents name it,
     * counted up to {@code countUpTo}, and the keys of those of its neighbours that the document names (by type and
     * key).
     */
    public List<Found> candidates(List<Lookup> lookups, int countUpTo) {
        if (lookups.isEmpty()) {
            return List.of();
        }
        List<Found> rows = Sql.query(data, CANDIDATES, statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("int4",
                lookups.stream().map(Lookup::n).toArray(Integer[]::new)));
            statement.setArray(2, Sql.texts(statement, lookups.stream().map(l -> l.type().name()).toList()));
            statement.setArray(3, Sql.texts(statement, lookups.stream().map(Lookup::key).toList()));
            statement.setArray(4, statement.getConnection().createArrayOf("bool",
                lookups.stream().map(Lookup::acronym).toArray(Boolean[]::new)));
            statement.setInt(5, SIMILAR_PER_KEY);
            statement.setInt(6, SIMILAR_PER_KEY);
            statement.setInt(7, countUpTo);
        }, row -> new Found(row.getInt("n"), Set.copyOf(Sql.strings(row, "how")), Sql.uuid(row, "id"),
            EntityType.valueOf(row.getString("type")), row.getString("name"), row.getString("match_key"),
            row.getTimestamp("created_at") == null ? null : row.getTimestamp("created_at").toInstant(),
            Sql.strings(row, "aliases"), Sql.texts(row, "neighbours"), row.getInt("documents")));
        // neighbours come as ids of entities the document names, all of them candidates found by name
        Map<String, String> keyOf = new HashMap<>();
        rows.stream().filter(row -> row.id() != null).forEach(row -> keyOf.put(row.id().toString(), row.matchKey()));
        return rows.stream().map(row -> row.neighbourKeys() == null ? row : new Found(row.n(), row.how(), row.id(),
            row.type(), row.name(), row.matchKey(), row.createdAt(), row.aliasKeys(),
            row.neighbourKeys().stream().map(keyOf::get).filter(key -> key != null).distinct().toList(),
            row.documents())).toList();
    }

    private static final String WRITE = """
        with created as (
            insert into entity (id, type, name, match_key, attributes, created_at, updated_at)
            select n.id, n.type, n.name, n.match_key, n.attrs::jsonb, ?, ?
              from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::text[]) as n(id, type, name, match_key, attrs)
        ), touched as (
            update entity e set attributes = jsonb_strip_nulls(e.attributes || s.attrs || e.manual_attributes), updated_at = ?
              from (select u.id, u.attrs::jsonb as attrs, x.attributes as old
                      from unnest(?::uuid[], ?::text[]) as u(id, attrs) join entity x on x.id = u.id) s
             where e.id = s.id
            returning e.id, e.attributes is distinct from s.old as changed
        ), given_alias as (
            select * from unnest(?::uuid[], ?::varchar[], ?::varchar[]) as a(entity_id, alias, match_key)
             where not exists (select 1 from resolution_block b where b.entity_id = a.entity_id and b.match_key = a.match_key)
        ), aliased as (
            insert into entity_alias (entity_id, alias, match_key) select * from given_alias
            on conflict do nothing
            returning entity_id
        ), alias_sourced as (
            insert into alias_source (entity_id, match_key, document_id) select entity_id, match_key, ? from given_alias
            on conflict do nothing
        ), attributed as (
            insert into attribute_source (entity_id, document_id, attributes, at)
            select s.id, ?, s.attrs::jsonb, ? from unnest(?::uuid[], ?::text[]) as s(id, attrs) where s.attrs <> '{}'
            on conflict (entity_id, document_id) do update set attributes = excluded.attributes, at = excluded.at
        ), named as (
            insert into entity_document (entity_id, document_id) select unnest(?::uuid[]), ? on conflict do nothing
        ), recorded as (
            insert into entity_history (entity_id, kind, document_id, detail, at)
            select h.entity_id, h.kind, ?, h.detail::jsonb, ? from unnest(?::uuid[], ?::varchar[], ?::text[])
                as h(entity_id, kind, detail)
        )
        select id from touched where changed union select entity_id from aliased
        """;

    /**
     * Writes what resolution decided, in one statement: the new entities, the attributes merged
     * into known ones, the new aliases and the document's mentions. Returns the known entities
     * whose attributes changed or that gained an alias. {@code history} is recorded with the document.
     */
    public Set<UUID> write(Collection<NewEntity> created, Map<UUID, Map<String, String>> attributes,
                           Collection<AliasRow> aliases, Collection<UUID> named, Collection<HistoryRow> history,
                           String documentId, Instant now) {
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
            statement.setString(14, documentId);
            statement.setString(15, documentId);
            statement.setTimestamp(16, Sql.time(now));
            List<UUID> stated = new java.util.ArrayList<>(attributes.keySet());
            List<String> statedJson = new java.util.ArrayList<>(attributes.values().stream().map(EventJson::write).toList());
            created.forEach(entity -> {
                stated.add(entity.id());
                statedJson.add(EventJson.write(entity.attributes()));
            });
            statement.setArray(17, Sql.uuids(statement, stated));
            statement.setArray(18, Sql.texts(statement, statedJson));
            statement.setArray(19, Sql.uuids(statement, named));
            statement.setString(20, documentId);
            statement.setString(21, documentId);
            statement.setTimestamp(22, Sql.time(now));
            statement.setArray(23, Sql.uuids(statement, history.stream().map(HistoryRow::entityId).toList()));
            statement.setArray(24, Sql.texts(statement, history.stream().map(HistoryRow::kind).toList()));
            statement.setArray(25, Sql.texts(statement, history.stream().map(HistoryRow::detailJson).toList()));
        }, row -> Sql.uuid(row, "id")));
    }

    private static final String RESTATE = """
        with gone as (
            delete from entity_alias a using unnest(?::uuid[], ?::varchar[]) w(entity_id, match_key)
             where a.entity_id = w.entity_id and a.match_key = w.match_key
               and not exists (select 1 from alias_source s where s.entity_id = a.entity_id and s.match_key = a.match_key)
            returning a.entity_id
        ), recomputed as (
            update entity e set attributes = jsonb_strip_nulls(coalesce((
                    select jsonb_object_agg(kv.key, kv.value order by s.at, s.document_id)
                      from attribute_source s cross join jsonb_each(s.attributes) kv where s.entity_id = e.id),
                    '{}'::jsonb) || e.manual_attributes)
             where e.id = any(?)
            returning e.id
        )
        select entity_id as id from gone union select id from recomputed
        """;

    /**
     * After a document was sent again: the aliases it gave that no document gives any more go, and
     * the attributes of the entities it stated attributes of are merged again from the statements
     * still standing (later documents win; hand-set values over all). Returns the entities changed.
     */
    public Set<UUID> restate(Collection<AliasKey> aliases, Collection<UUID> attributed) {
        if (aliases.isEmpty() && attributed.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(Sql.query(data, RESTATE, statement -> {
            statement.setArray(1, Sql.uuids(statement, aliases.stream().map(AliasKey::entityId).toList()));
            statement.setArray(2, Sql.texts(statement, aliases.stream().map(AliasKey::matchKey).toList()));
            statement.setArray(3, Sql.uuids(statement, attributed));
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
