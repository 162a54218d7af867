package io.powermap.ingest.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.powermap.contract.DocumentStatusEvent;
import io.powermap.contract.DocumentStatusEvent.State;
import io.powermap.contract.EventJson;
import io.powermap.contract.Topics;
import io.powermap.contract.access.Roles;
import io.powermap.ingest.domain.DocumentStatus;
import io.powermap.ingest.service.DocumentStatusStore;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.KafkaTopics;
import io.powermap.testsupport.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Statuses live on documents.status: what a restarted instance (a fresh view of the topic) answers. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class DocumentStatusTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    private static String profile(String name) {
        return name + " (" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + ")\n\n"
            + "The coalition was founded in 2001 in Tucson by Ana Reyes to defend desert water rights.\n";
    }

    @Test
    void shouldFindAStreamedDocumentByTheKeyItsProducerGaveIt() {
        String key = "crawl-2026:" + UUID.randomUUID();
        KafkaTopics.send(Topics.DOCUMENTS_RAW, key, KafkaTopics.utf8(profile("Desert Water Coalition")),
            Map.of(Topics.HEADER_CONTENT_TYPE, "text/plain"));

        await().atMost(WITHIN).untilAsserted(() -> given().when().get("/api/v1/documents/" + key)
            .then().statusCode(200)
            .body("state", equalTo("PARSED"))
            .body("key", equalTo(key))
            .body("id", matchesPattern("[0-9a-f]{64}")));
    }

    @Test
    void shouldAnswerTheSameAfterARestartAndOnlyMoveForward() throws Exception {
        String uploaded = given().auth().oauth2(TestTokens.forRole(Roles.INGEST)).contentType("text/plain")
            .body(profile("Canyon Schools Fund")).post("/api/v1/documents").then().statusCode(202).extract().path("id");
        // another document as the later services see it, then a step of the same sending that comes late
        String id = "https://example.org/status/" + UUID.randomUUID();
        Instant sent = Instant.now();
        status(DocumentStatusEvent.of(id, State.PARSED, null, 5, 3, "sending-1", sent, null, "ingest-service"));
        status(DocumentStatusEvent.of(id, State.APPLIED, null, 4, 2, "sending-1", null, null, "profile-service"));
        status(DocumentStatusEvent.of(id, State.SEARCHABLE, null, 4, 2, "sending-1", null, null, "search-service"));
        status(DocumentStatusEvent.of(id, State.PARSED, null, 5, 3, "sending-1", sent, null, "ingest-service"));

        await().atMost(WITHIN).untilAsserted(() -> given().urlEncodingEnabled(false)
            .when().get("/api/v1/documents/" + URLEncoder.encode(id, StandardCharsets.UTF_8))
            .then().statusCode(200).body("state", equalTo("SEARCHABLE")).body("entities", equalTo(4)));

        DocumentStatusStore restarted = rebuiltView();
        DocumentStatus searchable = restarted.find(id).orElseThrow();
        assertEquals(State.SEARCHABLE, searchable.state(), "a late PARSED does not undo SEARCHABLE");
        assertEquals(4, searchable.entities());
        assertEquals(2, searchable.relationships());
        assertEquals(Optional.of(State.PARSED), restarted.find(uploaded).map(DocumentStatus::state),
            "this instance's own step is on the topic");
    }

    private static void status(DocumentStatusEvent event) {
        KafkaTopics.send(Topics.DOCUMENTS_STATUS, event.documentId(), KafkaTopics.utf8(EventJson.write(event)), Map.of());
    }

    /** A new instance's view: documents.status read from its beginning. */
    private static DocumentStatusStore rebuiltView() throws InterruptedException {
        DocumentStatusStore view = new DocumentStatusStore(new io.powermap.ingest.config.IngestConfig() {
            public int maxDocumentBytes() { return 0; }
            public int maxTextChars() { return 0; }
            public boolean learnedPairs() { return true; }
            public Duration timeLimit() { return Duration.ZERO; }
            public int workers() { return 1; }
            public int queueCapacity() { return 1; }
            public Duration retryAfter() { return Duration.ZERO; }
            public Duration sendTimeout() { return Duration.ZERO; }
            public int statusCapacity() { return 100_000; }
        });
        try (StatusTopicReader reader = new StatusTopicReader(
                Map.of("bootstrap.servers", KafkaBrokerResource.bootstrapServers()), view)) {
            long deadline = System.nanoTime() + WITHIN.toNanos();
            boolean caughtUp = false;
            while (!caughtUp && System.nanoTime() < deadline) {
                caughtUp = reader.poll(Duration.ofMillis(200));
            }
            assertTrue(caughtUp, "the new view read the topic to its end");
        }
        return view;
    }
}
