package io.powermap.search.rest;

import static io.restassured.RestAssured.given;
import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;
import static jakarta.ws.rs.core.Response.Status.OK;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityChanged;
import io.powermap.contract.EntityType;
import io.powermap.contract.EventJson;
import io.powermap.contract.ProfileChange;
import io.powermap.contract.ProfileChange.Change;
import io.powermap.contract.RelationshipChanged;
import io.powermap.contract.RelationshipType;
import io.powermap.contract.Topics;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.KafkaTopics;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class SearchResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static EntityChanged entity(String id, EntityType type, String name, Change change, String... aliases) {
        return new EntityChanged(1, UUID.randomUUID().toString(), change, Instant.now(), id, type, name, List.of(aliases),
            Map.of("headquarters", "Portland"), List.of("doc-1"));
    }

    private static void publish(ProfileChange change) {
        KafkaTopics.send(Topics.PROFILES_CHANGES, change.key(), KafkaTopics.utf8(EventJson.write(change)), Map.of());
    }

    /** A word made of letters only, unique to the test, so the analyzer keeps it as one token. */
    private static String uniqueWord() {
        return "Zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    }

    @Test
    void shouldFindEntitiesByNameAndAliasWithTypeFacets() {
        String word = uniqueWord();
        String orgId = UUID.randomUUID().toString();
        publish(entity(orgId, EntityType.ORGANIZATION, word + " Watershed Council", Change.UPSERTED, "WWC" + word));
        publish(entity(UUID.randomUUID().toString(), EntityType.PERSON, "Maria " + word, Change.UPSERTED));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("q", word)
            .get("/api/v1/search")
            .then().statusCode(OK.getStatusCode())
            .body("total", equalTo(2))
            .body("facets.ORGANIZATION", equalTo(1))
            .body("facets.PERSON", equalTo(1)));

        given().queryParam("q", word).queryParam("type", "organization").get("/api/v1/search")
            .then().body("hits", hasSize(1))
            .body("hits[0].id", equalTo(orgId))
            .body("hits[0].name", equalTo(word + " Watershed Council"));
        given().queryParam("q", "wwc" + word.toLowerCase()).get("/api/v1/search")
            .then().body("hits.id", hasItem(orgId));
    }

    @Test
    void shouldForgetDeletedEntities() {
        String word = uniqueWord();
        String id = UUID.randomUUID().toString();
        publish(entity(id, EntityType.CAMPAIGN, word + " Clean Air Drive", Change.UPSERTED));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("q", word).get("/api/v1/search")
            .then().body("hits.id", hasItem(id)));

        publish(entity(id, EntityType.CAMPAIGN, word + " Clean Air Drive", Change.DELETED));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("q", word).get("/api/v1/search")
            .then().body("hits.id", not(hasItem(id))));
    }

    @Test
    void shouldSuggestNamesFromAPrefix() {
        String word = uniqueWord();
        publish(entity(UUID.randomUUID().toString(), EntityType.ORGANIZATION, word + " Riverkeepers", Change.UPSERTED));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
            .queryParam("prefix", word.substring(0, word.length() - 2) + "")
            .get("/api/v1/suggest")
            .then().statusCode(OK.getStatusCode())
            .body("$", hasItem(word + " Riverkeepers")));
        given().queryParam("prefix", word + " river").get("/api/v1/suggest")
            .then().body("$", hasItem(word + " Riverkeepers"));
    }

    @Test
    void shouldServeTheGraphNeighbourhoodOfAnEntity() {
        String word = uniqueWord();
        String funder = UUID.randomUUID().toString();
        String grantee = UUID.randomUUID().toString();
        publish(entity(funder, EntityType.ORGANIZATION, word + " Foundation", Change.UPSERTED));
        publish(entity(grantee, EntityType.ORGANIZATION, word + " Literacy Project", Change.UPSERTED));
        publish(new RelationshipChanged(1, UUID.randomUUID().toString(), Change.UPSERTED, Instant.now(),
            UUID.randomUUID().toString(), RelationshipType.FUNDING, funder, word + " Foundation", grantee,
            word + " Literacy Project", null, "2020", null, true, null, null, 0.9, List.of("It gave money.")));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/v1/graph/" + grantee)
            .then().statusCode(OK.getStatusCode())
            .body("edges", hasSize(1))
            .body("edges[0].type", equalTo("FUNDING"))
            .body("nodes.id", hasItem(funder)));
    }

    @Test
    void shouldRejectMalformedGraphId() {
        given().get("/api/v1/graph/x1").then().statusCode(BAD_REQUEST.getStatusCode()).contentType(PROBLEM);
    }

    @Test
    void shouldAnswerNotFoundForUnindexedEntity() {
        given().get("/api/v1/graph/" + UUID.randomUUID()).then().statusCode(NOT_FOUND.getStatusCode()).contentType(PROBLEM);
    }

    @Test
    void shouldRejectOutOfRangeLimitAndUnknownType() {
        given().queryParam("q", "x").queryParam("limit", 0).get("/api/v1/search")
            .then().statusCode(BAD_REQUEST.getStatusCode()).contentType(PROBLEM);
        given().queryParam("q", "x").queryParam("type", "STAR").get("/api/v1/search")
            .then().statusCode(BAD_REQUEST.getStatusCode()).contentType(PROBLEM);
    }

    @Test
    void shouldTolerateQuerySyntaxCharacters() {
        given().queryParam("q", "\"unbalanced (quote AND ~").get("/api/v1/search")
            .then().statusCode(OK.getStatusCode());
    }
}
