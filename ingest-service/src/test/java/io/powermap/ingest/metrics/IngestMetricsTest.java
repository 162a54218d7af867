package io.powermap.ingest.metrics;

import static io.powermap.testsupport.PrometheusText.value;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.powermap.contract.access.Roles;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** /q/metrics shows the ingest figures, and they move when a document is taken in. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class IngestMetricsTest {

    static String metrics() {
        return given().accept("text/plain").when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    @Test
    void shouldCountAndTimeAnUploadedDocumentAndARejectedOne() {
        String before = metrics();
        double received = value(before, "powermap_ingest_documents_received_total", "source=\"rest\"");
        double parsed = value(before, "powermap_ingest_documents_parsed_total", "source=\"rest\"");
        assertFalse(Double.isNaN(received), "received is exposed before any upload:\n" + before);
        double failed = zeroIfAbsent(value(before, "powermap_ingest_documents_failed_total", "source=\"rest\"",
            "reason=\"EMPTY\""));
        double timed = zeroIfAbsent(value(before, "powermap_ingest_extraction_seconds_count", "outcome=\"parsed\""));

        given().auth().oauth2(TestTokens.forRole(Roles.INGEST)).contentType("text/plain")
            .body("Riverside Housing Coalition (" + UUID.randomUUID().toString().substring(0, 6) + ")\n\n"
                + "The coalition was founded in 2004 in Boston by tenants of three buildings.\n")
            .when().post("/api/v1/documents").then().statusCode(202);
        given().auth().oauth2(TestTokens.forRole(Roles.INGEST)).contentType("text/plain").body("   ")
            .when().post("/api/v1/documents").then().statusCode(400);

        String after = metrics();
        assertEquals(received + 2, value(after, "powermap_ingest_documents_received_total", "source=\"rest\""), after);
        assertEquals(parsed + 1, value(after, "powermap_ingest_documents_parsed_total", "source=\"rest\""));
        assertEquals(failed + 1, value(after, "powermap_ingest_documents_failed_total", "source=\"rest\"",
            "reason=\"EMPTY\""));
        assertEquals(timed + 1, value(after, "powermap_ingest_extraction_seconds_count", "outcome=\"parsed\""));
        assertTrue(value(after, "powermap_ingest_extraction_seconds_bucket", "outcome=\"parsed\"", "le=\"+Inf\"") >= 1,
            "extraction time is a histogram with buckets");
    }

    private static double zeroIfAbsent(double value) {
        return Double.isNaN(value) ? 0 : value;
    }
}
