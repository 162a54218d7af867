package io.powermap.profile.rest;

import static io.restassured.RestAssured.given;
import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;
import static jakarta.ws.rs.core.Response.Status.OK;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.powermap.contract.DocumentParsed;
import io.powermap.contract.DocumentSource;
import io.powermap.contract.EntityChanged;
import io.powermap.contract.EntityType;
import io.powermap.contract.Evidence;
import io.powermap.contract.EventJson;
import io.powermap.contract.ExtractedEntity;
import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.ProfileChange;
import io.powermap.contract.RelationshipType;
import io.powermap.contract.Span;
import io.powermap.contract.Topics;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.KafkaTopics;
import io.powermap.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class EntityResourceTest {

    private static final String PROBLEM = "application/problem+json";

    /** A document naming a fresh organization (unique per test) funded by a foundation. */
    private static DocumentParsed fundedOrganization(String documentId, String organization, String funder) {
        String text = organization + " received $50,000 from the " + funder + " in 2019.";
        var org = new ExtractedEntity("e1", EntityType.ORGANIZATION, organization, List.of(), Map.of("founded", "2001"),
            List.of(new Span(0, organization.length())));
        var foundation = new ExtractedEntity("e2", EntityType.ORGANIZATION, funder, List.of(), Map.of(), List.of());
        var grant = new ExtractedRelationship("r1", RelationshipType.FUNDING, "e2", "e1", null, "2019", null, true,
            new BigDecimal("50000"), "USD", 0.9, List.of(new Evidence(0, text.length(), List.of())));
        return new DocumentParsed(1, UUID.randomUUID().toString(), documentId,
            new DocumentSource(documentId, organization, "text/plain", null), text, "e1", List.of(org, foundation), List.of(grant));
    }

    private static void publish(DocumentParsed document) {
        KafkaTopics.send(Topics.DOCUMENTS_PARSED, document.documentId(), KafkaTopics.utf8(EventJson.write(document)), Map.of());
    }

    private static JsonPath awaitEntitiesNamed(String name, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(
            () -> given().queryParam("name", name).get("/api/v1/entities").then().statusCode(OK.getStatusCode()).extract().jsonPath(),
            json -> json.getList("$").size() == count);
    }

    @Test
    void shouldStoreOrganizationsAndTheirFundingWithEvidence() {
        String name = "Granite Valley Alliance " + UUID.randomUUID();
        String funder = "Birchwood Family Foundation " + UUID.randomUUID();
        publish(fundedOrganization("https://example.org/" + UUID.randomUUID(), name, funder));

        String id = awaitEntitiesNamed(name, 1).getString("[0].id");

        given().when().get("/api/v1/entities/" + id)
            .then().statusCode(OK.getStatusCode())
            .body("name", equalTo(name))
            .body("type", equalTo("ORGANIZATION"))
            .body("attributes.founded", equalTo("2001"))
            .body("relationships", hasSize(1))
            .body("relationships[0].type", equalTo("FUNDING"))
            .body("relationships[0].direction", equalTo("INCOMING"))
            .body("relationships[0].other.name", equalTo(funder))
            .body("relationships[0].amount", equalTo(50000.0f))
            .body("relationships[0].evidence[0].sentence", containsString("received $50,000"));
    }

    @Test
    void shouldKeepOneOrganizationWhenTheSameDocumentArrivesTwice() {
        String name = "Tidewater Housing Coalition " + UUID.randomUUID();
        String documentId = "https://example.org/" + UUID.randomUUID();
        publish(fundedOrganization(documentId, name, "Elm Street Fund"));
        publish(fundedOrganization(documentId, name, "Elm Street Fund"));

        String id = awaitEntitiesNamed(name, 1).getString("[0].id");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(
            () -> given().queryParam("name", name).get("/api/v1/entities").jsonPath().getList("$").size() == 1);
        given().get("/api/v1/entities/" + id).then().body("relationships", hasSize(1))
            .body("relationships[0].evidence", hasSize(1));
    }

    @Test
    void shouldResolveTheSameOrganizationAcrossDocumentsByAlias() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "Cascade Voters League " + suffix;
        publish(fundedOrganization("https://example.org/a/" + suffix, name, "Fir Fund " + suffix));
        var second = fundedOrganization("https://example.org/b/" + suffix, "the " + name.toUpperCase(), "Pine Trust " + suffix);
        publish(second);

        JsonPath found = awaitEntitiesNamed(name, 1);
        String id = found.getString("[0].id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/entities/" + id)
            .then().body("relationships", hasSize(2))
            .body("documents", hasSize(2)));
    }

    @Test
    void shouldPublishEveryChangeToTheChangesTopic() {
        String name = "Redwood Tenants Union " + UUID.randomUUID();
        publish(fundedOrganization("https://example.org/" + UUID.randomUUID(), name, "Oak Fund"));

        var change = KafkaTopics.find(Topics.PROFILES_CHANGES,
            r -> r.value() != null && r.value().contains(name) && r.value().contains("EntityChanged"), Duration.ofSeconds(30));

        assertTrue(change.isPresent(), "an EntityChanged for the organization is on " + Topics.PROFILES_CHANGES);
        EntityChanged entity = (EntityChanged) EventJson.read(change.get().value(), ProfileChange.class);
        assertEquals(name, entity.name());
        assertEquals(entity.entityId(), change.get().key());
    }

    @Test
    void shouldWithdrawWhatADocumentNoLongerSays() {
        String documentId = "https://example.org/" + UUID.randomUUID();
        String name = "Delta Farmworkers Network " + UUID.randomUUID();
        String oldFunder = "Willow Fund " + UUID.randomUUID();
        publish(fundedOrganization(documentId, name, oldFunder));
        String id = awaitEntitiesNamed(name, 1).getString("[0].id");

        publish(fundedOrganization(documentId, name, "Cedar Trust"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/entities/" + id)
            .then().body("relationships", hasSize(1))
            .body("relationships.other.name", hasItem("Cedar Trust")));
        awaitEntitiesNamed(oldFunder, 0);
    }

    @Test
    void shouldRejectMalformedEntityId() {
        given().when().get("/api/v1/entities/12345")
            .then().statusCode(BAD_REQUEST.getStatusCode())
            .contentType(PROBLEM)
            .body("detail", containsString("UUID"));
    }

    @Test
    void shouldAnswerNotFoundForUnknownEntity() {
        given().when().get("/api/v1/entities/" + UUID.randomUUID())
            .then().statusCode(NOT_FOUND.getStatusCode())
            .contentType(PROBLEM)
            .body("status", equalTo(404));
    }

    @Test
    void shouldRejectUnknownEntityType() {
        given().queryParam("type", "PLANET").when().get("/api/v1/entities")
            .then().statusCode(BAD_REQUEST.getStatusCode())
            .contentType(PROBLEM);
    }
}
