package io.powermap.profile.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.powermap.contract.EntityType;
import io.powermap.profile.service.resolution.Trigrams;

/**
 * Every stored entity name and alias in memory, by type and trigram, for the trigram part of
 * resolution: pg_trgm's {@code %} and {@code <->} computed as PostgreSQL computes them
 * ({@link Trigrams}), in microseconds instead of the 2 to 4 ms a name took in the database.
 *
 * <p>The database stays the truth. {@link #sync} reads, under the apply lock, the names and
 * aliases written since it last looked ({@code name_seq}, V10); what the index proposes is checked
 * against the tables in the candidates query, and names found gone (deleted, renamed, moved by a
 * merge) are forgotten ({@link #forget}). So the index can only propose too much, never miss a name
 * another instance or a correction wrote.
 */
@ApplicationScoped
public class NameIndex {

    /** A stored name ({@code alias} false) or alias near a key, at pg_trgm distance {@code distance}. */
    public record Near(UUID id, String matchKey, boolean alias, float distance) {
    }

    private record TypedKey(EntityType type, String key) {
    }

    private record Entry(UUID id, String matchKey, boolean alias, int trigrams) {
    }

    private static final String CHANGED = """
        select e.id, e.type, e.match_key, false as alias, e.name_seq from entity e where e.name_seq > ?
        union all
        select a.entity_id, e.type, a.match_key, true, a.name_seq
          from entity_alias a join entity e on e.id = a.entity_id where a.name_seq > ?
        """;

    private final DataSource data;
    // every entry has a slot (its number in "bySlot"); a trigram's postings are slots
    private final List<Entry> bySlot = new ArrayList<>();
    private final Map<Entry, Integer> slots = new HashMap<>();
    private final TrigramPostings postings = new TrigramPostings();
    private final Map<TypedKey, Integer> names = new HashMap<>();
    private long seen = -1;

    public NameIndex(DataSource data) {
        this.data = data;
    }

    /** Reads the names and aliases written since the last call; call it holding the apply lock. */
    public synchronized void sync() {
        long from = seen;
        long[] last = {from};
        Sql.query(data, CHANGED, statement -> {
            statement.setLong(1, from);
            statement.setLong(2, from);
        }, row -> {
            add(new Entry(Sql.uuid(row, "id"), row.getString("match_key"), row.getBoolean("alias"), 0),
                EntityType.valueOf(row.getString("type")));
            last[0] = Math.max(last[0], row.getLong("name_seq"));
            return null;
        });
        seen = last[0];
    }

    /** Adds a stored name or alias as {@link #sync} would (for tests). */
    synchronized void put(UUID id, EntityType type, String matchKey, boolean alias) {
        add(new Entry(id, matchKey, alias, 0), type);
    }

    private void add(Entry bare, EntityType type) {
        Set<String> trigrams = Trigrams.of(bare.matchKey());
        Entry entry = new Entry(bare.id(), bare.matchKey(), bare.alias(), trigrams.size());
        if (slots.containsKey(entry)) {
            return;
        }
        int slot = bySlot.size();
        bySlot.add(entry);
        slots.put(entry, slot);
        if (!entry.alias()) {
            names.merge(new TypedKey(type, entry.matchKey()), 1, Integer::sum);
        }
        postings.add(type, trigrams, slot);
    }

    /** Whether an entity of the type is (as far as the index knows) named exactly so. */
    public synchronized boolean named(EntityType type, String key) {
        return names.containsKey(new TypedKey(type, key));
    }

    /**
     * The names and the aliases of entities of the type that are trigram-similar to the key
     * ({@code %}), at most {@code limit} of each, nearest first.
     */
    public synchronized List<Near> near(EntityType type, String key, int limit) {
        Set<String> mine = Trigrams.of(key);
        if (mine.isEmpty()) {
            return List.of();
        }
        List<Near> near = new ArrayList<>();
        postings.search(type, mine, bySlot.size(), (slot, count) -> {
            Entry entry = bySlot.get(slot);
            float similarity = Trigrams.similarity(mine.size(), entry.trigrams(), count);
            if (similarity >= Trigrams.THRESHOLD) {
                near.add(new Near(entry.id(), entry.matchKey(), entry.alias(), (float) (1.0 - similarity)));
            }
        });
        Comparator<Near> nearest = Comparator.comparingDouble(Near::distance).thenComparing(Near::matchKey)
            .thenComparing(Near::id);
        List<Near> kept = new ArrayList<>();
        for (boolean alias : new boolean[] {false, true}) {
            near.stream().filter(n -> n.alias() == alias).sorted(nearest).limit(limit).forEach(kept::add);
        }
        return kept;
    }

    /** Names the candidates query found gone from the tables. */
    public synchronized void forget(EntityType type, List<Near> gone) {
        for (Near near : gone) {
            Set<String> trigrams = Trigrams.of(near.matchKey());
            Integer slot = slots.remove(new Entry(near.id(), near.matchKey(), near.alias(), trigrams.size()));
            if (slot == null) {
                continue;
            }
            if (!near.alias()) {
                names.computeIfPresent(new TypedKey(type, near.matchKey()), (k, count) -> count > 1 ? count - 1 : null);
            }
            // the slot stays taken (no posting points at it any more)
            postings.remove(type, trigrams, slot);
        }
    }
}
