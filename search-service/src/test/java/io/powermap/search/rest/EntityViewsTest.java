package io.powermap.search.rest;

import static io.powermap.search.support.Changes.organization;
import static io.powermap.search.support.Changes.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.search.support.Changes;
import io.powermap.testsupport.KafkaBrokerResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class EntityViewsTest {

    @Test
    void shouldSuggestNamesIgnoringAccentsBestConnectedFirst() {
        String word = uniqueWord();
        String lonely = organization("Sørensen " + word + " Archive");
        String busy = organization("Sorensen " + word + " Institute");
        String partner = organization(word + " Partner Fund");
        Changes.tie(RelationshipType.FUNDING, partner, word + " Partner Fund", busy, "Sorensen " + word + " Institute", "A grant.");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("prefix", "sorensen " + word.toLowerCase())
            .get("/api/v1/suggest")
            .then().statusCode(200)
            .body("id", contains(busy, lonely))
            .body("[0].connections", equalTo(1)));
        given().queryParam("prefix", word + " inst").get("/api/v1/suggest")
            .then().body("name", hasItem("Sorensen " + word + " Institute"));
    }

    @Test
    void shouldDrawTheNeighbourhoodWithEveryNodeTypedAndTiesAsPublicRecords() {
        String word = uniqueWord();
        String person = Changes.entity(EntityType.PERSON, "Odile " + word, Map.of());
        String org = Changes.entity(EntityType.ORGANIZATION, word + " Land Trust", Map.of("founded", "1998", "headquarters", "Boise"));
        String bill = Changes.entity(EntityType.LEGISLATION, word + " Open Range Act", Map.of());
        Changes.tie(RelationshipType.POSITION, person, "Odile " + word, org, word + " Land Trust", "executive director", null,
            "Odile leads the trust as executive director.");
        Changes.tie(RelationshipType.OPPOSES, org, word + " Land Trust", bill, word + " Open Range Act", null,
            new BigDecimal("25000"), "The trust spoke against the act.");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/v1/graph/" + org)
            .then().statusCode(200).body("edges", hasSize(2)));
        given().get("/api/v1/graph/" + org).then()
            .body("center.name", equalTo(word + " Land Trust"))
            .body("center.attributes.founded", equalTo("1998"))
            .body("center.connections", equalTo(2))
            .body("nodes", hasSize(3))
            .body("nodes.type", everyItem(notNullValue()))
            .body("nodes.find { it.id == '" + bill + "' }.type", equalTo("LEGISLATION"))
            .body("edges.find { it.type == 'POSITION' }.role", equalTo("executive director"))
            .body("edges.find { it.type == 'OPPOSES' }.amount", equalTo(25000))
            .body("edges.find { it.type == 'OPPOSES' }.evidence[0].sentence", equalTo("The trust spoke against the act."))
            .body("edges[0]", not(hasKey("eventId")))
            .body("edges[0]", not(hasKey("change")))
            .body("edges[0]", not(hasKey("occurredAt")))
            .body("center", not(hasKey("eventId")));
        given().queryParam("relationship", "POSITION").get("/api/v1/graph/" + org)
            .then().body("edges", hasSize(1)).body("nodes", hasSize(2));
    }

    @Test
    void shouldFindOrganizationsSharingFundersAndLeaders() {
        String word = uniqueWord();
        String funderA = organization(word + " Cedar Fund");
        String funderB = organization(word + " Maple Fund");
        String leader = Changes.entity(EntityType.PERSON, "Tove " + word, Map.of());
        String subject = organization(word + " Youth Orchestra");
        String twin = organization(word + " Children's Choir");
        String cousin = organization(word + " Brass Band");
        for (String grantee : new String[] {subject, twin}) {
            Changes.tie(RelationshipType.FUNDING, funderA, word + " Cedar Fund", grantee, "grantee", "A grant.");
            Changes.tie(RelationshipType.FUNDING, funderB, word + " Maple Fund", grantee, "grantee", "A grant.");
        }
        Changes.tie(RelationshipType.POSITION, leader, "Tove " + word, subject, "x", "board chair", null, "Tove chairs it.");
        Changes.tie(RelationshipType.POSITION, leader, "Tove " + word, twin, "x", "treasurer", null, "Tove keeps the books.");
        Changes.tie(RelationshipType.FUNDING, funderA, word + " Cedar Fund", cousin, "grantee", "A grant.");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/v1/similar/" + subject)
            .then().statusCode(200)
            .body("id", contains(twin, cousin))
            .body("[0].shared", equalTo(3))
            .body("[0].sharedFunders", hasSize(2))
            .body("[0].sharedLeaders", contains("Tove " + word)));
    }

    @Test
    void shouldAnswerProblemsForMalformedAndUnknownIds() {
        given().get("/api/v1/graph/x1").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/similar/x1").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/graph/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().queryParam("prefix", "x".repeat(501)).get("/api/v1/suggest").then().statusCode(400);
    }
}
