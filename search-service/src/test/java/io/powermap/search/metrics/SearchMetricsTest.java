package io.powermap.search.metrics;

import static io.powermap.testsupport.PrometheusText.value;
import static io.powermap.search.support.Changes.organization;
import static io.powermap.search.support.Changes.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.powermap.testsupport.KafkaBrokerResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** /q/metrics shows the search figures: index lag and applied offset per partition, search latency, refreshes and rebuilds. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class SearchMetricsTest {

    static String metrics() {
        return given().accept("text/plain").when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double zeroIfAbsent(double value) {
        return Double.isNaN(value) ? 0 : value;
    }

    @Test
    void shouldTimeSearchesAndShowTheIndexLagPerPartition() {
        String before = metrics();
        double searches = zeroIfAbsent(value(before, "powermap_search_latency_seconds_count", "endpoint=\"search\""));
        double appliedBefore = value(before, "powermap_search_index_applied_offset", "partition=\"0\"");
        String word = uniqueWord();
        String id = organization(word + " Estuary Watch Society");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("q", word).get("/api/v1/search")
            .then().body("hits.id", hasItem(id)));

        String after = metrics();
        assertTrue(value(after, "powermap_search_latency_seconds_count", "endpoint=\"search\"") >= searches + 1, after);
        assertTrue(value(after, "powermap_search_refresh_seconds_count") >= zeroIfAbsent(value(before, "powermap_search_refresh_seconds_count")) + 1,
            "the refresh that made the organization visible is counted");
        assertTrue(value(after, "powermap_search_refresh_seconds_sum") > 0, after);
        assertTrue(value(after, "powermap_search_entities_rebuilt_total")
            >= zeroIfAbsent(value(before, "powermap_search_entities_rebuilt_total")) + 1, "the new organization was built");
        assertTrue(value(after, "powermap_search_entities_deferred_total") >= 0, after);
        assertTrue(value(after, "powermap_search_latency_seconds_bucket", "endpoint=\"search\"", "le=\"+Inf\"")
            >= searches + 1, "search latency is a histogram");
        // read every 5 s: the change applied shows as an applied offset, with no lag left
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            String now = metrics();
            double applied = value(now, "powermap_search_index_applied_offset", "partition=\"0\"");
            assertTrue(Double.isNaN(appliedBefore) ? applied >= 0 : applied > appliedBefore, now);
            assertEquals(0.0, value(now, "powermap_search_index_lag", "partition=\"0\"", "topic=\"profiles.changes\""), now);
        });
    }
}
