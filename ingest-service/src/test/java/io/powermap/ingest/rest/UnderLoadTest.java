package io.powermap.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.powermap.contract.access.Roles;
import io.powermap.testsupport.TestTokens;
import io.powermap.ingest.service.ExtractionRunner;
import io.powermap.testsupport.KafkaBrokerResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * One worker, no waiting line, a short time limit, and documents.parsed pointed at a port where no
 * broker listens: what a client sees when the service is saturated or Kafka is down.
 */
@QuarkusTest
@TestProfile(UnderLoadTest.Strained.class)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class UnderLoadTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String HUGE = "Lakeshore Housing Alliance (LHA)\n\n"
        + "The Lakeshore Housing Alliance was founded in 1994 by Maria Ortega, who chaired it until 2008. ".repeat(20_000);
    private static final String SMALL = "Harbor Workers Fund\n\nThe Harbor Workers Fund was founded in 2001 in Oakland.\n";

    public static class Strained implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("powermap.ingest.workers", "1", "powermap.ingest.queue-capacity", "0",
                "powermap.ingest.time-limit", "3s",
                "mp.messaging.outgoing.documents-parsed.bootstrap.servers", "127.0.0.1:9");
        }
    }

    /** Uploads carry a token with the ingest role (test key pair, see TestTokens). */
    private static RequestSpecification asIngester() {
        return given().auth().oauth2(TestTokens.forRole(Roles.INGEST));
    }

    @Inject
    ExtractionRunner runner;

    @Test
    void shouldAnswer503WithRetryAfterWhenEveryWorkerIsBusy() throws Exception {
        CompletableFuture<Integer> busy = CompletableFuture.supplyAsync(() -> given().contentType("text/plain")
            .body(HUGE).when().post("/api/v1/extract").then().extract().statusCode());
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> runner.inFlight() == 1);

        asIngester().contentType("text/plain").body(SMALL)
            .when().post("/api/v1/documents")
            .then().statusCode(503)
            .contentType(PROBLEM)
            .header("Retry-After", "2")
            .body("status", equalTo(503))
            .body("detail", containsString("busy"));
        // the busy document itself is answered either way: extracted, or refused at its 3 s limit on a slower machine
        int status = busy.get(30, TimeUnit.SECONDS);
        assertTrue(status == 200 || status == 422, "the document that held the worker was answered " + status);
    }

    @Test
    void shouldAnswer503SoonWhenKafkaDoesNotAcknowledge() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> runner.inFlight() == 0);
        long started = System.nanoTime();

        asIngester().contentType("text/plain").body(SMALL)
            .when().post("/api/v1/documents")
            .then().statusCode(503)
            .contentType(PROBLEM)
            .header("Retry-After", "2")
            .body("detail", containsString("Kafka did not acknowledge"))
            .body("detail", containsString("Send it again"));
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

        assertTrue(seconds < 10, "a down broker held the upload for " + seconds + " s");
    }

    @Test
    void shouldRefuseABodyOverTheLimitBeforeReadingItWithAProblem() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');

        asIngester().contentType("text/plain").body(big)
            .when().post("/api/v1/documents")
            .then().statusCode(413)
            .contentType(PROBLEM)
            .body("detail", containsString("10485760 bytes"));
    }

    @Test
    void shouldRefuseAChunkedBodyOverTheLimitWithAProblem() {
        byte[] big = "a".repeat(10 * 1024 * 1024 + 1).getBytes(StandardCharsets.UTF_8);

        asIngester().contentType("text/plain").body(new java.io.ByteArrayInputStream(big))
            .when().post("/api/v1/documents")
            .then().statusCode(413)
            .contentType(PROBLEM)
            .body("detail", containsString("10485760 bytes"));
    }

    @Test
    void shouldReadAChunkedBodyWithinTheLimit() {
        given().contentType("text/plain").body(new java.io.ByteArrayInputStream(SMALL.getBytes(StandardCharsets.UTF_8)))
            .when().post("/api/v1/extract")
            .then().statusCode(200)
            .body("text", containsString("founded in 2001"));
        given().contentType("text/plain").body(new java.io.ByteArrayInputStream(new byte[0]))
            .when().post("/api/v1/extract")
            .then().statusCode(400)
            .contentType(PROBLEM)
            .body("detail", containsString("empty"));
    }
}
