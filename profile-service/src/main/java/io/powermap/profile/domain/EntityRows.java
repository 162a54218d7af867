package io.powermap.profile.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.powermap.contract.EntityType;
import io.powermap.contract.EventJson;
import io.powermap.profile.service.BackendCpu;

/** Entities, their aliases and the documents naming them, read and written in set-wise statements. */
@ApplicationScoped
public class EntityRows {

    private static final Logger LOG = Logger.getLogger(EntityRows.class);

    /** The document's entity number {@code n} (numbered across the poll) found entity {@code id}: how (NAME, ALIAS, SIMILAR, ACRONYM). */
    public record Hit(int n, Set<String> how, UUID id) {
    }

    /**
     * A stored entity found as a candidate: its alias keys (at most 50, in key order) and the ids of
     * the entities it is tied to that the poll's documents name (read from the database on first use).
     */
    public record Known(UUID id, EntityType type, String name, String matchKey, Instant createdAt, List<String> aliasKeys,
                        List<UUID> neighbours) {
    }

    /** One of the nearest names ({@code alias} false) or aliases found for a key, with the stored key and its distance. */
    public record Similar(int n, String key, boolean alias, UUID id, String matched, float distance) {
    }

    /** A name a user took away from an entity: resolution never gives it back. */
    public record Block(UUID entityId, String matchKey) {
    }

    /**
     * What the candidates query found for a poll's names: the hits per name, the entities hit,
     * every nearest-name row (so names created earlier in the poll can be ranked among them), the
     * entities each name has exactly (blocked or not: such a name gets no trigram or acronym
     * search), the blocks on the poll's keys, and the names of entities a user deleted.
     */
    public record Candidates(List<Hit> hits, Map<UUID, Known> entities, List<Similar> similar, Map<Integer, Set<UUID>> named,
                             Set<Block> blocks, Set<Integer> suppressed) {
    }

    /** A key to look up for entity number {@code n} of document {@code d}; {@code acronym} when written as one. */
    public record Lookup(int d, int n, EntityType type, String key, boolean acronym) {
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
    // searches (each distinct name searched once, however many documents of the poll give it) (the GiST indexes of V9, nearest first, and the expression indexes of V6), which are
    // the costly part. Every branch keeps to the key's type, so the five most similar aliases are
    // five of the right type. One query serves a whole poll: each entity found is read once (by id,
    // in a lateral with a limit, which the planner cannot turn into a hash join over every entity);
    // its neighbours are not read here but when the judge first asks for them ({@code Neighbours}).
    private static final String CANDIDATES = """
        with k(d, n, type, key, acronym) as (
            select * from unnest(?::int[], ?::int[], ?::varchar[], ?::varchar[], ?::boolean[])
        ), proposed(type, key, id, match_key, distance, alias) as (
            select * from unnest(?::varchar[], ?::varchar[], ?::uuid[], ?::varchar[], ?::real[], ?::boolean[])
        ), searched(type, key) as (
            select * from unnest(?::varchar[], ?::varchar[])
        ), named as (
            select k.n, e.id from k join entity e on e.type = k.type and e.match_key = k.key
        ), open_k as (
            -- the initials of a long name, worked out once per name (not once per row compared)
            select k.*, case when k.type <> 'PERSON' then powermap_acronym(k.key) end as initials
              from k where not exists (select 1 from named where named.n = k.n)
        ), open_key as (
            select distinct type, key from open_k where not acronym
        ), checked as (
            -- the names and aliases the service's index (NameIndex) found near the open names, each
            -- checked against the tables: one gone since the index read it is not a candidate
            select p.*, case when p.alias then exists (select 1 from entity_alias a join entity e on e.id = a.entity_id
                                                        where a.entity_id = p.id and a.match_key = p.match_key
                                                          and e.type = p.type)
                             else exists (select 1 from entity e where e.id = p.id and e.match_key = p.match_key
                                                                   and e.type = p.type) end as present
              from proposed p where exists (select 1 from open_key o where o.type = p.type and o.key = p.key)
        ), unsearched as (
            -- names the index took for stored ones that are not (deleted, renamed): searched here
            select o.* from open_key o where not exists (select 1 from searched s where s.type = o.type and s.key = o.key)
        ), near as (
            select v.type, v.key, v.id, v.match_key, v.distance, v.alias from (
                select c.*, row_number() over (partition by c.type, c.key, c.alias
                                                   order by c.distance, c.match_key, c.id) as r
                  from checked c where c.present) v
             where v.r <= ?
            union all
            select o.type, o.key, s.id, s.match_key, s.distance, false as alias from unsearched o cross join lateral (
                select e.id, e.match_key, e.match_key <-> o.key as distance from entity e
                 where e.match_key % o.key and e.type = o.type
                 order by e.match_key <-> o.key limit ?) s
            union all
            select o.type, o.key, s.entity_id, s.match_key, s.distance, true from unsearched o cross join lateral (
                select a.entity_id, a.match_key, a.match_key <-> o.key as distance
                  from entity_alias a join entity e on e.id = a.entity_id and e.type = o.type
                 where a.match_key % o.key
                 order by a.match_key <-> o.key limit ?) s
        ), hit(n, id, how, key, matched, distance) as (
            select n, id, 'NAME', null::varchar, null::varchar, null::real from named
            union all
            select k.n, a.entity_id, 'ALIAS', null, null, null from k join entity_alias a on a.match_key = k.key
              join entity e on e.id = a.entity_id and e.type = k.type
            union all
            select k.n, s.id, case when s.alias then 'SIMILAR_ALIAS' else 'SIMILAR' end, k.key, s.match_key, s.distance
              from open_k k join near s on s.type = k.type and s.key = k.key
             where not k.acronym
            union all
            -- the acronym branches are laterals fenced with "offset 0" (so never flattened into a join):
            -- an index lookup per name whatever the statistics say. As joins, planned while the
            -- statistics still called the tables small, they evaluated powermap_acronym once per
            -- (name, entity) pair, 4.7 s of a round-one poll
            select k.n, s.id, 'ACRONYM', null, null, null from open_k k cross join lateral (
                select e.id from entity e where e.type = k.type and powermap_acronym(e.match_key) = k.key offset 0) s
             where k.acronym
            union all
            select k.n, s.entity_id, 'ACRONYM', null, null, null from open_k k cross join lateral (
                select a.entity_id from entity_alias a join entity e on e.id = a.entity_id
                 where powermap_acronym(a.match_key) = k.key and e.type = k.type offset 0) s
             where k.acronym
            union all
            select k.n, s.id, 'ACRONYM', null, null, null from open_k k cross join lateral (
                select e.id from entity e where e.type = k.type and e.match_key = k.initials offset 0) s
             where k.initials is not null
            union all
            select k.n, s.entity_id, 'ACRONYM', null, null, null from open_k k cross join lateral (
                select a.entity_id from entity_alias a join entity e on e.id = a.entity_id
                 where a.match_key = k.initials and e.type = k.type offset 0) s
             where k.initials is not null
        ), found as (
            select h.n, h.id, array_agg(distinct case when h.how = 'SIMILAR_ALIAS' then 'SIMILAR' else h.how end) as how
              from hit h
             where not exists (select 1 from resolution_block b join k on k.n = h.n and k.key = b.match_key
                                where b.entity_id = h.id)
             group by h.n, h.id
        ), found_id as materialized (
            select distinct id from found
        ), found_entity as materialized (
            -- read by id, in a lateral with a limit: never a hash join over every entity
            select e.* from found_id f cross join lateral (select * from entity x where x.id = f.id limit 1) e
        ), alias_keys(entity_id, keys) as materialized (
            select a.entity_id, (array_agg(a.match_key order by a.match_key))[1:50] from entity_alias a
             where a.entity_id in (select id from found_id)
             group by a.entity_id
        )
        select 'hit' as kind, f.n, f.how, f.id, null::varchar as type, null::varchar as name, null::varchar as match_key,
               null::timestamptz as created_at, null::varchar[] as aliases,
               null::bigint as documents, null::varchar as key, null::real as distance
          from found f
        union all
        -- the entities found, joined to the set-wise aliases as a whole (materialized) set: joined
        -- inside the per-id lateral, it was scanned again for every entity. Their neighbours are
        -- read later, only for the few the judge scores on something other than their own name. How
        -- many documents name an entity is counted after resolution, for the entities it chose
        -- (MentionCounts): counted here, it was an index read per entity found, about 40 % of this query
        select 'entity', null, null, e.id, e.type, e.name, e.match_key, e.created_at,
               coalesce(k.keys, '{}'), null, null, null
          from found_entity e left join alias_keys k on k.entity_id = e.id
        union all
        select 'similar', h.n, array[h.how]::varchar[], h.id, null, null, h.matched, null, null, null, h.key, h.distance
          from hit h where h.how in ('SIMILAR', 'SIMILAR_ALIAS')
        union all
        select 'named', n, null, id, null, null, null, null, null, null, null, null from named
        union all
        select distinct 'block', null::int, null::varchar[], b.entity_id, null, null, null, null::timestamptz, null::varchar[],
               null::bigint, b.match_key, null::real
          from resolution_block b join k on k.key = b.match_key
        union all
        select distinct 'suppressed', k.n, null::varchar[], null::uuid, null, null, null, null::timestamptz, null::varchar[],
               null::bigint, null, null::real
          from k join suppressed_name s on s.type = k.type and s.match_key = k.key
        union all
        select 'stale', null, array[case when c.alias then 'SIMILAR_ALIAS' else 'SIMILAR' end]::varchar[], c.id, c.type, null,
               c.match_key, null, null, null, null, null
          from checked c where not c.present
        """;

    private static final int SIMILAR_PER_KEY = 5;
    // more than are kept, so that names the index still has but the tables no longer do (deleted,
    // renamed, merged away) cannot crowd out the five nearest
    private static final int PROPOSED_PER_KEY = 12;

    private record TypedKey(EntityType type, String key) {
    }

    private final DataSource data;
    private final NameIndex names;

    public EntityRows(DataSource data, NameIndex names) {
        this.data = data;
        this.names = names;
    }

    /**
     * The candidates for a poll's entities, in one query: entities of the same type with a name
     * or alias equal to a key; unless one has that name, also those with a trigram-similar name or
     * alias (the {@value #SIMILAR_PER_KEY} most similar per key), whose long name has a written
     * acronym as initials, or that are named by the initials of a long name. A name a user took away
     * from an entity (resolution_block) does not find it; a name of an entity a user deleted
     * (suppressed_name) is listed in {@code suppressed}.
     */
    public Candidates candidates(List<Lookup> lookups) {
        List<Hit> hits = new ArrayList<>();
        Map<UUID, Known> known = new HashMap<>();
        List<Similar> similar = new ArrayList<>();
        Map<Integer, Set<UUID>> named = new HashMap<>();
        Set<Block> blocks = new HashSet<>();
        Set<Integer> suppressed = new HashSet<>();
        if (lookups.isEmpty()) {
            return new Candidates(hits, known, similar, named, blocks, suppressed);
        }
        // the trigram search, in memory: each distinct name of an entity that no key names exactly
        long t0 = System.nanoTime();
        names.sync();
        long t1 = System.nanoTime();
        Set<Integer> closed = new HashSet<>();
        lookups.stream().filter(l -> names.named(l.type(), l.key())).forEach(l -> closed.add(l.n()));
        Map<TypedKey, List<NameIndex.Near>> proposed = new LinkedHashMap<>();
        for (Lookup lookup : lookups) {
            TypedKey key = new TypedKey(lookup.type(), lookup.key());
            if (!lookup.acronym() && !closed.contains(lookup.n()) && !proposed.containsKey(key)) {
                proposed.put(key, names.near(lookup.type(), lookup.key(), PROPOSED_PER_KEY));
            }
        }
        List<TypedKey> keys = new ArrayList<>();
        List<NameIndex.Near> near = new ArrayList<>();
        proposed.forEach((key, list) -> list.forEach(n -> {
            keys.add(key);
            near.add(n);
        }));
        Map<EntityType, List<NameIndex.Near>> stale = new HashMap<>();
        Neighbours neighbours = new Neighbours(named);
        long t2 = System.nanoTime();
        Sql.query(data, CANDIDATES, statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("int4",
                lookups.stream().map(Lookup::d).toArray(Integer[]::new)));
            statement.setArray(2, statement.getConnection().createArrayOf("int4",
                lookups.stream().map(Lookup::n).toArray(Integer[]::new)));
            statement.setArray(3, Sql.texts(statement, lookups.stream().map(l -> l.type().name()).toList()));
            statement.setArray(4, Sql.texts(statement, lookups.stream().map(Lookup::key).toList()));
            statement.setArray(5, statement.getConnection().createArrayOf("bool",
                lookups.stream().map(Lookup::acronym).toArray(Boolean[]::new)));
            statement.setArray(6, Sql.texts(statement, keys.stream().map(k -> k.type().name()).toList()));
            statement.setArray(7, Sql.texts(statement, keys.stream().map(TypedKey::key).toList()));
            statement.setArray(8, Sql.uuids(statement, near.stream().map(NameIndex.Near::id).toList()));
            statement.setArray(9, Sql.texts(statement, near.stream().map(NameIndex.Near::matchKey).toList()));
            statement.setArray(10, statement.getConnection().createArrayOf("float4",
                near.stream().map(NameIndex.Near::distance).toArray(Float[]::new)));
            statement.setArray(11, statement.getConnection().createArrayOf("bool",
                near.stream().map(NameIndex.Near::alias).toArray(Boolean[]::new)));
            statement.setArray(12, Sql.texts(statement, proposed.keySet().stream().map(k -> k.type().name()).toList()));
            statement.setArray(13, Sql.texts(statement, proposed.keySet().stream().map(TypedKey::key).toList()));
            statement.setInt(14, SIMILAR_PER_KEY);
            statement.setInt(15, SIMILAR_PER_KEY);
            statement.setInt(16, SIMILAR_PER_KEY);
        }, row -> {
            switch (row.getString("kind")) {
                case "hit" -> hits.add(new Hit(row.getInt("n"), Set.copyOf(Sql.strings(row, "how")), Sql.uuid(row, "id")));
                case "entity" -> known.put(Sql.uuid(row, "id"), new Known(Sql.uuid(row, "id"),
                    EntityType.valueOf(row.getString("type")), row.getString("name"), row.getString("match_key"),
                    row.getTimestamp("created_at").toInstant(), Sql.strings(row, "aliases"), neighbours.of(Sql.uuid(row, "id"))));
                case "similar" -> similar.add(new Similar(row.getInt("n"), row.getString("key"),
                    Sql.strings(row, "how").contains("SIMILAR_ALIAS"), Sql.uuid(row, "id"), row.getString("match_key"),
                    row.getFloat("distance")));
                case "named" -> named.computeIfAbsent(row.getInt("n"), n -> new HashSet<>()).add(Sql.uuid(row, "id"));
                case "block" -> blocks.add(new Block(Sql.uuid(row, "id"), row.getString("key")));
                case "stale" -> stale.computeIfAbsent(EntityType.valueOf(row.getString("type")), t -> new ArrayList<>())
                    .add(new NameIndex.Near(Sql.uuid(row, "id"), row.getString("match_key"),
                        Sql.strings(row, "how").contains("SIMILAR_ALIAS"), 0f));
                default -> suppressed.add(row.getInt("n"));
            }
            return null;
        });
        stale.forEach(names::forget);
        LOG.debugf("candidates of %d names: ms: index read %d, trigram search %d (%d names, %d near), query %d (%d gone)",
            lookups.size(), (t1 - t0) / 1000000, (t2 - t1) / 1000000, proposed.size(), near.size(),
            (System.nanoTime() - t2) / 1000000, stale.values().stream().mapToInt(List::size).sum());
        return new Candidates(hits, known, similar, named, blocks, suppressed);
    }

    private static final String NEIGHBOURS = """
        with named(id) as materialized (
            select distinct unnest(?::uuid[])
        )
        select t.entity_id, array_agg(t.other_id)::text as others from (
            select r.source_id, r.target_id from relationship r
             where r.source_id = ? and r.target_id in (select id from named)
            union all
            select r.target_id, r.source_id from relationship r
             where r.target_id = ? and r.source_id in (select id from named)
        ) t(entity_id, other_id)
        group by t.entity_id
        """;

    /**
     * The ties of a poll's candidates to the entities its names name exactly, read when the judge
     * first asks for a candidate's (a name that is not the candidate's own, which is rare): the
     * candidates query walked every tie of the ~1,500 entities a poll finds (about 30,000 index
     * entries, 52 to 55 ms a poll) for the few the judge reads. Within the applying transaction,
     * before the poll writes anything, so the database answers as it did to the candidates query.
     */
    private final class Neighbours {
        private final Map<Integer, Set<UUID>> named;
        private List<UUID> namedIds;
        private int reads;

        Neighbours(Map<Integer, Set<UUID>> named) {
            this.named = named;
        }

        List<UUID> of(UUID id) {
            return new LazyList<>(() -> read(id));
        }

        private List<UUID> read(UUID id) {
            if (namedIds == null) {
                namedIds = named.values().stream().flatMap(Set::stream).distinct().toList();
            }
            if (namedIds.isEmpty()) {
                return List.of();
            }
            reads++;
            List<List<UUID>> others = Sql.query(data, NEIGHBOURS, statement -> {
                statement.setArray(1, Sql.uuids(statement, namedIds));
                statement.setObject(2, id);
                statement.setObject(3, id);
            }, row -> Sql.uuidListLater(row, "others"));
            LOG.tracef("neighbours of %s read (%d this poll)", id, reads);
            return others.isEmpty() ? List.of() : others.get(0);
        }
    }

    private static final String WRITE = """
        with created as (
            insert into entity (id, type, name, match_key, attributes, created_at, updated_at)
            select n.id, n.type, n.name, n.match_key, n.attrs::jsonb, n.at, n.at
              from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::text[], ?::timestamptz[])
                   as n(id, type, name, match_key, attrs, at)
        ), touched as (
            update entity e set attributes = jsonb_strip_nulls(e.attributes || s.attrs || e.manual_attributes), updated_at = s.at
              from (select u.id, u.attrs::jsonb as attrs, u.at, x.attributes as old
                      from unnest(?::uuid[], ?::text[], ?::timestamptz[]) as u(id, attrs, at) join entity x on x.id = u.id) s
             where e.id = s.id
               -- most mentions change nothing; a row rewritten anyway would update every index of entity
               and jsonb_strip_nulls(s.old || s.attrs || e.manual_attributes) is distinct from s.old
            returning e.id, e.attributes is distinct from s.old as changed
        ), given_alias as (
            select * from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[]) with ordinality
                as a(entity_id, alias, match_key, document_id, n)
             where not exists (select 1 from resolution_block b where b.entity_id = a.entity_id and b.match_key = a.match_key)
        ), aliased as (
            insert into entity_alias (entity_id, alias, match_key)
            select entity_id, alias, match_key from given_alias order by n
            on conflict do nothing
            returning entity_id
        ), alias_sourced as (
            insert into alias_source (entity_id, match_key, document_id) select entity_id, match_key, document_id from given_alias
            on conflict do nothing
        ), attributed as (
            insert into attribute_source (entity_id, document_id, attributes, at)
            select s.id, s.document_id, s.attrs::jsonb, s.at
              from unnest(?::uuid[], ?::varchar[], ?::text[], ?::timestamptz[]) as s(id, document_id, attrs, at)
             where s.attrs <> '{}'
            on conflict (entity_id, document_id) do update set attributes = excluded.attributes, at = excluded.at
        ), recorded as (
            insert into entity_history (entity_id, kind, document_id, detail, at)
            select h.entity_id, h.kind, h.document_id, h.detail::jsonb, h.at
              from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::text[], ?::timestamptz[]) with ordinality
                   as h(entity_id, kind, document_id, detail, at, n)
             order by h.n
        )
        select id from touched where changed union select entity_id from aliased
        """;

    /**
     * Writes what resolution decided: in one statement the new entities, the attributes merged into
     * known ones, the new aliases, the documents' statements and the history lines; then the
     * documents' mentions (one COPY). Returns the known entities whose attributes changed or that gained an alias.
     */
    public Set<UUID> write(EntityWrites writes) {
        long cpu0 = BackendCpu.millis(data);
        Set<UUID> changed = Set.copyOf(Sql.query(data, WRITE, statement -> {
            var created = writes.created;
            statement.setArray(1, Sql.uuids(statement, created.stream().map(EntityWrites.Created::id).toList()));
            statement.setArray(2, Sql.texts(statement, created.stream().map(e -> e.type().name()).toList()));
            statement.setArray(3, Sql.texts(statement, created.stream().map(EntityWrites.Created::name).toList()));
            statement.setArray(4, Sql.texts(statement, created.stream().map(EntityWrites.Created::matchKey).toList()));
            statement.setArray(5, Sql.texts(statement, created.stream().map(EntityWrites.Created::attributesJson).toList()));
            statement.setArray(6, Sql.times(statement, created.stream().map(EntityWrites.Created::at).toList()));
            var touched = writes.touched;
            statement.setArray(7, Sql.uuids(statement, touched.stream().map(EntityWrites.Touched::id).toList()));
            statement.setArray(8, Sql.texts(statement, touched.stream().map(EntityWrites.Touched::attributesJson).toList()));
            statement.setArray(9, Sql.times(statement, touched.stream().map(EntityWrites.Touched::at).toList()));
            var aliases = writes.aliases;
            statement.setArray(10, Sql.uuids(statement, aliases.stream().map(EntityWrites.Alias::entityId).toList()));
            statement.setArray(11, Sql.texts(statement, aliases.stream().map(EntityWrites.Alias::alias).toList()));
            statement.setArray(12, Sql.texts(statement, aliases.stream().map(EntityWrites.Alias::matchKey).toList()));
            statement.setArray(13, Sql.texts(statement, aliases.stream().map(EntityWrites.Alias::documentId).toList()));
            var attributed = writes.attributed;
            statement.setArray(14, Sql.uuids(statement, attributed.stream().map(EntityWrites.Attributed::entityId).toList()));
            statement.setArray(15, Sql.texts(statement, attributed.stream().map(EntityWrites.Attributed::documentId).toList()));
            statement.setArray(16, Sql.texts(statement, attributed.stream().map(EntityWrites.Attributed::attributesJson).toList()));
            statement.setArray(17, Sql.times(statement, attributed.stream().map(EntityWrites.Attributed::at).toList()));
            var history = writes.history;
            statement.setArray(18, Sql.uuids(statement, history.stream().map(EntityWrites.History::entityId).toList()));
            statement.setArray(19, Sql.texts(statement, history.stream().map(EntityWrites.History::kind).toList()));
            statement.setArray(20, Sql.texts(statement, history.stream().map(EntityWrites.History::documentId).toList()));
            statement.setArray(21, Sql.texts(statement, history.stream().map(EntityWrites.History::detailJson).toList()));
            statement.setArray(22, Sql.times(statement, history.stream().map(EntityWrites.History::at).toList()));
        }, row -> Sql.uuid(row, "id")));
        // the mentions, plain rows: a document's are new (a poll's documents are checked unknown under
        // the apply lock, a re-sent one's were withdrawn first); "on conflict do nothing" cost a third
        // more buffers a row
        long cpu1 = BackendCpu.millis(data);
        CopyRows mentions = new CopyRows("entity_document (entity_id, document_id)");
        new LinkedHashSet<>(writes.named).forEach(named -> mentions.row(named.entityId(), named.documentId()));
        mentions.send(data);
        if (BackendCpu.on()) {
            LOG.debugf("PostgreSQL CPU of the entity write; ms: statement %d, %d mentions %d", cpu1 - cpu0, mentions.size(),
                BackendCpu.millis(data) - cpu1);
        }
        return changed;
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
