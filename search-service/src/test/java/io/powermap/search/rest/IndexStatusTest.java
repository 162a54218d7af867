package io.powermap.search.rest;

import static io.powermap.search.support.Changes.organization;
import static io.powermap.search.support.Changes.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.powermap.testsupport.KafkaBrokerResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class IndexStatusTest {

    @Test
    void shouldReportOffsetsWithNoLagAndBeReadyOnceCaughtUpAndCommitted() {
        String word = uniqueWord();
        String id = organization(word + " Dune Restoration Society");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("q", word).get("/api/v1/search")
            .then().body("hits.id", hasItem(id)));

        given().get("/api/v1/index/status").then().statusCode(200)
            .body("entities", greaterThan(0))
            .body("caughtUp", equalTo(true))
            .body("partitions[0].partition", equalTo(0))
            .body("partitions[0].lag", equalTo(0));
        // durable within the commit interval (5 s), with the offsets it covers
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            var status = given().get("/api/v1/index/status").then().extract().jsonPath();
            org.junit.jupiter.api.Assertions.assertEquals(status.getLong("partitions[0].applied"),
                status.getLong("partitions[0].committed"));
        });
        given().get("/api/v1/index/status").then().body("lastCommit", notNullValue());
        given().get("/q/health/ready").then().statusCode(200)
            .body("checks.find { it.name == 'search-index-caught-up' }.status", equalTo("UP"));
    }
}
