package io.powermap.ingest.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.powermap.contract.Topics;
import io.powermap.ingest.service.ExtractionRunner;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.KafkaTopics;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** One worker and no waiting line: a streamed document waits for the worker instead of being refused. */
@QuarkusTest
@TestProfile(StreamUnderLoadTest.OneWorker.class)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class StreamUnderLoadTest {

    private static final String HUGE = "Lakeshore Housing Alliance (LHA)\n\n"
        + "The Lakeshore Housing Alliance was founded in 1994 by Maria Ortega, who chaired it until 2008. ".repeat(20_000);

    public static class OneWorker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("powermap.ingest.workers", "1", "powermap.ingest.queue-capacity", "0",
                "powermap.ingest.time-limit", "3s");
        }
    }

    @Inject
    ExtractionRunner runner;

    @Test
    void shouldParseAStreamedDocumentThatArrivesWhileEveryWorkerIsBusy() throws Exception {
        CompletableFuture<Integer> busy = CompletableFuture.supplyAsync(() -> given().contentType("text/plain")
            .body(HUGE).when().post("/api/v1/extract").then().extract().statusCode());
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> runner.inFlight() == 1);
        String sourceUri = "https://example.org/stream-under-load/" + UUID.randomUUID();

        KafkaTopics.send(Topics.DOCUMENTS_RAW, "client-busy", KafkaTopics.utf8(
            "Northern Rivers Conservancy\n\nThe Conservancy was founded in 2004 to protect river corridors.\n"),
            Map.of(Topics.HEADER_CONTENT_TYPE, "text/plain", Topics.HEADER_SOURCE_URI, sourceUri));

        assertTrue(KafkaTopics.find(Topics.DOCUMENTS_PARSED, r -> sourceUri.equals(r.key()), Duration.ofSeconds(40))
            .isPresent(), "the streamed document waited for the worker and was parsed");
        assertTrue(KafkaTopics.find(Topics.DOCUMENTS_DLQ, r -> sourceUri.equals(r.key()), Duration.ofSeconds(1))
            .isEmpty(), "and it was not dead-lettered");
        // the upload that held the only worker is answered either way: extracted, or refused at its 3 s limit on a slower machine
        int status = busy.get(30, TimeUnit.SECONDS);
        assertTrue(status == 200 || status == 422, "the upload that held the worker was answered " + status);
    }
}
