package io.powermap.profile.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.contract.access.Roles;
import io.powermap.profile.service.DocumentApplier;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.PostgresResource;
import io.powermap.testsupport.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every correction (merge, split, edit, delete, mark wrong; of entities and of relationships) needs a
 * bearer token with the role 'editor': 401 without one, 403 with another role, and it goes through
 * with the right one. Reads stay public.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class CorrectionAccessTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    DocumentApplier applier;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    /** Two organizations (one with an alias) tied by a grant; returns their ids and the tie's. */
    private Map<String, String> seed(String label) {
        applier.apply(TestDocument.withId("https://example.org/access/" + label + "/" + run)
            .entity("a", EntityType.ORGANIZATION, "Larkspur " + label + " Alliance " + run)
            .entity("f", EntityType.ORGANIZATION, "Thistle " + label + " Fund " + run)
            .tie(RelationshipType.FUNDING, "f", "a", null, "700").build());
        applier.apply(TestDocument.withId("https://example.org/access/" + label + "/b/" + run)
            .entity("o", EntityType.ORGANIZATION, "Bramble " + label + " Circle " + run).build());
        String alliance = idOf("Larkspur " + label + " Alliance " + run);
        return Map.of("alliance", alliance, "fund", idOf("Thistle " + label + " Fund " + run),
            "circle", idOf("Bramble " + label + " Circle " + run),
            "tie", given().get("/api/v1/entities/" + alliance).jsonPath().getString("relationships[0].id"));
    }

    private static String idOf(String name) {
        List<String> ids = given().queryParam("name", name).get("/api/v1/entities").jsonPath().getList("id", String.class);
        assertTrue(ids.size() == 1, "one entity named " + name + ", found " + ids.size());
        return ids.get(0);
    }

    /** Each write endpoint, as a request on prepared data. */
    private Map<String, Function<RequestSpecification, Response>> writes(Map<String, String> ids, String label) {
        return Map.of(
            "merge an entity", spec -> spec.contentType(ContentType.JSON).body(Map.of("other", ids.get("circle")))
                .post("/api/v1/entities/" + ids.get("alliance") + "/merge"),
            "split an entity", spec -> spec.contentType(ContentType.JSON)
                .body(Map.of("names", List.of("Bramble " + label + " Circle " + run)))
                .post("/api/v1/entities/" + ids.get("alliance") + "/split"),
            "edit an entity", spec -> spec.contentType(ContentType.JSON).body(Map.of("attributes", Map.of("founded", "1977")))
                .patch("/api/v1/entities/" + ids.get("fund")),
            "delete an entity", spec -> spec.delete("/api/v1/entities/" + ids.get("circle")),
            "edit a relationship", spec -> spec.contentType(ContentType.JSON).body(Map.of("amount", 800))
                .patch("/api/v1/relationships/" + ids.get("tie")),
            "mark a relationship wrong", spec -> spec.contentType(ContentType.JSON).body(Map.of("reason", "not so"))
                .post("/api/v1/relationships/" + ids.get("tie") + "/wrong"),
            "delete a relationship", spec -> spec.delete("/api/v1/relationships/" + ids.get("tie")));
    }

    @Test
    void shouldRefuseEveryCorrectionWithoutATokenWith401Problem() {
        Map<String, String> ids = seed("Anon");
        writes(ids, "Anon").forEach((what, request) -> request.apply(given()).then()
            .statusCode(401)
            .contentType(PROBLEM)
            .header("WWW-Authenticate", containsString("Bearer"))
            .body("title", equalTo("Unauthorized"))
            .body("status", equalTo(401))
            .body("detail", containsString("'editor'"))
            .body(not(containsString("Exception"))));
        // nothing changed
        given().get("/api/v1/entities/" + ids.get("circle")).then().statusCode(200);
        given().get("/api/v1/relationships/" + ids.get("tie")).then().statusCode(200).body("amount", equalTo(700.0f));
    }

    @Test
    void shouldRefuseEveryCorrectionWithAnotherRolesTokenWith403Problem() {
        Map<String, String> ids = seed("Other");
        for (String role : List.of(Roles.INGEST, Roles.ADMIN)) {
            writes(ids, "Other").forEach((what, request) -> request.apply(given().auth().oauth2(TestTokens.forRole(role)))
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("title", equalTo("Forbidden"))
                .body("detail", containsString("'editor'"))
                .body(not(containsString("Exception"))));
        }
        given().get("/api/v1/entities/" + ids.get("circle")).then().statusCode(200);
    }

    @Test
    void shouldRefuseACorrectionWithAnExpiredTokenWith401Problem() {
        Map<String, String> ids = seed("Expired");
        writes(ids, "Expired").get("edit an entity").apply(given().auth().oauth2(TestTokens.expired(Roles.EDITOR)))
            .then().statusCode(401).contentType(PROBLEM).body("detail", containsString("not accepted"));
    }

    @Test
    void shouldAcceptEveryCorrectionWithTheEditorRole() {
        Map<String, String> ids = seed("Editor");
        var w = writes(ids, "Editor");
        w.get("edit an entity").apply(given().auth().oauth2(TestTokens.forRole(Roles.EDITOR))).then().statusCode(200);
        w.get("edit a relationship").apply(given().auth().oauth2(TestTokens.forRole(Roles.EDITOR))).then().statusCode(200);
        w.get("merge an entity").apply(given().auth().oauth2(TestTokens.forRole(Roles.EDITOR))).then().statusCode(200);
        // the merged entity's name is now an alias of the alliance, and can be split off again
        w.get("split an entity").apply(given().auth().oauth2(TestTokens.forRole(Roles.EDITOR))).then().statusCode(201);

        Map<String, String> more = seed("Editor2");
        var w2 = writes(more, "Editor2");
        w2.get("mark a relationship wrong").apply(given().auth().oauth2(TestTokens.forRole(Roles.EDITOR))).then().statusCode(204);
        w2.get("delete an entity").apply(given().auth().oauth2(TestTokens.forRole(Roles.EDITOR))).then().statusCode(204);

        Map<String, String> third = seed("Editor3");
        writes(third, "Editor3").get("delete a relationship").apply(given().auth().oauth2(TestTokens.forRole(Roles.EDITOR)))
            .then().statusCode(204);
    }

    @Test
    void shouldNameTheEditorInTheHistoryOfEachCorrection() {
        Map<String, String> ids = seed("Named");
        var w = writes(ids, "Named");
        w.get("edit an entity").apply(given().auth().oauth2(TestTokens.token("ana-editor", java.util.Set.of(Roles.EDITOR),
            java.time.Duration.ofMinutes(5), TestTokens.ISSUER))).then().statusCode(200);
        w.get("merge an entity").apply(given().auth().oauth2(TestTokens.forRole(Roles.EDITOR))).then().statusCode(200);
        given().get("/api/v1/entities/" + ids.get("fund") + "/history").then().statusCode(200)
            .body("lines.find { it.kind == 'EDITED' }.detail.by", equalTo("ana-editor"));
        given().get("/api/v1/entities/" + ids.get("alliance") + "/history").then().statusCode(200)
            .body("lines.find { it.kind == 'MERGED' }.detail.by", equalTo("test-editor"));
    }

    @Test
    void shouldKeepReadsPublic() {
        Map<String, String> ids = seed("Reads");
        given().get("/api/v1/entities/" + ids.get("alliance")).then().statusCode(200);
        given().get("/api/v1/entities/" + ids.get("alliance") + "/history").then().statusCode(200);
        given().get("/api/v1/relationships/" + ids.get("tie")).then().statusCode(200);
        given().get("/api/v1/export").then().statusCode(200);
    }

    @Test
    void shouldDescribeTheBearerSchemeForCorrectionsInOpenApi() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
            .body("components.securitySchemes.SecurityScheme.scheme", equalTo("bearer"))
            .body("paths.'/api/v1/entities/{id}/merge'.post.security", not(equalTo(null)))
            .body("paths.'/api/v1/relationships/{id}'.patch.security", not(equalTo(null)))
            .body("paths.'/api/v1/entities/{id}/history'.get.security", equalTo(null));
    }
}
