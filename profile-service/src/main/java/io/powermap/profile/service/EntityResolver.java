package io.powermap.profile.service;

import java.time.Instant;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.powermap.contract.EntityType;
import io.powermap.contract.EventJson;
import io.powermap.contract.ExtractedEntity;
import io.powermap.contract.NameKeys;
import io.powermap.profile.domain.EntityRows;
import io.powermap.profile.domain.EntityRows.AliasRow;
import io.powermap.profile.domain.EntityRows.HistoryRow;
import io.powermap.profile.domain.EntityRows.Lookup;
import io.powermap.profile.domain.EntityRows.NewEntity;
import io.powermap.profile.domain.MentionCounts;
import io.powermap.profile.service.resolution.BodyName;
import io.powermap.profile.service.resolution.MatchJudge;
import io.powermap.profile.service.resolution.PersonName;
import io.powermap.profile.service.resolution.PollOverlay;

/**
 * Finds the stored entity each of a document's entities stands for. Candidates for a whole poll
 * come from one query (exact names and aliases, trigram-similar names, acronyms; see
 * {@link EntityRows#candidates}), and {@link PollCandidates} adds what earlier documents of the
 * poll resolved; {@link MatchJudge} scores them, shared neighbours included. A name that matches
 * nothing well enough makes a new entity. Within a document, entities sharing a name or alias are
 * one. Every merge that is not on the very same name is recorded in the entity's history with its
 * reason and score.
 */
@ApplicationScoped
public class EntityResolver {

    static final int MAX_NAME = 500;
    private static final Comparator<PollCandidates.Candidate> OLDEST =
        Comparator.comparing(PollCandidates.Candidate::createdAt).thenComparing(PollCandidates.Candidate::id);

    /** Where a document's entities went, and what must be written for them. */
    public record Resolution(Map<String, UUID> byLocalId, Set<UUID> touched, List<NewEntity> created,
                             Map<UUID, Map<String, String>> attributes, List<AliasRow> aliases,
                             List<HistoryRow> history) {
    }

    private record TypedKey(EntityType type, String key) {
    }

    private final EntityRows entities;
    private final MentionCounts mentions;

    public EntityResolver(EntityRows entities, MentionCounts mentions) {
        this.entities = entities;
        this.mentions = mentions;
    }

    /**
     * Looks up the candidates for every entity of the poll's documents (each list one document's
     * entities) in one query. Resolve the documents in order with {@link Session#resolve}, telling
     * the session each document's ties ({@link Session#tie}) before resolving the next.
     *
     * @param fewDocuments entities named by fewer documents than this are listed by {@link Session#fewDocuments}
     */
    public Session session(List<List<ExtractedEntity>> documents, int fewDocuments) {
        List<List<MatchJudge.Incoming>> incoming = new ArrayList<>();
        List<Lookup> lookups = new ArrayList<>();
        int n = 0;
        for (int d = 0; d < documents.size(); d++) {
            List<ExtractedEntity> extracted = documents.get(d);
            // each entity's keys worked out once, not once for every other entity of the document
            List<List<String>> ownKeys = extracted.stream().map(EntityResolver::ownKeys).toList();
            Map<String, Integer> holders = new HashMap<>();
            ownKeys.forEach(keys -> new HashSet<>(keys).forEach(key -> holders.merge(key, 1, Integer::sum)));
            List<MatchJudge.Incoming> mine = new ArrayList<>(extracted.size());
            for (int i = 0; i < extracted.size(); i++) {
                mine.add(incoming(extracted.get(i), ownKeys.get(i), holders));
            }
            incoming.add(mine);
            for (int i = 0; i < extracted.size(); i++, n++) {
                Set<String> keys = lookupKeys(extracted.get(i), mine.get(i));
                Set<String> acronyms = acronyms(extracted.get(i));
                for (String key : keys) {
                    lookups.add(new Lookup(d, n, mine.get(i).type(), key, acronyms.contains(key)));
                }
            }
        }
        return new Session(documents, incoming, new PollCandidates(entities.candidates(lookups), lookups), mentions,
            fewDocuments);
    }

    /** Resolves a poll's documents one after another, each seeing what the earlier ones resolved. */
    public static final class Session {
        private final List<List<ExtractedEntity>> documents;
        private final List<List<MatchJudge.Incoming>> incoming;
        private final PollCandidates candidates;
        private final PollOverlay overlay = new PollOverlay();
        private final Map<TypedKey, String> keyMemo = new HashMap<>();
        private final MentionCounts mentions;
        private final int fewDocuments;
        // every entity the documents resolved to, in order, with the earlier documents of the poll naming it then
        private final List<PollCandidates.Candidate> resolvedTo = new ArrayList<>();
        private int next;
        private int firstN;

        private Session(List<List<ExtractedEntity>> documents, List<List<MatchJudge.Incoming>> incoming,
                        PollCandidates candidates, MentionCounts mentions, int fewDocuments) {
            this.documents = documents;
            this.incoming = incoming;
            this.candidates = candidates;
            this.mentions = mentions;
            this.fewDocuments = fewDocuments;
        }

        /**
         * The entities that a document resolved so far named while fewer than {@code fewDocuments}
         * documents (stored ones and the poll's earlier ones) named them, in the order first named
         * so; their change events show their documents. Call it before the poll's mentions are
         * written: the stored counts are read now, for the entities chosen only (the judge never
         * reads them), by one query that skips those known to have enough ({@link MentionCounts}).
         */
        public Set<UUID> fewDocuments() {
            Set<UUID> stored = new LinkedHashSet<>();
            resolvedTo.stream().filter(PollCandidates.Candidate::stored).forEach(match -> stored.add(match.id()));
            Map<UUID, Integer> counts = mentions.upTo(stored, fewDocuments);
            Set<UUID> few = new LinkedHashSet<>();
            for (PollCandidates.Candidate match : resolvedTo) {
                if ((match.stored() ? counts.get(match.id()) : 0) + match.pollDocuments() < fewDocuments) {
                    few.add(match.id());
                }
            }
            return few;
        }

        private MatchJudge.Candidate candidate(PollCandidates.Candidate found) {
            return new MatchJudge.Candidate(found.id(), found.type(), key(found.type(), found.matchKey()),
                found.aliasKeys().stream().map(alias -> key(found.type(), alias)).toList(),
                found.neighbourKeys());
        }

        /** {@link EntityResolver#key}, remembered for the poll: the same candidates come up for many documents. */
        private String key(EntityType type, String name) {
            return keyMemo.computeIfAbsent(new TypedKey(type, name), k -> EntityResolver.key(type, name));
        }

        /** The two ends of a tie the document just resolved states: later documents count it as shared neighbours. */
        public void tie(UUID a, UUID b) {
            overlay.tie(a, b);
        }

        /** Resolves the next document of the poll. */
        public Resolution resolve(Instant now) {
            List<ExtractedEntity> extracted = documents.get(next);
            List<MatchJudge.Incoming> mine = incoming.get(next);
            int base = firstN;
            next++;
            firstN += extracted.size();
            Map<Integer, List<PollCandidates.Candidate>> found = candidates.forDocument(base, extracted.size(), overlay);
            Map<TypedKey, PollCandidates.Candidate> local = new HashMap<>();
            Map<String, UUID> byLocalId = new HashMap<>();
            Set<UUID> touched = new LinkedHashSet<>();
            Map<UUID, EntityType> types = new HashMap<>();
            Map<UUID, NewEntity> created = new LinkedHashMap<>();
            Map<UUID, Map<String, String>> attributes = new LinkedHashMap<>();
            Map<String, AliasRow> aliases = new LinkedHashMap<>();
            List<HistoryRow> history = new ArrayList<>();
            for (int i = 0; i < extracted.size(); i++) {
                ExtractedEntity entity = extracted.get(i);
                MatchJudge.Incoming in = mine.get(i);
                String name = truncate(entity.name());
                Set<TypedKey> keys = keys(in);
                if (candidates.suppressed(base + i)) {
                    continue; // a user deleted the entity of this name: corrections win over documents
                }
                List<PollCandidates.Candidate> options = found.getOrDefault(base + i, List.of());
                PollCandidates.Candidate match = keys.stream().map(local::get).filter(f -> f != null).findFirst().orElse(null);
                if (match == null) {
                    var verdict = MatchJudge.choose(in, options.stream().sorted(OLDEST).map(this::candidate).toList());
                    if (verdict.isPresent()) {
                        match = options.stream().filter(f -> f.id().equals(verdict.get().id())).findFirst().orElseThrow();
                        if (!"same name".equals(verdict.get().reason())) {
                            history.add(new HistoryRow(match.id(), "RESOLVED", EventJson.write(Map.of("name", name,
                                "reason", verdict.get().reason(), "score", Math.round(verdict.get().score() * 100) / 100.0))));
                        }
                    } else {
                        NewEntity fresh = new NewEntity(UUID.randomUUID(), entity.type(), name, NameKeys.of(name), new HashMap<>());
                        created.put(fresh.id(), fresh);
                        history.add(new HistoryRow(fresh.id(), "CREATED", EventJson.write(Map.of("name", name))));
                        match = new PollCandidates.Candidate(fresh.id(), fresh.type(), fresh.matchKey(), now, List.of(),
                            List.of(), false, 0);
                    }
                }
                // later entities of this document find this one under every name it has here
                for (TypedKey key : keys) {
                    local.putIfAbsent(key, match);
                }
                byLocalId.put(entity.id(), match.id());
                touched.add(match.id());
                types.put(match.id(), match.type());
                resolvedTo.add(match);
                NewEntity fresh = created.get(match.id());
                (fresh != null ? fresh.attributes() : attributes.computeIfAbsent(match.id(), id -> new HashMap<>()))
                    .putAll(entity.attributes());
                addAlias(aliases, match, name);
                for (String alias : entity.aliases()) {
                    addAlias(aliases, match, truncate(alias));
                }
            }
            created.values().forEach(e -> overlay.created(new PollOverlay.Created(e.id(), e.type(), e.name(), e.matchKey(), now)));
            aliases.values().stream().filter(a -> !candidates.blocked(a.entityId(), a.matchKey()))
                .forEach(a -> overlay.alias(a.entityId(), types.get(a.entityId()), a.matchKey()));
            overlay.named(touched);
            return new Resolution(byLocalId, touched, List.copyOf(created.values()), attributes,
                List.copyOf(aliases.values()), history);
        }
    }

    /** Stored keys are as written ("senator calvin whitlock"); people are also looked up without titles. */
    private static Set<String> lookupKeys(ExtractedEntity entity, MatchJudge.Incoming in) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(NameKeys.of(truncate(entity.name())));
        keys.add(in.key());
        entity.aliases().forEach(alias -> keys.add(NameKeys.of(truncate(alias))));
        keys.addAll(in.aliasKeys());
        keys.remove("");
        return keys;
    }

    private static Set<String> acronyms(ExtractedEntity entity) {
        Set<String> acronyms = new LinkedHashSet<>();
        addIfPresent(acronyms, BodyName.writtenAcronym(entity.name()));
        entity.aliases().forEach(alias -> addIfPresent(acronyms, BodyName.writtenAcronym(alias)));
        return acronyms;
    }

    /** The key of the entity's name, then those of its aliases. */
    private static List<String> ownKeys(ExtractedEntity entity) {
        List<String> keys = new ArrayList<>(1 + entity.aliases().size());
        keys.add(key(entity.type(), entity.name()));
        entity.aliases().forEach(alias -> keys.add(key(entity.type(), alias)));
        return keys;
    }

    /**
     * An entity of a document with the keys {@code mine}, whose entities hold each key as often as
     * {@code holders} says: its context is the keys of the document's other entities.
     */
    private static MatchJudge.Incoming incoming(ExtractedEntity entity, List<String> mine, Map<String, Integer> holders) {
        Set<String> context = new OtherKeys(holders, Set.copyOf(mine));
        List<String> aliasKeys = mine.subList(1, mine.size()).stream().filter(key -> !key.isEmpty()).distinct().toList();
        String written = BodyName.writtenAcronym(entity.name());
        return new MatchJudge.Incoming(entity.type(), mine.get(0), aliasKeys, written, context);
    }


    /** The match key; for people without titles and suffixes ("Dr. Eva Millona Jr." gives "eva millona"). */
    static String key(EntityType type, String name) {
        String key = NameKeys.of(truncate(name));
        return type == EntityType.PERSON && !key.isEmpty() ? PersonName.parse(key).key() : key;
    }

    /**
     * The keys of a document's other entities, as a view: a key some other entity of the document
     * also has. Built per entity as a copy, they were a document's every key once per entity (the
     * largest allocation of resolution).
     */
    private static final class OtherKeys extends AbstractSet<String> {
        private final Map<String, Integer> holders;
        private final Set<String> own;

        OtherKeys(Map<String, Integer> holders, Set<String> own) {
            this.holders = holders;
            this.own = own;
        }

        @Override
        public boolean contains(Object key) {
            Integer held = holders.get(key);
            return held != null && held > (own.contains(key) ? 1 : 0);
        }

        @Override
        public Iterator<String> iterator() {
            return holders.keySet().stream().filter(this::contains).iterator();
        }

        @Override
        public int size() {
            return (int) holders.keySet().stream().filter(this::contains).count();
        }
    }

    private static Set<TypedKey> keys(MatchJudge.Incoming in) {
        Set<TypedKey> keys = new LinkedHashSet<>();
        keys.add(new TypedKey(in.type(), in.key()));
        in.aliasKeys().forEach(key -> keys.add(new TypedKey(in.type(), key)));
        return keys;
    }

    private static void addAlias(Map<String, AliasRow> aliases, PollCandidates.Candidate entity, String alias) {
        String key = NameKeys.of(alias);
        if (!key.isEmpty() && !key.equals(entity.matchKey())) {
            aliases.putIfAbsent(entity.id() + "\n" + key, new AliasRow(entity.id(), alias, key));
        }
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }

    static String truncate(String value) {
        return value == null ? "" : value.length() <= MAX_NAME ? value : value.substring(0, MAX_NAME);
    }
}
