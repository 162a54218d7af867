package io.powermap.ingest.rest;

import static io.restassured.RestAssured.given;
import static jakarta.ws.rs.core.Response.Status.ACCEPTED;
import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;
import static jakarta.ws.rs.core.Response.Status.OK;
import static jakarta.ws.rs.core.Response.Status.REQUEST_ENTITY_TOO_LARGE;
import static jakarta.ws.rs.core.Response.Status.UNSUPPORTED_MEDIA_TYPE;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.powermap.contract.access.Roles;
import io.powermap.testsupport.TestTokens;
import io.powermap.contract.DocumentParsed;
import io.powermap.contract.EventJson;
import io.powermap.contract.Topics;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.KafkaTopics;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class DocumentResourceTest {

    private static final String PROBLEM = "application/problem+json";

    /** Uploads carry a token with the ingest role (test key pair, see TestTokens). */
    private static RequestSpecification asIngester() {
        return given().auth().oauth2(TestTokens.forRole(Roles.INGEST));
    }

    private static String profile(String name) {
        return name + " (" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + ")\n\n"
            + "The group was founded in 1999 in Chicago to press city hall on housing policy. "
            + "It now counts several neighborhood associations among its members.\n";
    }

    @Test
    void shouldAcceptPlainTextAndPublishItsParsedRecord() {
        String sourceUri = "https://example.org/profiles/" + UUID.randomUUID();
        String id = asIngester().contentType("text/plain").body(profile("Lakeside Tenants Alliance"))
            .queryParam("sourceUri", sourceUri)
            .when().post("/api/v1/documents")
            .then().statusCode(ACCEPTED.getStatusCode())
            .body("id", equalTo(sourceUri))
            .body("status", equalTo("PARSED"))
            .body("statusUrl", containsString("/api/v1/documents/"))
            .extract().path("id");

        var record = KafkaTopics.find(Topics.DOCUMENTS_PARSED, r -> id.equals(r.key()), Duration.ofSeconds(20));

        assertTrue(record.isPresent(), "a DocumentParsed keyed by the document id is on " + Topics.DOCUMENTS_PARSED);
        DocumentParsed parsed = EventJson.read(record.get().value(), DocumentParsed.class);
        assertEquals(sourceUri, parsed.source().uri());
        assertTrue(parsed.entities().stream().anyMatch(e -> e.name().startsWith("Lakeside Tenants Alliance")),
            "the subject organization is among the entities: " + parsed.entities());
    }

    @Test
    void shouldReportStatusAtTheReturnedUrl() {
        String statusUrl = asIngester().contentType("text/markdown").body("# " + profile("Harbor Workers Fund"))
            .when().post("/api/v1/documents")
            .then().statusCode(ACCEPTED.getStatusCode())
            .body("id", matchesPattern("[0-9a-f]{64}"))
            .extract().path("statusUrl");

        given().when().get(statusUrl)
            .then().statusCode(OK.getStatusCode())
            .body("state", equalTo("PARSED"));
    }

    @Test
    void shouldFindStatusOfDocumentIdentifiedBySourceUri() {
        String sourceUri = "https://example.org/a/b?c=" + UUID.randomUUID();
        String statusUrl = asIngester().contentType("text/plain").body(profile("Valley Clinics Network"))
            .queryParam("sourceUri", sourceUri)
            .when().post("/api/v1/documents")
            .then().statusCode(ACCEPTED.getStatusCode())
            .extract().path("statusUrl");

        given().urlEncodingEnabled(false).when().get(statusUrl)
            .then().statusCode(OK.getStatusCode())
            .body("id", equalTo(sourceUri));
    }

    @Test
    void shouldGiveSameIdToSameContent() {
        String body = profile("Prairie Seed Savers");
        String first = asIngester().contentType("text/plain").body(body).post("/api/v1/documents").path("id");
        String second = asIngester().contentType("text/plain").body("  " + body + "\n\n").post("/api/v1/documents").path("id");

        assertEquals(first, second);
    }

    @Test
    void shouldPreviewExtractionWithoutPublishing() {
        given().contentType("text/plain").body(profile("Coastal Fishers Guild"))
            .when().post("/api/v1/extract")
            .then().statusCode(OK.getStatusCode())
            .body("schemaVersion", equalTo(1))
            .body("entities.name", hasItem(containsString("Coastal Fishers Guild")))
            .body("text", containsString("founded in 1999"));
    }

    @Test
    void shouldRejectEmptyDocument() {
        asIngester().contentType("text/plain").body("")
            .when().post("/api/v1/documents")
            .then().statusCode(BAD_REQUEST.getStatusCode())
            .contentType(PROBLEM)
            .body("status", equalTo(400))
            .body("title", equalTo("Bad Request"))
            .body("detail", containsString("empty"));
    }

    @Test
    void shouldRejectUnsupportedMediaType() {
        asIngester().contentType("image/png").body(new byte[] {(byte) 0x89, 'P', 'N', 'G'})
            .when().post("/api/v1/documents")
            .then().statusCode(UNSUPPORTED_MEDIA_TYPE.getStatusCode())
            .contentType(PROBLEM)
            .body("detail", containsString("image/png"));
    }

    @Test
    void shouldRejectDocumentOverTheSizeLimit() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');

        asIngester().contentType("text/plain").body(big)
            .when().post("/api/v1/documents")
            .then().statusCode(REQUEST_ENTITY_TOO_LARGE.getStatusCode())
            .contentType(PROBLEM)
            .body("detail", containsString("limit"));
    }

    @Test
    void shouldRejectBinaryGarbageAsUnsupported() {
        byte[] garbage = new byte[4096];
        new Random(11).nextBytes(garbage);

        asIngester().contentType("application/octet-stream").body(garbage)
            .when().post("/api/v1/documents")
            .then().statusCode(UNSUPPORTED_MEDIA_TYPE.getStatusCode())
            .contentType(PROBLEM);
    }

    @Test
    void shouldRejectTextInAnotherLanguage() {
        String dutch = "De vereniging werd in 1972 opgericht door een groep bewoners die zich zorgen maakten over de "
            + "huizenprijzen in de stad. Sindsdien voert zij campagne voor betaalbare woningen en voor meer inspraak "
            + "van huurders bij de gemeente, en zij werkt samen met andere organisaties in het hele land.";

        asIngester().contentType("text/plain").body(dutch)
            .when().post("/api/v1/documents")
            .then().statusCode(422)
            .contentType(PROBLEM)
            .body("title", equalTo("Unprocessable Content"));
    }

    @Test
    void shouldRejectACorruptPdf() {
        byte[] corrupt = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer garbage".getBytes();

        asIngester().contentType("application/pdf").body(corrupt)
            .when().post("/api/v1/documents")
            .then().statusCode(422)
            .contentType(PROBLEM)
            .body(not(containsString("Exception")));
    }

    @Test
    void shouldRejectMalformedSourceUri() {
        asIngester().contentType("text/plain").body(profile("Mesa Water Watch")).queryParam("sourceUri", "not a uri")
            .when().post("/api/v1/documents")
            .then().statusCode(BAD_REQUEST.getStatusCode())
            .contentType(PROBLEM);
    }

    @Test
    void shouldRejectMalformedDocumentId() {
        given().when().get("/api/v1/documents/not an id")
            .then().statusCode(BAD_REQUEST.getStatusCode())
            .contentType(PROBLEM)
            .body("detail", containsString("SHA-256"))
            .body(not(containsString("Exception")));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownProducerKey() {
        given().when().get("/api/v1/documents/no-such-key-" + UUID.randomUUID())
            .then().statusCode(NOT_FOUND.getStatusCode())
            .contentType(PROBLEM)
            .body("detail", containsString("No document with id or key"));
    }

    @Test
    void shouldAnswerNotFoundForUnknownDocument() {
        given().when().get("/api/v1/documents/" + "0".repeat(64))
            .then().statusCode(NOT_FOUND.getStatusCode())
            .contentType(PROBLEM)
            .body("status", equalTo(404));
    }

    @Test
    void shouldNotLeakInternalsInProblems() {
        given().when().get("/api/v1/no-such-endpoint")
            .then().statusCode(NOT_FOUND.getStatusCode())
            .contentType(PROBLEM)
            .body(not(containsString("Exception")))
            .body(not(containsString("io.powermap")));
    }
}
