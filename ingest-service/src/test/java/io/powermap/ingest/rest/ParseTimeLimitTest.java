package io.powermap.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.powermap.ingest.format.Documents;
import io.powermap.ingest.format.ParserProcesses;
import io.powermap.ingest.format.SlowParser;
import io.powermap.ingest.service.ExtractionRunner;
import io.powermap.testsupport.KafkaBrokerResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A PDF whose parse never ends (a parser made slow: it spins without looking at interrupts, as PDFBox
 * does on a pathological file) is answered with the time-limit problem, its parser process is killed
 * and the only worker is free again; the next PDF and DOCX parse in a new process.
 */
@QuarkusTest
@TestProfile(ParseTimeLimitTest.OneWorker.class)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class ParseTimeLimitTest {

    private static final Duration LIMIT = Duration.ofSeconds(4);

    public static class OneWorker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("powermap.ingest.workers", "1", "powermap.ingest.queue-capacity", "0",
                "powermap.ingest.time-limit", LIMIT.toSeconds() + "s");
        }
    }

    @Inject
    ExtractionRunner runner;

    @AfterEach
    void standardParsers() {
        ParserProcesses.start(new ParserProcesses.Settings(1, LIMIT, "256m"));
    }

    @Test
    void shouldAnswerTheTimeLimitProblemKillTheParseAndFreeTheWorker() {
        // the process's own watchdog would act only after a minute: the kill comes from the worker's time limit
        ParserProcesses.start(new ParserProcesses.Settings(1, Duration.ofMinutes(1), "256m", new SlowParser()));
        byte[] slow = (new String(Documents.pdf(Documents.LINES), StandardCharsets.ISO_8859_1) + "\n" + SlowParser.MARK + "\n")
            .getBytes(StandardCharsets.ISO_8859_1);

        given().contentType("application/pdf").body(slow)
            .when().post("/api/v1/extract")
            .then().statusCode(422)
            .contentType("application/problem+json")
            .body("status", equalTo(422))
            .body("detail", containsString("longer than the limit"))
            .body(not(containsString("Exception")));
        // the limit behaviour itself: the worker is back soon after the limit, not when the parse would end
        Awaitility.await().atMost(LIMIT.plusSeconds(5)).until(() -> runner.inFlight() == 0);

        // a new parser process is started and warmed in the background; then documents parse again
        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> ParserProcesses.ready() == 1);
        given().contentType("application/pdf").body(Documents.pdf(Documents.LINES))
            .when().post("/api/v1/extract")
            .then().statusCode(200)
            .body("text", containsString("Orchard Hill Foundation"));
        given().contentType(Documents.DOCX).body(Documents.docx(Documents.LINES))
            .when().post("/api/v1/extract")
            .then().statusCode(200)
            .body("text", containsString("Priscilla Hadley"));
        org.junit.jupiter.api.Assertions.assertEquals(1, ParserProcesses.running(), "they were parsed in a parser process");
    }
}
