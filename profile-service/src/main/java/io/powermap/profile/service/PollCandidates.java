package io.powermap.profile.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.powermap.contract.EntityType;
import io.powermap.profile.domain.EntityRows;
import io.powermap.profile.domain.LazyList;
import io.powermap.profile.domain.EntityRows.Lookup;
import io.powermap.profile.service.resolution.PollOverlay;

/**
 * The candidates of one document's names: what the poll's candidates query found in the database,
 * corrected by what earlier documents of the poll resolved ({@link PollOverlay}), so that each
 * document sees what it would have seen had every earlier document been written first: entities
 * created and aliases given earlier are found by name, alias, trigram similarity (ranked among the
 * database's five nearest) and acronym; a name the poll created closes the trigram search for that
 * name, as a stored name does; ties and mentions the poll added count as neighbours and documents.
 */
final class PollCandidates {

    /**
     * A candidate as the judge sees it; {@code stored} when it was in the database before the poll,
     * {@code pollDocuments} the earlier documents of the poll naming it.
     */
    record Candidate(UUID id, EntityType type, String matchKey, Instant createdAt, List<String> aliasKeys,
                     List<String> neighbourKeys, boolean stored, int pollDocuments) {
    }

    private static final int SIMILAR_PER_KEY = 5;
    private static final int MAX_ALIASES = 50;
    private static final String NAME = "NAME";
    private static final String ALIAS = "ALIAS";
    private static final String SIMILAR = "SIMILAR";
    private static final String ACRONYM = "ACRONYM";

    private final EntityRows.Candidates rows;
    private final Map<Integer, List<Lookup>> lookups = new HashMap<>();
    private final Map<Integer, List<EntityRows.Hit>> hits = new HashMap<>();
    private final Map<Integer, List<EntityRows.Similar>> similar = new HashMap<>();

    PollCandidates(EntityRows.Candidates rows, List<Lookup> lookups) {
        this.rows = rows;
        lookups.forEach(l -> this.lookups.computeIfAbsent(l.n(), n -> new ArrayList<>()).add(l));
        rows.hits().forEach(h -> hits.computeIfAbsent(h.n(), n -> new ArrayList<>()).add(h));
        rows.similar().forEach(s -> similar.computeIfAbsent(s.n(), n -> new ArrayList<>()).add(s));
    }

    boolean suppressed(int n) {
        return rows.suppressed().contains(n);
    }

    boolean blocked(UUID id, String key) {
        return rows.blocks().contains(new EntityRows.Block(id, key));
    }

    /** The candidates of names {@code first} to {@code first + size - 1} (one document's), by name number. */
    Map<Integer, List<Candidate>> forDocument(int first, int size, PollOverlay overlay) {
        Map<Integer, Map<UUID, Set<String>>> found = new HashMap<>();
        Set<UUID> named = new HashSet<>();
        for (int n = first; n < first + size; n++) {
            named.addAll(rows.named().getOrDefault(n, Set.of()));
            found.put(n, hits(n, overlay, named));
        }
        Map<Integer, List<Candidate>> candidates = new HashMap<>();
        found.forEach((n, how) -> {
            List<Candidate> list = new ArrayList<>();
            how.keySet().forEach(id -> {
                Candidate candidate = candidate(id, overlay, named);
                if (candidate != null) {
                    list.add(candidate);
                }
            });
            candidates.put(n, list);
        });
        return candidates;
    }

    /** How each entity was found for name n; adds the entities the poll created under n's names to {@code named}. */
    private Map<UUID, Set<String>> hits(int n, PollOverlay overlay, Set<UUID> named) {
        Map<UUID, Set<String>> how = new LinkedHashMap<>();
        hits.getOrDefault(n, List.of()).forEach(hit -> how.put(hit.id(), new HashSet<>(hit.how())));
        List<Lookup> keys = lookups.getOrDefault(n, List.of());
        if (keys.isEmpty()) {
            return how;
        }
        EntityType type = keys.get(0).type();
        Set<UUID> createdNamed = new LinkedHashSet<>();
        for (Lookup key : keys) {
            createdNamed.addAll(overlay.byName(type, key.key()));
            overlay.byAlias(type, key.key()).forEach(id -> add(how, id, ALIAS));
        }
        createdNamed.forEach(id -> add(how, id, NAME));
        named.addAll(createdNamed);
        boolean closedInDatabase = rows.named().containsKey(n);
        if (!closedInDatabase && createdNamed.isEmpty()) {
            Set<UUID> nearest = nearest(n, keys, type, overlay);
            how.values().forEach(ways -> ways.remove(SIMILAR));
            nearest.forEach(id -> add(how, id, SIMILAR));
            for (Lookup key : keys) {
                overlay.byAcronym(type, key.key(), key.acronym()).forEach(id -> add(how, id, ACRONYM));
            }
        } else if (!closedInDatabase) {
            // a name the poll created closes the trigram and acronym searches, as a stored one does
            how.values().forEach(ways -> {
                ways.remove(SIMILAR);
                ways.remove(ACRONYM);
            });
        }
        how.entrySet().removeIf(entry -> entry.getValue().isEmpty()
            || keys.stream().anyMatch(key -> blocked(entry.getKey(), key.key())));
        return how;
    }

    /** Per key, the five nearest names and the five nearest aliases among the database's and the poll's. */
    private Set<UUID> nearest(int n, List<Lookup> keys, EntityType type, PollOverlay overlay) {
        Set<UUID> ids = new HashSet<>();
        for (Lookup key : keys) {
            if (key.acronym()) {
                continue;
            }
            List<EntityRows.Similar> stored = similar.getOrDefault(n, List.of()).stream()
                .filter(s -> s.key().equals(key.key())).toList();
            List<PollOverlay.Near> names = new ArrayList<>();
            List<PollOverlay.Near> aliases = new ArrayList<>();
            Set<String> storedAliases = new HashSet<>();
            for (EntityRows.Similar s : stored) {
                (s.alias() ? aliases : names).add(new PollOverlay.Near(s.id(), s.matched(), s.distance()));
                if (s.alias()) {
                    storedAliases.add(s.id() + "\n" + s.matched());
                }
            }
            names.addAll(overlay.nearNames(type, key.key()));
            overlay.nearAliases(type, key.key()).stream()
                .filter(a -> !storedAliases.contains(a.id() + "\n" + a.matched())).forEach(aliases::add);
            for (List<PollOverlay.Near> list : List.of(names, aliases)) {
                list.stream().sorted(Comparator.comparingDouble(PollOverlay.Near::distance)).limit(SIMILAR_PER_KEY)
                    .forEach(near -> ids.add(near.id()));
            }
        }
        return ids;
    }

    private Candidate candidate(UUID id, PollOverlay overlay, Set<UUID> named) {
        PollOverlay.Created fresh = overlay.created(id);
        if (fresh != null) {
            return new Candidate(id, fresh.type(), fresh.matchKey(), fresh.createdAt(), aliases(List.of(), overlay.aliasesOf(id)),
                neighbourKeys(Set.of(), overlay.tiedTo(id), named, overlay), false, overlay.documents(id));
        }
        EntityRows.Known known = rows.entities().get(id);
        if (known == null) {
            return null;
        }
        return new Candidate(id, known.type(), known.matchKey(), known.createdAt(),
            aliases(known.aliasKeys(), overlay.aliasesOf(id)), neighbourKeys(known.neighbours(), overlay.tiedTo(id), named, overlay),
            true, overlay.documents(id));
    }

    private static List<String> aliases(List<String> stored, List<String> given) {
        if (given.isEmpty()) {
            return stored;
        }
        Set<String> all = new LinkedHashSet<>(stored);
        all.addAll(given);
        return all.stream().sorted().limit(MAX_ALIASES).toList();
    }

    /** The keys of the entities the candidate is tied to (in the database or by the poll) that the document names. */
    private List<String> neighbourKeys(java.util.Collection<UUID> stored, Set<UUID> given, Set<UUID> named, PollOverlay overlay) {
        // worked out when the judge reads them, within the document's resolution: the overlay changes
        // only after the document is resolved, so the keys are those they would have been now
        Set<UUID> givenNow = given.isEmpty() ? Set.of() : Set.copyOf(given); // the overlay's own set, which grows
        return new LazyList<>(() -> neighbourKeysNow(stored, givenNow, named, overlay));
    }

    private List<String> neighbourKeysNow(java.util.Collection<UUID> stored, Set<UUID> given, Set<UUID> named,
                                          PollOverlay overlay) {
        Set<String> keys = new LinkedHashSet<>();
        for (java.util.Collection<UUID> ids : List.of(stored, given)) {
            for (UUID other : ids) {
                if (named.contains(other)) {
                    String key = keyOf(other, overlay);
                    if (key != null) {
                        keys.add(key);
                    }
                }
            }
        }
        return List.copyOf(keys);
    }

    private String keyOf(UUID id, PollOverlay overlay) {
        PollOverlay.Created fresh = overlay.created(id);
        if (fresh != null) {
            return fresh.matchKey();
        }
        EntityRows.Known known = rows.entities().get(id);
        return known == null ? null : known.matchKey();
    }

    private static void add(Map<UUID, Set<String>> how, UUID id, String way) {
        how.computeIfAbsent(id, key -> new HashSet<>()).add(way);
    }
}
