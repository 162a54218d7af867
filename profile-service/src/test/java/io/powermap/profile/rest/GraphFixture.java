package io.powermap.profile.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.powermap.contract.DocumentParsed;
import io.powermap.contract.DocumentSource;
import io.powermap.contract.EntityType;
import io.powermap.contract.Evidence;
import io.powermap.contract.EventJson;
import io.powermap.contract.ExtractedEntity;
import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;
import io.powermap.contract.Topics;
import io.powermap.testsupport.KafkaTopics;

/**
 * A document written for one test: entities with names unique to that test, ties stated one
 * sentence each. Publishing it and waiting for its entities makes each test independent of others.
 */
final class GraphFixture {

    private final String documentId = "https://example.org/graph/" + UUID.randomUUID();
    private final String title;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, ExtractedEntity> entities = new LinkedHashMap<>();
    private final List<ExtractedRelationship> ties = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    GraphFixture(String title) {
        this.title = title;
    }

    String documentId() {
        return documentId;
    }

    String title() {
        return title;
    }

    /** The full, unique name this fixture gives a short name. */
    String name(String shortName) {
        return shortName + " " + suffix;
    }

    GraphFixture organization(String shortName) {
        return entity(EntityType.ORGANIZATION, shortName);
    }

    GraphFixture person(String shortName) {
        return entity(EntityType.PERSON, shortName);
    }

    private GraphFixture entity(EntityType type, String shortName) {
        String id = "e" + (entities.size() + 1);
        entities.put(shortName, new ExtractedEntity(id, type, name(shortName), List.of(), Map.of(), List.of()));
        return this;
    }

    GraphFixture tie(RelationshipType type, String source, String target) {
        return tie(type, source, target, null, null, null);
    }

    GraphFixture funding(String funder, String recipient, String amount, String currency, String year) {
        return tie(RelationshipType.FUNDING, funder, recipient, amount == null ? null : new BigDecimal(amount), currency, year);
    }

    private GraphFixture tie(RelationshipType type, String source, String target, BigDecimal amount, String currency,
                             String year) {
        String sentence = name(source) + " " + type.name().toLowerCase() + " " + name(target)
            + (amount == null ? "" : " with " + amount + " " + currency) + (year == null ? "" : " in " + year) + ". ";
        int start = text.length();
        text.append(sentence);
        ties.add(new ExtractedRelationship("r" + (ties.size() + 1), type, entities.get(source).id(),
            entities.get(target).id(), null, year, null, true, amount, currency, 0.9,
            List.of(new Evidence(start, start + sentence.length() - 1, List.of()))));
        return this;
    }

    /** Publishes the document and waits until every entity it names can be found; returns their ids by short name. */
    Map<String, String> publish() {
        DocumentParsed document = new DocumentParsed(1, UUID.randomUUID().toString(), documentId,
            new DocumentSource(documentId, title, "text/plain", null), text.toString(), null,
            List.copyOf(entities.values()), ties);
        KafkaTopics.send(Topics.DOCUMENTS_PARSED, documentId, KafkaTopics.utf8(EventJson.write(document)), Map.of());
        Map<String, String> ids = new LinkedHashMap<>();
        entities.keySet().forEach(shortName -> ids.put(shortName, idOf(name(shortName))));
        return ids;
    }

    /** Waits until the last tie of the document is stored too (a document applies in one transaction). */
    static String idOf(String fullName) {
        return await().atMost(Duration.ofSeconds(30)).until(
            () -> given().queryParam("name", fullName).get("/api/v1/entities").jsonPath().getList("id", String.class),
            found -> found.size() == 1).get(0);
    }
}
