package io.powermap.search.e2e;

import static io.restassured.RestAssured.given;
import static jakarta.ws.rs.core.Response.Status.ACCEPTED;
import static jakarta.ws.rs.core.Response.Status.OK;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.powermap.contract.access.Roles;
import io.powermap.testsupport.TestTokens;
import io.powermap.contract.Topics;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.KafkaTopics;
import io.powermap.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A document's whole path: ingest-service and profile-service run from their packaged jars in
 * production mode, search-service is the application under test, all on one real broker and one
 * real database.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = OtherServicesResource.class, scope = TestResourceScope.GLOBAL)
class EndToEndTest {

    /** A profile naming a fresh organization; the word is letters only so search sees one token. */
    private static String profileOf(String word) {
        return word + " Housing Justice Coalition\n\n"
            + "The " + word + " Housing Justice Coalition was founded in 2011 in Oakland to fight evictions.\n";
    }

    private static String uniqueWord() {
        return "Qx" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    }

    @Test
    void shouldFindAnUploadedDocumentsOrganizationThroughSearch() {
        String word = uniqueWord();
        given().auth().oauth2(TestTokens.forRole(Roles.INGEST)).baseUri(OtherServicesResource.ingestUrl()).contentType("text/plain").body(profileOf(word))
            .when().post("/api/v1/documents")
            .then().statusCode(ACCEPTED.getStatusCode());

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().queryParam("q", word)
            .when().get("/api/v1/search")
            .then().statusCode(OK.getStatusCode())
            .body("hits.name", hasItem(word + " Housing Justice Coalition")));

        given().baseUri(OtherServicesResource.profileUrl()).queryParam("name", word + " Housing Justice Coalition")
            .when().get("/api/v1/entities")
            .then().statusCode(OK.getStatusCode())
            .body("$", hasSize(1))
            .body("[0].type", equalTo("ORGANIZATION"));
    }

    @Test
    void shouldKeepOneOrganizationWhenTheSameDocumentIsPostedTwice() {
        String word = uniqueWord();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(TestTokens.forRole(Roles.INGEST)).baseUri(OtherServicesResource.ingestUrl()).contentType("text/plain").body(profileOf(word))
                .when().post("/api/v1/documents")
                .then().statusCode(ACCEPTED.getStatusCode());
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().queryParam("q", word)
            .when().get("/api/v1/search")
            .then().body("hits.name", hasItem(word + " Housing Justice Coalition")));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> given()
            .queryParam("q", word).queryParam("type", "ORGANIZATION")
            .when().get("/api/v1/search")
            .then().body("total", equalTo(1)));
    }

    @Test
    void shouldCarryDocumentsStreamedOnTheRawTopicThroughToSearch() {
        String word = uniqueWord();
        KafkaTopics.send(Topics.DOCUMENTS_RAW, "client-" + word, KafkaTopics.utf8(profileOf(word)),
            Map.of(Topics.HEADER_CONTENT_TYPE, "text/plain"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().queryParam("q", word)
            .when().get("/api/v1/search")
            .then().body("hits.name", hasItem(word + " Housing Justice Coalition")));
        // its sender asks ingest-service by the record's key: every service's step, to the end
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(OtherServicesResource.ingestUrl())
            .when().get("/api/v1/documents/client-" + word)
            .then().statusCode(OK.getStatusCode())
            .body("state", equalTo("SEARCHABLE"))
            .body("key", equalTo("client-" + word))
            .body("entities", greaterThanOrEqualTo(1)));
    }
}
