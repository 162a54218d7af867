package io.powermap.search.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.powermap.contract.EntityChanged;
import io.powermap.contract.EntityType;
import io.powermap.contract.EventJson;
import io.powermap.contract.ProfileChange;
import io.powermap.contract.ProfileChange.Change;
import io.powermap.contract.RelationshipChanged;
import io.powermap.contract.RelationshipType;
import io.powermap.contract.Topics;
import io.powermap.testsupport.KafkaTopics;

/** Publishes change events on profiles.changes as profile-service would. */
public final class Changes {

    private Changes() {
    }

    /** A word of letters only, unique to a test, so the analyzers keep it as one token. */
    public static String uniqueWord() {
        return "Zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    }

    public static String entity(EntityType type, String name, Map<String, String> attributes, String... aliases) {
        String id = UUID.randomUUID().toString();
        publish(new EntityChanged(1, UUID.randomUUID().toString(), Change.UPSERTED, Instant.now(), id, type, name,
            List.of(aliases), attributes, List.of("https://example.org/" + id)));
        return id;
    }

    public static String organization(String name, String... aliases) {
        return entity(EntityType.ORGANIZATION, name, Map.of(), aliases);
    }

    public static void deleteEntity(String id, EntityType type, String name) {
        publish(new EntityChanged(1, UUID.randomUUID().toString(), Change.DELETED, Instant.now(), id, type, name,
            null, null, null));
    }

    public static String tie(RelationshipType type, String sourceId, String sourceName, String targetId, String targetName,
                             String sentence) {
        return tie(type, sourceId, sourceName, targetId, targetName, null, null, sentence);
    }

    public static String tie(RelationshipType type, String sourceId, String sourceName, String targetId, String targetName,
                             String role, BigDecimal amount, String sentence) {
        String id = UUID.randomUUID().toString();
        publish(new RelationshipChanged(1, UUID.randomUUID().toString(), Change.UPSERTED, Instant.now(), id, type,
            sourceId, sourceName, targetId, targetName, role, "2019", null, true, amount, amount == null ? null : "USD",
            0.9, List.of(sentence)));
        return id;
    }

    public static void publish(ProfileChange change) {
        KafkaTopics.send(Topics.PROFILES_CHANGES, change.key(), KafkaTopics.utf8(EventJson.write(change)), Map.of());
    }
}
