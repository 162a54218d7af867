package io.powermap.profile.metrics;

import static io.powermap.testsupport.PrometheusText.value;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.powermap.contract.DocumentParsed;
import io.powermap.contract.DocumentSource;
import io.powermap.contract.EntityType;
import io.powermap.contract.EventJson;
import io.powermap.contract.Evidence;
import io.powermap.contract.ExtractedEntity;
import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;
import io.powermap.contract.Topics;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.KafkaTopics;
import io.powermap.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** /q/metrics shows the profile figures, and they move when a document is applied. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class ProfileMetricsTest {

    @Inject
    DataSource data;

    static String metrics() {
        return given().accept("text/plain").when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    @Test
    void shouldCountAndTimeAnAppliedDocument() {
        String before = metrics();
        double documents = value(before, "powermap_profile_documents_applied_total");
        double entities = value(before, "powermap_profile_entities_applied_total", "change=\"UPSERTED\"");
        double relationships = value(before, "powermap_profile_relationships_applied_total", "change=\"UPSERTED\"");
        double polls = value(before, "powermap_profile_apply_seconds_count");
        assertFalse(Double.isNaN(documents) || Double.isNaN(entities) || Double.isNaN(relationships) || Double.isNaN(polls),
            "every figure is exposed before the first document:\n" + before);

        String documentId = "https://example.org/metrics/" + UUID.randomUUID();
        String organization = "Copper Valley Tenants " + UUID.randomUUID();
        String funder = "Juniper Fund " + UUID.randomUUID();
        String text = organization + " received $10 from " + funder + ".";
        var org = new ExtractedEntity("e1", EntityType.ORGANIZATION, organization, List.of(), Map.of(), List.of());
        var fund = new ExtractedEntity("e2", EntityType.ORGANIZATION, funder, List.of(), Map.of(), List.of());
        var grant = new ExtractedRelationship("r1", RelationshipType.FUNDING, "e2", "e1", null, null, null, true,
            new BigDecimal("10"), "USD", 0.9, List.of(new Evidence(0, text.length(), List.of())));
        DocumentParsed parsed = new DocumentParsed(1, UUID.randomUUID().toString(), documentId,
            new DocumentSource(documentId, organization, "text/plain", null), text, "e1", List.of(org, fund), List.of(grant));
        KafkaTopics.send(Topics.DOCUMENTS_PARSED, documentId, KafkaTopics.utf8(EventJson.write(parsed)), Map.of());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String after = metrics();
            assertTrue(value(after, "powermap_profile_documents_applied_total") >= documents + 1, after);
            assertTrue(value(after, "powermap_profile_apply_seconds_count") >= polls + 1, after);
            assertTrue(value(after, "powermap_profile_apply_seconds_bucket", "le=\"+Inf\"") >= polls + 1, after);
            assertTrue(value(after, "powermap_profile_entities_applied_total", "change=\"UPSERTED\"") >= entities + 2,
                after);
            assertTrue(value(after, "powermap_profile_relationships_applied_total", "change=\"UPSERTED\"")
                >= relationships + 1, after);
        });
    }

    @Test
    void shouldShowTheOutboxBacklog() throws Exception {
        String key = "metrics-test-" + UUID.randomUUID();
        double before = value(metrics(), "powermap_profile_outbox_backlog");
        assertFalse(Double.isNaN(before), "the backlog is exposed");
        // a row the relay has set aside (too many failed tries) stays in the outbox
        try (Connection connection = data.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into outbox (record_key, payload, created_at, attempts) values ('" + key
                + "', '{}', now() - interval '5 seconds', 1000)");
        }
        try {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                String after = metrics();
                assertEquals(before + 1, value(after, "powermap_profile_outbox_backlog"), after);
                assertTrue(value(after, "powermap_profile_outbox_oldest_seconds") >= 5, after);
            });
        } finally {
            try (Connection connection = data.getConnection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("delete from outbox where record_key = '" + key + "'");
            }
        }
    }
}
