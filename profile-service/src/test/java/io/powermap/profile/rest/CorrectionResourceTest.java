package io.powermap.profile.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.contract.Topics;
import io.powermap.contract.access.Roles;
import io.powermap.profile.service.DocumentApplier;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.KafkaTopics;
import io.powermap.testsupport.PostgresResource;
import io.powermap.testsupport.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class CorrectionResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final EntityType ORG = EntityType.ORGANIZATION;

    @Inject
    DocumentApplier applier;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private String name(String base) {
        return base + " " + run;
    }

    private static String doc() {
        return "https://example.org/corrections/" + UUID.randomUUID();
    }

    private static String idOf(String name) {
        List<String> ids = given().queryParam("name", name).get("/api/v1/entities").jsonPath().getList("id", String.class);
        assertTrue(ids.size() == 1, "one entity named " + name + ", found " + ids.size());
        return ids.get(0);
    }

    /** Corrections carry a token with the editor role (test key pair, see TestTokens). */
    private static RequestSpecification asEditor() {
        return given().auth().oauth2(TestTokens.forRole(Roles.EDITOR));
    }

    private static int count(String name) {
        return given().queryParam("name", name).get("/api/v1/entities").jsonPath().getList("id").size();
    }

    @Test
    void shouldMergeTwoEntitiesAndKeepThemOneWhenADocumentIsSentAgain() {
        String first = doc();
        String second = doc();
        TestDocument later = TestDocument.withId(second).entity("a", ORG, name("Quarry Lane Neighbours"))
            .entity("f", ORG, name("Slate Fund")).tie(RelationshipType.FUNDING, "f", "a", null, "300");
        applier.apply(TestDocument.withId(first).entity("a", ORG, name("Quarry Lane Residents Group"))
            .entity("f", ORG, name("Shale Trust")).tie(RelationshipType.FUNDING, "f", "a", null, "100").build());
        applier.apply(later.build());
        String keep = idOf(name("Quarry Lane Residents Group"));
        String other = idOf(name("Quarry Lane Neighbours"));

        asEditor().contentType(ContentType.JSON).body(Map.of("other", other)).post("/api/v1/entities/" + keep + "/merge")
            .then().statusCode(200)
            .header("ETag", notNullValue())
            .body("editId", notNullValue())
            .body("entity.aliases", hasItem(name("Quarry Lane Neighbours")))
            .body("entity.relationships", hasSize(2))
            .body("entity.documents", hasSize(2));
        given().get("/api/v1/entities/" + other).then().statusCode(404).contentType(PROBLEM);

        applier.apply(later.build());
        assertTrue(count(name("Quarry Lane Neighbours")) == 1 && idOf(name("Quarry Lane Neighbours")).equals(keep),
            "the re-sent document names the merged entity");
        given().get("/api/v1/entities/" + keep + "/history").then().statusCode(200)
            .body("lines.kind", hasItem("MERGED"))
            .body("lines.find { it.kind == 'MERGED' }.detail.name", equalTo(name("Quarry Lane Neighbours")));
        given().get("/api/v1/entities/" + other + "/history").then().statusCode(200)
            .body("exists", equalTo(false))
            .body("lines.kind", hasItem("MERGED_INTO"));
    }

    @Test
    void shouldPublishADeletedEventAndATombstoneForTheEntityMergedAway() {
        applier.apply(TestDocument.withId(doc()).entity("a", ORG, name("Kiln Street Arts")).build());
        applier.apply(TestDocument.withId(doc()).entity("a", ORG, name("Kiln St Arts Project")).build());
        String keep = idOf(name("Kiln Street Arts"));
        String other = idOf(name("Kiln St Arts Project"));

        asEditor().contentType(ContentType.JSON).body(Map.of("other", other)).post("/api/v1/entities/" + keep + "/merge")
            .then().statusCode(200);

        assertTrue(KafkaTopics.find(Topics.PROFILES_CHANGES, r -> other.equals(r.key()) && r.value() == null,
            Duration.ofSeconds(30)).isPresent(), "a tombstone for the merged-away entity");
        assertTrue(KafkaTopics.find(Topics.PROFILES_CHANGES, r -> keep.equals(r.key()) && r.value() != null
            && r.value().contains(name("Kiln St Arts Project")), Duration.ofSeconds(30)).isPresent(),
            "the kept entity published with its new alias");
    }

    @Test
    void shouldSplitANameOffWithItsDocumentAndNotResolveItBackLater() {
        String mixedUp = doc();
        TestDocument wrongDoc = TestDocument.withId(mixedUp).entity("a", ORG, name("Beacon Hill Trust"), name("Beacon Trust"))
            .entity("p", EntityType.PERSON, "Ada Quist " + run).tie(RelationshipType.POSITION, "p", "a", "treasurer", null);
        applier.apply(TestDocument.withId(doc()).entity("a", ORG, name("Beacon Hill Trust")).build());
        applier.apply(wrongDoc.build());
        String hill = idOf(name("Beacon Hill Trust"));

        String fresh = asEditor().contentType(ContentType.JSON)
            .body(Map.of("names", List.of(name("Beacon Trust")), "documents", List.of(mixedUp)))
            .post("/api/v1/entities/" + hill + "/split")
            .then().statusCode(201)
            .header("Location", containsString("/api/v1/entities/"))
            .body("entity.name", equalTo(name("Beacon Trust")))
            .body("entity.relationships", hasSize(1))
            .body("entity.documents", contains(mixedUp))
            .extract().jsonPath().getString("entity.id");
        given().get("/api/v1/entities/" + hill).then().body("aliases", not(hasItem(name("Beacon Trust"))))
            .body("relationships", hasSize(0));

        applier.apply(TestDocument.withId(doc()).entity("a", ORG, name("Beacon Trust")).build());
        given().get("/api/v1/entities/" + fresh).then().body("documents", hasSize(2));
        given().get("/api/v1/entities/" + hill + "/history").then().body("lines.kind", hasItem("SPLIT"));
    }

    @Test
    void shouldKeepAFactMarkedWrongAwayWhenItsDocumentIsSentAgain() {
        TestDocument document = TestDocument.withId(doc()).entity("a", ORG, name("Millrace Cooperative"))
            .entity("f", ORG, name("Tinder Foundation")).tie(RelationshipType.FUNDING, "f", "a", null, "900");
        applier.apply(document.build());
        String coop = idOf(name("Millrace Cooperative"));
        String tie = given().get("/api/v1/entities/" + coop).jsonPath().getString("relationships[0].id");

        asEditor().contentType(ContentType.JSON).body(Map.of("reason", "the grant went to another cooperative"))
            .post("/api/v1/relationships/" + tie + "/wrong").then().statusCode(204).header("Edit-Id", notNullValue());
        applier.apply(document.build());

        given().get("/api/v1/entities/" + coop).then().body("relationships", hasSize(0));
        given().get("/api/v1/relationships/" + tie).then().statusCode(404).contentType(PROBLEM);
        given().get("/api/v1/entities/" + coop + "/history").then()
            .body("lines.find { it.kind == 'FACT_MARKED_WRONG' }.detail.reason", equalTo("the grant went to another cooperative"));
    }

    @Test
    void shouldKeepHandEditedFieldsOverLaterDocuments() {
        TestDocument document = TestDocument.withId(doc())
            .entity("a", ORG, name("Orchard Row Clinic"), Map.of("founded", "1999")).entity("f", ORG, name("Pippin Fund"))
            .tie(RelationshipType.FUNDING, "f", "a", null, "500");
        applier.apply(document.build());
        String clinic = idOf(name("Orchard Row Clinic"));
        String etag = given().get("/api/v1/entities/" + clinic).header("ETag");
        String tie = given().get("/api/v1/entities/" + clinic).jsonPath().getString("relationships[0].id");

        asEditor().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("attributes", Map.of("founded", "1989")))
            .patch("/api/v1/entities/" + clinic).then().statusCode(200).body("entity.attributes.founded", equalTo("1989"));
        asEditor().contentType(ContentType.JSON).body(Map.of("amount", 5000)).patch("/api/v1/relationships/" + tie)
            .then().statusCode(200).body("amount", equalTo(5000.0f));
        applier.apply(document.build());

        given().get("/api/v1/entities/" + clinic).then()
            .body("attributes.founded", equalTo("1989"))
            .body("relationships[0].amount", equalTo(5000.0f));
    }

    @Test
    void shouldRefuseANullAliasWith400() {
        applier.apply(TestDocument.withId(doc()).entity("a", ORG, name("Wren Hollow Trust")).build());
        String id = idOf(name("Wren Hollow Trust"));
        asEditor().contentType(ContentType.JSON).body("{\"addAliases\": [null]}").patch("/api/v1/entities/" + id)
            .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("alias"));
    }

    @Test
    void shouldRefuseAnEditMadeOnAStaleVersion() {
        applier.apply(TestDocument.withId(doc()).entity("a", ORG, name("Flint Creek Watch")).build());
        String id = idOf(name("Flint Creek Watch"));
        String etag = given().get("/api/v1/entities/" + id).header("ETag");
        asEditor().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("addAliases", List.of(name("FCW Group"))))
            .patch("/api/v1/entities/" + id).then().statusCode(200);

        asEditor().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("name", name("Flint Creek Watchers")))
            .patch("/api/v1/entities/" + id)
            .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("changed meanwhile"));
    }

    @Test
    void shouldLeaveADeletedEntityOutOfLaterDocuments() {
        TestDocument document = TestDocument.withId(doc()).entity("a", ORG, name("Ghost Lantern Society"))
            .entity("b", ORG, name("Real Lantern Society")).tie(RelationshipType.AFFILIATION, "a", "b", null, null);
        applier.apply(document.build());
        String ghost = idOf(name("Ghost Lantern Society"));

        asEditor().delete("/api/v1/entities/" + ghost).then().statusCode(204);
        applier.apply(document.build());

        given().get("/api/v1/entities/" + ghost).then().statusCode(404);
        assertTrue(count(name("Ghost Lantern Society")) == 0, "not recreated by the re-sent document");
        given().get("/api/v1/entities/" + idOf(name("Real Lantern Society"))).then().body("relationships", hasSize(0));
    }

    @Test
    void shouldAnswerProblemsForBadCorrections() {
        applier.apply(TestDocument.withId(doc()).entity("a", ORG, name("Cobble Yard Forum"))
            .entity("p", EntityType.PERSON, "Ines Varga " + run).build());
        String forum = idOf(name("Cobble Yard Forum"));
        String person = idOf("Ines Varga " + run);

        asEditor().contentType(ContentType.JSON).body(Map.of("other", forum)).post("/api/v1/entities/" + forum + "/merge")
            .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("itself"));
        asEditor().contentType(ContentType.JSON).body(Map.of("other", person)).post("/api/v1/entities/" + forum + "/merge")
            .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("PERSON"));
        asEditor().contentType(ContentType.JSON).body(Map.of("other", UUID.randomUUID().toString()))
            .post("/api/v1/entities/" + forum + "/merge").then().statusCode(404).contentType(PROBLEM);
        asEditor().contentType(ContentType.JSON).body(Map.of("names", List.of("Not An Alias")))
            .post("/api/v1/entities/" + forum + "/split").then().statusCode(400).contentType(PROBLEM)
            .body("detail", containsString("not an alias"));
        asEditor().contentType(ContentType.JSON).header("If-Match", "yesterday").body(Map.of("name", "x"))
            .patch("/api/v1/entities/" + forum).then().statusCode(400).contentType(PROBLEM);
        asEditor().contentType(ContentType.JSON).body("{not json").patch("/api/v1/entities/" + forum)
            .then().statusCode(400).contentType(PROBLEM).body("detail", not(containsString("jackson")));
        asEditor().contentType(ContentType.JSON).body(Map.of("colour", "red")).patch("/api/v1/relationships/" + UUID.randomUUID())
            .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("colour"));
        asEditor().contentType(ContentType.JSON).body(Map.of("reason", "made up")).post("/api/v1/relationships/" + UUID.randomUUID()
            + "/wrong").then().statusCode(404).contentType(PROBLEM);
        given().get("/api/v1/entities/" + UUID.randomUUID() + "/history").then().statusCode(404).contentType(PROBLEM);
        given().get("/api/v1/relationships/nope").then().statusCode(400).contentType(PROBLEM);
    }
}
