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
import io.powermap.contract.ExtractedEntity;
import io.powermap.contract.NameKeys;
import io.powermap.profile.domain.EntityRows;
import io.powermap.profile.domain.EntityRows.AliasRow;
import io.powermap.profile.domain.EntityRows.Known;
import io.powermap.profile.domain.EntityRows.NewEntity;

/**
 * Finds the stored entity each of a document's entities stands for: same type, and its name or one
 * of its aliases has the same match key as a known name or alias (the oldest such entity wins).
 * Otherwise it is new. All names of a document are looked up in one indexed query.
 */
@ApplicationScoped
public class EntityResolver {

    private static final int MAX_NAME = 500;
    private static final Comparator<Known> OLDEST = Comparator.comparing(Known::createdAt).thenComparing(Known::id);

    /** Where a document's entities went, and what must be written for them. */
    public record Resolution(Map<String, UUID> byLocalId, Set<UUID> touched, List<NewEntity> created,
                             Map<UUID, Map<String, String>> attributes, List<AliasRow> aliases,
                             Set<UUID> fewDocuments) {
    }

    private record TypedKey(EntityType type, String key) {
    }

    private final EntityRows entities;

    public EntityResolver(EntityRows entities) {
        this.entities = entities;
    }

    /** @param fewDocuments known entities named by fewer documents than this are listed in {@code fewDocuments} */
    public Resolution resolve(List<ExtractedEntity> extracted, Instant now, int fewDocuments) {
        Map<TypedKey, List<Known>> known = lookUp(extracted, fewDocuments);
        Set<UUID> few = new LinkedHashSet<>();
        Map<String, UUID> byLocalId = new HashMap<>();
        Set<UUID> touched = new LinkedHashSet<>();
        Map<UUID, NewEntity> created = new LinkedHashMap<>();
        Map<UUID, Map<String, String>> attributes = new LinkedHashMap<>();
        Map<String, AliasRow> aliases = new LinkedHashMap<>();
        for (ExtractedEntity entity : extracted) {
            String name = truncate(entity.name());
            Set<TypedKey> keys = keys(entity);
            Known match = keys.stream().flatMap(key -> known.getOrDefault(key, List.of()).stream()).min(OLDEST)
                .orElseGet(() -> {
                    NewEntity fresh = new NewEntity(UUID.randomUUID(), entity.type(), name, NameKeys.of(name), new HashMap<>());
                    created.put(fresh.id(), fresh);
                    return new Known(fresh.id(), fresh.type(), name, fresh.matchKey(), now, null, 0);
                });
            // later entities of this document find this one under every name it has here
            keys.forEach(key -> known.computeIfAbsent(key, k -> new ArrayList<>()).add(match));
            byLocalId.put(entity.id(), match.id());
            touched.add(match.id());
            if (match.documents() < fewDocuments) {
                few.add(match.id());
            }
            NewEntity fresh = created.get(match.id());
            (fresh != null ? fresh.attributes() : attributes.computeIfAbsent(match.id(), id -> new HashMap<>()))
                .putAll(entity.attributes());
            addAlias(aliases, match, name);
            entity.aliases().forEach(alias -> addAlias(aliases, match, truncate(alias)));
        }
        return new Resolution(byLocalId, touched, List.copyOf(created.values()), attributes, List.copyOf(aliases.values()), few);
    }

    private Map<TypedKey, List<Known>> lookUp(List<ExtractedEntity> extracted, int countUpTo) {
        Set<TypedKey> wanted = new LinkedHashSet<>();
        extracted.forEach(entity -> wanted.addAll(keys(entity)));
        Map<TypedKey, List<Known>> known = new HashMap<>();
        for (Known row : entities.findByKeys(wanted.stream().map(TypedKey::type).toList(),
            wanted.stream().map(TypedKey::key).toList(), countUpTo)) {
            known.computeIfAbsent(new TypedKey(row.type(), row.foundKey()), key -> new ArrayList<>()).add(row);
        }
        return known;
    }

    private static Set<TypedKey> keys(ExtractedEntity entity) {
        Set<TypedKey> keys = new LinkedHashSet<>();
        keys.add(new TypedKey(entity.type(), NameKeys.of(truncate(entity.name()))));
        entity.aliases().stream().map(alias -> NameKeys.of(truncate(alias))).filter(key -> !key.isEmpty())
            .forEach(key -> keys.add(new TypedKey(entity.type(), key)));
        return keys;
    }

    private static void addAlias(Map<String, AliasRow> aliases, Known entity, String alias) {
        String key = NameKeys.of(alias);
        if (!key.isEmpty() && !key.equals(entity.matchKey())) {
            aliases.putIfAbsent(entity.id() + "\n" + key, new AliasRow(entity.id(), alias, key));
        }
    }

    private static String truncate(String value) {
        return value == null ? "" : value.length() <= MAX_NAME ? value : value.substring(0, MAX_NAME);
    }
}
