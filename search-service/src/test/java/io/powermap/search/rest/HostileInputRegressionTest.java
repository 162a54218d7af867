package io.powermap.search.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.testsupport.KafkaBrokerResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.powermap.testsupport.RawHttp;

/**
 * Inputs the hostile-input fuzzer (HostileInputFuzzTest, seed 16701235447966) found answered with
 * an empty 414 (Vert.x's own, for a request line over 4 KiB) instead of problem+json: a long
 * cursor, sort, relationship or type, a long id. Each now gets a 414 problem from rest/RequestUriCheck;
 * a body over the limit got Vert.x's empty 413 (now event-contract's problem/BodySizeLimit, chunked bodies too), and a q holding a regular
 * expression Lucene cannot read a 500 (seed 18302608189708; service/TextQueries now answers 400);
 * malformed URIs Vert.x refuses before routing keep their empty 400 (the known gap in the README).
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class HostileInputRegressionTest {

    @ParameterizedTest
    @CsvSource({"/api/v1/search?cursor=", "/api/v1/search?sort=connections&relationship=", "/api/v1/paths?maxHops=3&from=",
        "/api/v1/similar/", "/api/v1/graph/", "/api/v1/index/status?x=", "/api/v1/suggest?prefix=", "/app.js?q="})
    void shouldAnswerAnOverlongUriWithAProblem(String prefix) throws Exception {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "GET", prefix + "%E2%80%8D".repeat(2_000), Map.of(), null, 60_000);
        assertEquals(414, answer.status(), answer.text());
        assertTrue(answer.contentType() != null && answer.contentType().startsWith("application/problem+json"),
            "problem+json, not " + answer.contentType());
        assertTrue(answer.text().contains("\"status\":414"), answer.text());
    }

    /** A /regular expression/ Lucene's RegExp refuses escaped the query parser's checks: a 500 (seed 18302608189708). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "%26%2F%26a%7D%22%28%5C-00%3A%3A%7Czaaa%21%2F%28%7B%21%2F&limit=5",
        "%2F%5E%21%29a0%3A%29%5C-%7B%2Bz%2F%5C%28%5D%26+%21%29%2Fa%2Bz%5E%26",
        "%7C%2F%5E*z0%5C-%5B%5E%7B%5E%29%26-%7B%26%2Fz&limit=5",
        "%2F%5Ba-%22%2F&sort=connections",
    })
    void shouldRefuseAnUnreadableRegularExpressionWithAProblem(String q) throws Exception {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "GET", "/api/v1/search?q=" + q, Map.of(), null, 60_000);
        assertEquals(400, answer.status(), answer.text());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertTrue(answer.text().contains("could not be read") && !answer.text().contains("Exception"), answer.text());
    }

    /** Vert.x refused a body over the limit with an empty 413, even on a read-only endpoint. */
    @ParameterizedTest
    @CsvSource({"POST, /api/v1/search", "PUT, /api/v1/similar/x", "DELETE, /"})
    void shouldRefuseABodyOverTheLimitWithAProblem(String method, String target) throws Exception {
        byte[] body = new byte[10 * 1024 * 1024 + 1];
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, method, target, Map.of("Content-Type", "application/json"), body,
            60_000);
        assertEquals(413, answer.status(), answer.text());
        assertTrue(answer.contentType() != null && answer.contentType().startsWith("application/problem+json"),
            "problem+json, not " + answer.contentType());
    }

    /** A chunked body (no declared length) over the limit got Quarkus's empty 413; event-contract's BodySizeLimit reads it. */
    @ParameterizedTest
    @CsvSource({"POST, /api/v1/search", "PUT, /api/v1/similar/x", "DELETE, /"})
    void shouldRefuseAChunkedBodyOverTheLimitWithAProblem(String method, String target) {
        RestAssured.given().contentType("application/json").body(new java.io.ByteArrayInputStream(new byte[10 * 1024 * 1024 + 1]))
            .when().request(method, target)
            .then().statusCode(413)
            .contentType("application/problem+json")
            .body("status", org.hamcrest.Matchers.equalTo(413))
            .body("detail", org.hamcrest.Matchers.containsString("10485760 bytes"));
    }

    /** A small chunked body is read and the request goes on to its route (here: no such method, 405, or search, 200). */
    @org.junit.jupiter.api.Test
    void shouldLetASmallChunkedBodyThrough() {
        RestAssured.given().contentType("application/json").body(new java.io.ByteArrayInputStream("{}".getBytes()))
            .when().get("/api/v1/search?q=anything")
            .then().statusCode(200);
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/search?q=%zz", "/api/v1/similar/%", "/api/v1/graph/a\"b"})
    void shouldRefuseAMalformedUriWithoutLeakingAnything(String target) throws Exception {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "GET", target, Map.of(), null, 60_000);
        assertEquals(400, answer.status(), answer.text());
        assertTrue(answer.body().length == 0 || answer.contentType().startsWith("application/problem+json"), answer.text());
    }
}
