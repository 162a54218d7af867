package io.powermap.profile.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import io.powermap.profile.domain.EntityRows.Found;
import io.powermap.profile.domain.EntityRows.HistoryRow;
import io.powermap.profile.domain.EntityRows.Lookup;
import io.powermap.profile.domain.EntityRows.NewEntity;
import io.powermap.profile.service.resolution.BodyName;
import io.powermap.profile.service.resolution.MatchJudge;
import io.powermap.profile.service.resolution.PersonName;

/**
 * Finds the stored entity each of a document's entities stands for. Candidates come from one query
 * per document (exact names and aliases, trigram-similar names, acronyms; see
 * {@link EntityRows#candidates}); {@link MatchJudge} scores them, shared neighbours included. A
 * name that matches nothing well enough makes a new entity. Within a document, entities sharing a
 * name or alias are one. Every merge that is not on the very same name is recorded in the entity's
 * history with its reason and score.
 */
@ApplicationScoped
public class EntityResolver {

    private static final int MAX_NAME = 500;
    private static final Comparator<Found> OLDEST = Comparator.comparing(Found::createdAt).thenComparing(Found::id);

    /** Where a document's entities went, and what must be written for them. */
    public record Resolution(Map<String, UUID> byLocalId, Set<UUID> touched, List<NewEntity> created,
                             Map<UUID, Map<String, String>> attributes, List<AliasRow> aliases,
                             Set<UUID> fewDocuments, List<HistoryRow> history) {
    }

    private record TypedKey(EntityType type, String key) {
    }

    private final EntityRows entities;

    public EntityResolver(EntityRows entities) {
        this.entities = entities;
    }

    /** @param fewDocuments known entities named by fewer documents than this are listed in {@code fewDocuments} */
    public Resolution resolve(List<ExtractedEntity> extracted, Instant now, int fewDocuments) {
        List<MatchJudge.Incoming> incoming = extracted.stream().map(e -> incoming(e, extracted)).toList();
        Map<Integer, List<Found>> found = lookUp(extracted, incoming, fewDocuments);
        Map<TypedKey, Found> local = new HashMap<>();
        Set<UUID> few = new LinkedHashSet<>();
        Map<String, UUID> byLocalId = new HashMap<>();
        Set<UUID> touched = new LinkedHashSet<>();
        Map<UUID, NewEntity> created = new LinkedHashMap<>();
        Map<UUID, Map<String, String>> attributes = new LinkedHashMap<>();
        Map<String, AliasRow> aliases = new LinkedHashMap<>();
        List<HistoryRow> history = new ArrayList<>();
        for (int n = 0; n < extracted.size(); n++) {
            ExtractedEntity entity = extracted.get(n);
            MatchJudge.Incoming in = incoming.get(n);
            String name = truncate(entity.name());
            Set<TypedKey> keys = keys(in);
            List<Found> candidates = found.getOrDefault(n, List.of());
            if (candidates.stream().anyMatch(f -> f.how().contains("SUPPRESSED"))) {
                continue; // a user deleted the entity of this name: corrections win over documents
            }
            Found match = keys.stream().map(local::get).filter(f -> f != null).findFirst().orElse(null);
            if (match == null) {
                var verdict = MatchJudge.choose(in, candidates.stream().sorted(OLDEST).map(EntityResolver::candidate).toList());
                if (verdict.isPresent()) {
                    match = candidates.stream().filter(f -> f.id().equals(verdict.get().id())).findFirst().orElseThrow();
                    if (!"same name".equals(verdict.get().reason())) {
                        history.add(new HistoryRow(match.id(), "RESOLVED", EventJson.write(Map.of("name", name,
                            "reason", verdict.get().reason(), "score", Math.round(verdict.get().score() * 100) / 100.0))));
                    }
                } else {
                    NewEntity fresh = new NewEntity(UUID.randomUUID(), entity.type(), name, NameKeys.of(name), new HashMap<>());
                    created.put(fresh.id(), fresh);
                    history.add(new HistoryRow(fresh.id(), "CREATED", EventJson.write(Map.of("name", name))));
                    match = new Found(n, Set.of(), fresh.id(), fresh.type(), name, fresh.matchKey(), now, List.of(),
                        List.of(), 0);
                }
            }
            // later entities of this document find this one under every name it has here
            for (TypedKey key : keys) {
                local.putIfAbsent(key, match);
            }
            byLocalId.put(entity.id(), match.id());
            touched.add(match.id());
            if (match.documents() < fewDocuments) {
                few.add(match.id());
            }
            NewEntity fresh = created.get(match.id());
            (fresh != null ? fresh.attributes() : attributes.computeIfAbsent(match.id(), id -> new HashMap<>()))
                .putAll(entity.attributes());
            addAlias(aliases, match, name, entity.type());
            for (String alias : entity.aliases()) {
                addAlias(aliases, match, truncate(alias), entity.type());
            }
        }
        return new Resolution(byLocalId, touched, List.copyOf(created.values()), attributes,
            List.copyOf(aliases.values()), few, history);
    }

    private Map<Integer, List<Found>> lookUp(List<ExtractedEntity> extracted, List<MatchJudge.Incoming> incoming,
                                             int countUpTo) {
        List<Lookup> lookups = new ArrayList<>();
        for (int n = 0; n < incoming.size(); n++) {
            MatchJudge.Incoming in = incoming.get(n);
            Set<String> acronyms = new LinkedHashSet<>();
            ExtractedEntity entity = extracted.get(n);
            addIfPresent(acronyms, BodyName.writtenAcronym(entity.name()));
            entity.aliases().forEach(alias -> addIfPresent(acronyms, BodyName.writtenAcronym(alias)));
            // stored keys are as written ("senator calvin whitlock"); people are also looked up without titles
            Set<String> keys = new LinkedHashSet<>();
            keys.add(NameKeys.of(truncate(entity.name())));
            keys.add(in.key());
            entity.aliases().forEach(alias -> keys.add(NameKeys.of(truncate(alias))));
            keys.addAll(in.aliasKeys());
            keys.remove("");
            for (String key : keys) {
                lookups.add(new Lookup(n, in.type(), key, acronyms.contains(key)));
            }
        }
        Map<Integer, List<Found>> found = new HashMap<>();
        entities.candidates(lookups, countUpTo).forEach(row -> found.computeIfAbsent(row.n(), n -> new ArrayList<>()).add(row));
        return found;
    }

    private static MatchJudge.Incoming incoming(ExtractedEntity entity, List<ExtractedEntity> all) {
        Set<String> context = new LinkedHashSet<>();
        for (ExtractedEntity other : all) {
            if (other != entity) {
                context.add(key(other.type(), other.name()));
                other.aliases().forEach(alias -> context.add(key(other.type(), alias)));
            }
        }
        List<String> aliasKeys = entity.aliases().stream().map(alias -> key(entity.type(), alias))
            .filter(key -> !key.isEmpty()).distinct().toList();
        String written = BodyName.writtenAcronym(entity.name());
        return new MatchJudge.Incoming(entity.type(), key(entity.type(), entity.name()), aliasKeys, written, context);
    }

    private static MatchJudge.Candidate candidate(Found found) {
        return new MatchJudge.Candidate(found.id(), found.type(), key(found.type(), found.matchKey()),
            found.aliasKeys().stream().map(alias -> key(found.type(), alias)).toList(),
            found.neighbourKeys());
    }

    /** The match key; for people without titles and suffixes ("Dr. Eva Millona Jr." gives "eva millona"). */
    static String key(EntityType type, String name) {
        String key = NameKeys.of(truncate(name));
        return type == EntityType.PERSON && !key.isEmpty() ? PersonName.parse(key).key() : key;
    }

    private static Set<TypedKey> keys(MatchJudge.Incoming in) {
        Set<TypedKey> keys = new LinkedHashSet<>();
        keys.add(new TypedKey(in.type(), in.key()));
        in.aliasKeys().forEach(key -> keys.add(new TypedKey(in.type(), key)));
        return keys;
    }

    private static void addAlias(Map<String, AliasRow> aliases, Found entity, String alias, EntityType type) {
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

    private static String truncate(String value) {
        return value == null ? "" : value.length() <= MAX_NAME ? value : value.substring(0, MAX_NAME);
    }
}
