package io.powermap.profile.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.access.Roles;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.PostgresResource;
import io.powermap.testsupport.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.powermap.testsupport.RawHttp;

/**
 * Inputs the hostile-input fuzzer (HostileInputFuzzTest) found answered without problem+json, sent
 * byte for byte as they were then: a correction body that is not the JSON its endpoint reads (nested
 * deeper than Jackson allows, an array where an object belongs, a string where a list belongs) got an
 * empty 400 from Quarkus' own Jackson mapper (seed 17017655260728), and a key given twice an empty 500
 * (seed 17444490351524); a document id with a NUL a 500 from PostgreSQL (seed 17444490351524); a URI
 * over 4 KiB got Vert.x's empty 414 and a body over 10 MiB its empty 413 (seed 17663610609066) (found in search-service first, seed 16701235447966, and fixed in
 * both); a page whose row offset overflows an int a 500 (seed 10836850351890). Each now gets a 400, 413 or 414 problem from rest/JsonBodyProblems, rest/DocumentResource,
 * event-contract's problem/BodySizeLimit or problem/RequestUriCheck.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class HostileInputRegressionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PATCH | /api/v1/relationships/{id}       | deep-open-array",
        "PATCH | /api/v1/relationships/{id}       | deep-closed-array",
        "PATCH | /api/v1/relationships/{id}       | deep-value",
        "POST  | /api/v1/entities/{id}/merge      | deep-object",
        "PATCH | /api/v1/relationships/{id}       | []",
        "PATCH | /api/v1/entities/{id}            | {\"attributes\":[1]}",
        "POST  | /api/v1/entities/{id}/split      | {\"names\":\"x\"}",
        "POST  | /api/v1/entities/{id}/merge      | {\"other\":{\"id\":\"x\"}}",
        "POST  | /api/v1/entities/{id}/merge      | {\"other\":\"x\"",
        "POST  | /api/v1/relationships/{id}/wrong | {'reason':'x'}",
        "PATCH | /api/v1/relationships/{id}       | {\"amount\":1e400}",
        "POST  | /api/v1/entities/{id}/merge      | {\"other\":\"a\",\"other\":\"b\"}",
        "POST  | /api/v1/entities/{id}/split      | {\"names\":[\"a\"],\"names\":[\"b\"]}",
    })
    void shouldRefuseABodyThatIsNotTheExpectedJsonWithAProblem(String method, String path, String body) throws Exception {
        String json = switch (body) {
            case "deep-open-array" -> "[".repeat(13_981);
            case "deep-closed-array" -> "[".repeat(5_000) + "]".repeat(5_000);
            case "deep-value" -> "{\"role\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
            case "deep-object" -> "{\"other\":".repeat(3_000) + "1" + "}".repeat(3_000);
            default -> body;
        };
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, method, path.replace("{id}", UUID.randomUUID().toString()),
            Map.of("Content-Type", "application/json", "Authorization", "Bearer " + TestTokens.forRole(Roles.EDITOR)),
            json.getBytes(StandardCharsets.UTF_8), 60_000);
        assertTrue(answer.status() == 400 || answer.status() == 404, answer.status() + " " + answer.text());
        assertProblem(answer);
    }

    /** PostgreSQL text cannot hold NUL: the lookup failed with a 500 (seed 17444490351524, 29 of 10,000 inputs). */
    @ParameterizedTest
    @CsvSource({"/api/v1/documents/%00", "/api/v1/documents/a%00b", "/api/v1/documents/https%3A%2F%2Fexa%00bample.org%2F"})
    void shouldRefuseADocumentIdWithANul(String target) throws Exception {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "GET", target, Map.of(), null, 60_000);
        assertEquals(400, answer.status(), answer.text());
        assertProblem(answer);
    }

    /** page × size overflowed the int row offset and Hibernate answered a 500 (seed 10836850351890, page 384798469). */
    @ParameterizedTest
    @CsvSource({"/api/v1/entities?page=384798469", "/api/v1/entities?page=107374182&size=20", "/api/v1/entities?size=100&page=2147483646"})
    void shouldRefuseAPageWhoseOffsetOverflowsWithAProblem(String target) throws Exception {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "GET", target, Map.of(), null, 60_000);
        assertEquals(400, answer.status(), answer.text());
        assertProblem(answer);
        assertTrue(answer.text().contains("page"), answer.text());
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/entities?page=107374181&size=20"})
    void shouldAnswerTheLastAddressablePageWithAnEmptyList(String target) throws Exception {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "GET", target, Map.of(), null, 60_000);
        assertEquals(200, answer.status(), answer.text());
        assertEquals("[]", answer.text().strip());
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/entities/", "/api/v1/entities?name=", "/api/v1/paths?maxHops=3&from=", "/api/v1/documents/",
        "/api/v1/relationships/"})
    void shouldAnswerAnOverlongUriWithAProblem(String prefix) throws Exception {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "GET", prefix + "%E2%80%8D".repeat(2_000), Map.of(), null, 60_000);
        assertEquals(414, answer.status(), answer.text());
        assertProblem(answer);
    }

    /** Vert.x refused a body over the limit with an empty 413 (seed 17663610609066). */
    @ParameterizedTest
    @CsvSource({"POST, /api/v1/entities/{id}/merge", "PATCH, /api/v1/entities/{id}", "PATCH, /api/v1/relationships/{id}"})
    void shouldRefuseABodyOverTheLimitWithAProblem(String method, String path) throws Exception {
        byte[] body = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, method, path.replace("{id}", UUID.randomUUID().toString()),
            Map.of("Content-Type", "application/json", "Authorization", "Bearer " + TestTokens.forRole(Roles.EDITOR)), body, 60_000);
        assertEquals(413, answer.status(), answer.text());
        assertProblem(answer);
    }

    /** A chunked body (no declared length) over the limit got Quarkus's empty 413; event-contract's BodySizeLimit reads it. */
    @ParameterizedTest
    @CsvSource({"POST, /api/v1/entities/{id}/merge", "PATCH, /api/v1/entities/{id}", "PATCH, /api/v1/relationships/{id}"})
    void shouldRefuseAChunkedBodyOverTheLimitWithAProblem(String method, String path) {
        byte[] body = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        RestAssured.given().contentType("application/json").header("Authorization", "Bearer " + TestTokens.forRole(Roles.EDITOR))
            .body(new java.io.ByteArrayInputStream(body))
            .when().request(method, path.replace("{id}", UUID.randomUUID().toString()))
            .then().statusCode(413)
            .contentType("application/problem+json")
            .body("status", org.hamcrest.Matchers.equalTo(413))
            .body("detail", org.hamcrest.Matchers.containsString("10485760 bytes"));
    }

    /** A chunked body within the limit reaches the resource, which reads it (here: JSON it cannot parse, 400), and so does an empty one. */
    @ParameterizedTest
    @CsvSource({"PATCH, /api/v1/entities/{id}", "PATCH, /api/v1/relationships/{id}"})
    void shouldHandAChunkedBodyWithinTheLimitToTheResource(String method, String path) {
        RestAssured.given().contentType("application/json").header("Authorization", "Bearer " + TestTokens.forRole(Roles.EDITOR))
            .body(new java.io.ByteArrayInputStream("{\"name\": ".getBytes(StandardCharsets.UTF_8)))
            .when().request(method, path.replace("{id}", UUID.randomUUID().toString()))
            .then().statusCode(400)
            .contentType("application/problem+json");
        RestAssured.given().contentType("application/json").header("Authorization", "Bearer " + TestTokens.forRole(Roles.EDITOR))
            .body(new java.io.ByteArrayInputStream(new byte[0]))
            .when().request(method, path.replace("{id}", UUID.randomUUID().toString()))
            .then().statusCode(400)
            .contentType("application/problem+json");
    }

    private static void assertProblem(RawHttp.Answer answer) {
        assertTrue(answer.contentType() != null && answer.contentType().startsWith("application/problem+json"),
            "problem+json, not " + answer.contentType() + ": " + answer.text());
        assertTrue(answer.text().contains("\"status\":" + answer.status()), answer.text());
        assertFalse(answer.text().contains("com.fasterxml") || answer.text().contains("Exception"), answer.text());
    }
}
