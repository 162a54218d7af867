package io.powermap.profile.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

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
import io.powermap.contract.Topics;
import io.powermap.profile.service.Retention;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.KafkaTopics;
import io.powermap.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class ChangeEventsTest {

    @Inject
    Retention retention;

    private static DocumentParsed funded(String documentId, String organization, String funder) {
        String text = organization + " received $10 from " + funder + ".";
        var org = new ExtractedEntity("e1", EntityType.ORGANIZATION, organization, List.of(), Map.of(), List.of());
        var fund = new ExtractedEntity("e2", EntityType.ORGANIZATION, funder, List.of(), Map.of(), List.of());
        var grant = new ExtractedRelationship("r1", RelationshipType.FUNDING, "e2", "e1", null, null, null, true,
            new BigDecimal("10"), "USD", 0.9, List.of(new Evidence(0, text.length(), List.of())));
        return new DocumentParsed(1, UUID.randomUUID().toString(), documentId,
            new DocumentSource(documentId, organization, "text/plain", null), text, "e1", List.of(org, fund), List.of(grant));
    }

    private static void publish(String documentId, String json) {
        KafkaTopics.send(Topics.DOCUMENTS_PARSED, documentId, KafkaTopics.utf8(json), Map.of());
    }

    private static String idOf(String name) {
        return await().atMost(Duration.ofSeconds(30)).until(
            () -> given().queryParam("name", name).get("/api/v1/entities").jsonPath().getList("id", String.class),
            ids -> ids.size() == 1).get(0);
    }

    @Test
    void shouldFollowADeletedEntityWithATombstone() {
        String documentId = "https://example.org/" + UUID.randomUUID();
        String organization = "Harbor Alliance " + UUID.randomUUID();
        String oldFunder = "Lantern Fund " + UUID.randomUUID();
        publish(documentId, EventJson.write(funded(documentId, organization, oldFunder)));
        String funderId = idOf(oldFunder);

        publish(documentId, EventJson.write(funded(documentId, organization, "Beacon Trust " + UUID.randomUUID())));

        var records = await().atMost(Duration.ofSeconds(30)).until(() -> KafkaTopics.collect(Topics.PROFILES_CHANGES,
            r -> funderId.equals(r.key()), Duration.ofSeconds(2)), found -> found.stream().anyMatch(r -> r.value() == null));
        var last = records.get(records.size() - 1);
        assertEquals(null, last.value(), "the tombstone comes last");
        var deleted = records.get(records.size() - 2);
        assertTrue(deleted.value().contains("\"DELETED\""), "the DELETED event comes right before it");
    }

    @Test
    void shouldApplyWhatItKnowsOfADocumentWithTypesFromANewerVersion() {
        String documentId = "https://example.org/" + UUID.randomUUID();
        String organization = "Prairie Workers Guild " + UUID.randomUUID();
        String json = EventJson.write(funded(documentId, organization, "Meadow Fund " + UUID.randomUUID()))
            .replace("\"relationships\":[", "\"relationships\":[{\"id\":\"r9\",\"type\":\"MENTORS\",\"sourceId\":\"e2\","
                + "\"targetId\":\"e1\",\"confidence\":0.5,\"evidence\":[]},")
            .replace("\"entities\":[", "\"entities\":[{\"id\":\"e9\",\"type\":\"VESSEL\",\"name\":\"Sea Ghost\"},");

        publish(documentId, json);

        String id = idOf(organization);
        given().get("/api/v1/entities/" + id).then()
            .body("relationships", hasSize(1))
            .body("relationships[0].type", equalTo("FUNDING"));
    }

    @Test
    void shouldKeepEntityEventsSmallWhateverTheNumberOfDocuments() {
        String organization = "Summit Civic Network " + UUID.randomUUID();
        for (int i = 0; i < 25; i++) {
            String documentId = "https://example.org/" + UUID.randomUUID();
            publish(documentId, EventJson.write(funded(documentId, organization, "Funder " + i + " " + UUID.randomUUID())));
        }
        String id = idOf(organization);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/v1/entities/" + id)
            .then().body("documents", hasSize(25)));

        var events = KafkaTopics.collect(Topics.PROFILES_CHANGES, r -> id.equals(r.key()) && r.value() != null,
            Duration.ofSeconds(3));
        assertFalse(events.isEmpty());
        events.forEach(event -> assertTrue(
            ((EntityChanged) EventJson.read(event.value(), ProfileChange.class)).documentIds().size() <= 20,
            "an entity event lists at most 20 documents"));
    }

    @Test
    void shouldApplyTheOtherDocumentsOfABatchWhenOneCannotBeApplied() {
        String first = "Willow Creek Alliance " + UUID.randomUUID();
        String last = "Juniper Ridge Council " + UUID.randomUUID();
        String tooLongId = "https://example.org/" + "x".repeat(3000);
        String good1 = "https://example.org/" + UUID.randomUUID();
        String good2 = "https://example.org/" + UUID.randomUUID();
        publish(good1, EventJson.write(funded(good1, first, "Aspen Fund " + UUID.randomUUID())));
        publish(tooLongId, EventJson.write(funded(tooLongId, "Broken Society " + UUID.randomUUID(), "Nobody Fund")));
        publish(good2, EventJson.write(funded(good2, last, "Cedar Fund " + UUID.randomUUID())));

        idOf(first);
        idOf(last);
        assertTrue(KafkaTopics.find(Topics.DOCUMENTS_DLQ, r -> tooLongId.equals(r.key()), Duration.ofSeconds(30)).isPresent(),
            "the document that cannot be stored goes to the dead-letter topic");
    }

    @Test
    void shouldSetAsideAChangeTheBrokerKeepsRefusingAndPublishTheOnesBehindIt() throws Exception {
        String poisonKey = "poison-" + UUID.randomUUID();
        String nextKey = "next-" + UUID.randomUUID();
        try (Connection db = DriverManager.getConnection(PostgresResource.jdbcUrl(), "postgres", "postgres");
             PreparedStatement insert = db.prepareStatement(
                 "insert into outbox (record_key, payload, created_at) values (?, ?, now())")) {
            insert.setString(1, poisonKey);
            insert.setString(2, "x".repeat(17 * 1024 * 1024)); // above the producer's 16 MB request limit
            insert.executeUpdate();
            insert.setString(1, nextKey);
            insert.setString(2, "{}");
            insert.executeUpdate();

            await().atMost(Duration.ofSeconds(60)).until(() -> attempts(db, poisonKey), tries -> tries == 5);
            await().atMost(Duration.ofSeconds(30)).until(() -> attempts(db, nextKey), tries -> tries == -1);
            assertTrue(KafkaTopics.find(Topics.PROFILES_CHANGES, r -> nextKey.equals(r.key()), Duration.ofSeconds(30))
                .isPresent(), "the change behind the refused one is published");
            Thread.sleep(2000);
            assertEquals(5, attempts(db, poisonKey), "the refused change stays set aside in the outbox table");
        }
    }

    /** The tries of the outbox row with that key; -1 when it is gone (published). */
    private static int attempts(Connection db, String key) throws Exception {
        try (PreparedStatement select = db.prepareStatement("select attempts from outbox where record_key = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getInt(1) : -1;
            }
        }
    }

    @Test
    void shouldForgetAppliedEventIdsPastTheirRetention() throws Exception {
        String old = "old-" + UUID.randomUUID();
        String recent = "recent-" + UUID.randomUUID();
        try (Connection db = DriverManager.getConnection(PostgresResource.jdbcUrl(), "postgres", "postgres")) {
            insertProcessed(db, old, Instant.now().minus(Duration.ofDays(31)));
            insertProcessed(db, recent, Instant.now().minus(Duration.ofDays(1)));

            retention.forgetExpired();

            assertFalse(processed(db, old), "an id past the retention is forgotten");
            assertTrue(processed(db, recent), "a recent id is kept");
        }
    }

    private static void insertProcessed(Connection db, String eventId, Instant at) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("insert into processed_event values (?, ?)")) {
            insert.setString(1, eventId);
            insert.setTimestamp(2, Timestamp.from(at));
            insert.executeUpdate();
        }
    }

    private static boolean processed(Connection db, String eventId) throws Exception {
        try (PreparedStatement select = db.prepareStatement("select 1 from processed_event where event_id = ?")) {
            select.setString(1, eventId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }
}
