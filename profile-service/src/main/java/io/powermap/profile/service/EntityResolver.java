package io.powermap.profile.service;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.powermap.contract.ExtractedEntity;
import io.powermap.profile.domain.Alias;
import io.powermap.contract.NameKeys;
import io.powermap.profile.domain.ProfileEntity;

/**
 * Finds the stored entity a document's entity stands for: same type, and its name or one of its
 * aliases has the same match key as a known name or alias. Otherwise it is new.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EntityResolver {

    private static final int MAX_NAME = 500;

    public ProfileEntity resolve(ExtractedEntity extracted, String documentId) {
        String name = truncate(extracted.name());
        Set<String> keys = new LinkedHashSet<>();
        keys.add(NameKeys.of(name));
        extracted.aliases().stream().map(NameKeys::of).filter(key -> !key.isEmpty()).forEach(keys::add);

        List<ProfileEntity> known = ProfileEntity.findByKeys(extracted.type(), keys);
        ProfileEntity entity = known.isEmpty() ? create(extracted, name) : known.get(0);
        addAlias(entity, name);
        extracted.aliases().forEach(alias -> addAlias(entity, truncate(alias)));
        entity.attributes.putAll(extracted.attributes());
        entity.documentIds.add(documentId);
        entity.updatedAt = Instant.now();
        return entity;
    }

    private static ProfileEntity create(ExtractedEntity extracted, String name) {
        ProfileEntity entity = new ProfileEntity();
        entity.id = UUID.randomUUID();
        entity.type = extracted.type();
        entity.name = name;
        entity.matchKey = NameKeys.of(name);
        entity.createdAt = Instant.now();
        entity.updatedAt = entity.createdAt;
        entity.persist();
        return entity;
    }

    private static void addAlias(ProfileEntity entity, String alias) {
        String key = NameKeys.of(alias);
        if (!key.isEmpty() && !key.equals(entity.matchKey)) {
            entity.aliases.add(new Alias(alias, key));
        }
    }

    private static String truncate(String value) {
        return value.length() <= MAX_NAME ? value : value.substring(0, MAX_NAME);
    }
}
