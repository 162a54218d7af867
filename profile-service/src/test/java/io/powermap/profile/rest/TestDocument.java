package io.powermap.profile.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.powermap.contract.DocumentParsed;
import io.powermap.contract.DocumentSource;
import io.powermap.contract.EntityType;
import io.powermap.contract.Evidence;
import io.powermap.contract.ExtractedEntity;
import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;

/** A DocumentParsed written in a test: entities with local ids, ties stated one sentence each. */
final class TestDocument {

    private final String id;
    private final List<ExtractedEntity> entities = new ArrayList<>();
    private final List<ExtractedRelationship> ties = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    TestDocument(String id) {
        this.id = id;
    }

    static TestDocument withId(String id) {
        return new TestDocument(id);
    }

    TestDocument entity(String localId, EntityType type, String name, String... aliases) {
        return entity(localId, type, name, Map.of(), aliases);
    }

    TestDocument entity(String localId, EntityType type, String name, Map<String, String> attributes, String... aliases) {
        entities.add(new ExtractedEntity(localId, type, name, List.of(aliases), attributes, List.of()));
        return this;
    }

    TestDocument tie(RelationshipType type, String source, String target, String role, String amount) {
        String sentence = nameOf(source) + " and " + nameOf(target) + " are tied (" + type.name().toLowerCase() + "). ";
        int start = text.length();
        text.append(sentence);
        ties.add(new ExtractedRelationship("r" + (ties.size() + 1), type, source, target, role, null, null, null,
            amount == null ? null : new BigDecimal(amount), amount == null ? null : "USD", 0.9,
            List.of(new Evidence(start, start + sentence.length() - 1, List.of()))));
        return this;
    }

    /** A tie stated without a sentence for it (the extractor may give none). */
    TestDocument tieWithoutSentence(RelationshipType type, String source, String target, String amount) {
        ties.add(new ExtractedRelationship("r" + (ties.size() + 1), type, source, target, null, null, null, null,
            amount == null ? null : new BigDecimal(amount), amount == null ? null : "USD", 0.9, List.of()));
        return this;
    }

    /** A fresh event for this document (sending it again is a re-send, not a redelivery). */
    DocumentParsed build() {
        return new DocumentParsed(1, UUID.randomUUID().toString(), id, new DocumentSource(id, "Test " + id, "text/plain", null),
            text.toString(), null, List.copyOf(entities), List.copyOf(ties));
    }

    private String nameOf(String localId) {
        return entities.stream().filter(e -> e.id().equals(localId)).findFirst().orElseThrow().name();
    }
}
