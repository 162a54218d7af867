package io.powermap.profile.service.resolution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.powermap.contract.EntityType;
import io.powermap.profile.domain.TrigramPostings;

/**
 * What the earlier documents of a poll have resolved but not yet written: the entities they
 * created, the aliases they gave, the ties they stated and which entities they named. The
 * candidates query ran once for the whole poll, before any of it was written; a later document
 * must still find all this as if each document had been written before the next was resolved, so
 * the overlay answers the same questions the query asks of the database (exact names and aliases,
 * nearest trigram names, acronyms) over what the poll added.
 */
public final class PollOverlay {

    /** An entity created by an earlier document of the poll. */
    public record Created(UUID id, EntityType type, String name, String matchKey, Instant createdAt) {
    }

    /** An alias given by an earlier document of the poll, to an entity of {@code type}. */
    public record GivenAlias(UUID entityId, EntityType type, String matchKey) {
    }

    /** A name or alias the poll added that is near a key, at pg_trgm distance {@code distance}. */
    public record Near(UUID id, String matched, float distance) {
    }

    private record TypedKey(EntityType type, String key) {
    }

    /** A name or alias indexed by its trigrams. */
    private record Entry(UUID id, String matchKey, int trigrams) {
    }

    private final Map<UUID, Created> created = new LinkedHashMap<>();
    private final Set<String> aliasSeen = new HashSet<>();
    private final Map<UUID, List<String>> aliasesOf = new HashMap<>();
    private final Map<UUID, Set<UUID>> tied = new HashMap<>();
    private final Map<UUID, Integer> documents = new HashMap<>();
    // indexes, so that a poll of thousands of names is searched without comparing every pair
    private final Map<TypedKey, List<UUID>> byName = new HashMap<>();
    private final Map<TypedKey, List<UUID>> byAlias = new HashMap<>();
    private final Map<TypedKey, Set<UUID>> byInitials = new HashMap<>();
    private final TrigramPostings nameTrigrams = new TrigramPostings();
    private final TrigramPostings aliasTrigrams = new TrigramPostings();
    // every indexed name or alias has a slot (its number in "entries"); TrigramPostings counts shared
    // trigrams by slot: the overlay grows with the poll, and each of its documents searches it
    private final List<Entry> entries = new ArrayList<>();

    public void created(Created entity) {
        created.put(entity.id(), entity);
        byName.computeIfAbsent(new TypedKey(entity.type(), entity.matchKey()), k -> new ArrayList<>()).add(entity.id());
        index(entity.id(), entity.type(), entity.matchKey(), nameTrigrams);
    }

    public Created created(UUID id) {
        return created.get(id);
    }

    /** An alias the database will hold once the poll is written (the caller leaves out blocked ones). */
    public void alias(UUID entityId, EntityType type, String matchKey) {
        if (aliasSeen.add(entityId + "\n" + matchKey)) {
            aliasesOf.computeIfAbsent(entityId, id -> new ArrayList<>()).add(matchKey);
            byAlias.computeIfAbsent(new TypedKey(type, matchKey), k -> new ArrayList<>()).add(entityId);
            index(entityId, type, matchKey, aliasTrigrams);
        }
    }

    private void index(UUID id, EntityType type, String matchKey, TrigramPostings trigrams) {
        String initials = BodyName.acronym(matchKey);
        if (initials != null) {
            byInitials.computeIfAbsent(new TypedKey(type, initials), k -> new HashSet<>()).add(id);
        }
        Set<String> mine = Trigrams.of(matchKey);
        int slot = entries.size();
        entries.add(new Entry(id, matchKey, mine.size()));
        trigrams.add(type, mine, slot);
    }

    public List<String> aliasesOf(UUID id) {
        return aliasesOf.getOrDefault(id, List.of());
    }

    public void tie(UUID a, UUID b) {
        tied.computeIfAbsent(a, id -> new HashSet<>()).add(b);
        tied.computeIfAbsent(b, id -> new HashSet<>()).add(a);
    }

    public Set<UUID> tiedTo(UUID id) {
        return tied.getOrDefault(id, Set.of());
    }

    /** One more document of the poll names these entities. */
    public void named(Collection<UUID> ids) {
        ids.forEach(id -> documents.merge(id, 1, Integer::sum));
    }

    /** How many earlier documents of the poll name the entity. */
    public int documents(UUID id) {
        return documents.getOrDefault(id, 0);
    }

    /** Entities created in the poll with this exact name. */
    public List<UUID> byName(EntityType type, String key) {
        return byName.getOrDefault(new TypedKey(type, key), List.of());
    }

    /** Entities of the type given this exact alias in the poll. */
    public List<UUID> byAlias(EntityType type, String key) {
        return byAlias.getOrDefault(new TypedKey(type, key), List.of());
    }

    /** Names of entities created in the poll that are trigram-similar to the key ({@code %}). */
    public List<Near> nearNames(EntityType type, String key) {
        return near(type, key, nameTrigrams);
    }

    /** Aliases given in the poll that are trigram-similar to the key. */
    public List<Near> nearAliases(EntityType type, String key) {
        return near(type, key, aliasTrigrams);
    }

    private List<Near> near(EntityType type, String key, TrigramPostings trigrams) {
        Set<String> mine = Trigrams.of(key);
        List<Near> near = new ArrayList<>();
        trigrams.search(type, mine, entries.size(), (slot, count) -> {
            Entry entry = entries.get(slot);
            float similarity = Trigrams.similarity(mine.size(), entry.trigrams(), count);
            if (similarity >= Trigrams.THRESHOLD) {
                near.add(new Near(entry.id(), entry.matchKey(), (float) (1.0 - similarity)));
            }
        });
        // nearest first, equal distances as the database orders them (by name, then id)
        near.sort(NEAREST);
        return near;
    }

    private static final Comparator<Near> NEAREST = Comparator.comparingDouble(Near::distance)
        .thenComparing(Near::matched).thenComparing(Near::id);

    /**
     * Entities whose poll-given name or alias the key stands for or abbreviates, as the acronym
     * branches of the candidates query ask: a written acronym against the initials of a long name,
     * and (not for people) the initials of the key against a name.
     */
    public Set<UUID> byAcronym(EntityType type, String key, boolean writtenAcronym) {
        Set<UUID> found = new HashSet<>();
        if (writtenAcronym) {
            found.addAll(byInitials.getOrDefault(new TypedKey(type, key), Set.of()));
        }
        String initials = type == EntityType.PERSON ? null : BodyName.acronym(key);
        if (initials != null) {
            found.addAll(byName(type, initials));
            found.addAll(byAlias(type, initials));
        }
        return found;
    }
}
