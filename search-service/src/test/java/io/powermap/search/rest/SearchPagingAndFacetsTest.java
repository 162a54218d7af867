package io.powermap.search.rest;

import static io.powermap.search.support.Changes.organization;
import static io.powermap.search.support.Changes.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.search.support.Changes;
import io.powermap.testsupport.KafkaBrokerResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class SearchPagingAndFacetsTest {

    @Test
    void shouldPageThroughEveryResultWithTheCursorAndNoRepeats() {
        String word = uniqueWord();
        Set<String> published = new HashSet<>();
        for (int i = 0; i < 23; i++) {
            published.add(organization(word + " Neighbourhood Pantry " + (char) ('A' + i)));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("q", word).get("/api/v1/search")
            .then().body("total", equalTo(23)));

        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("q", word).queryParam("limit", 10);
            JsonPath page = (cursor == null ? request : request.queryParam("cursor", cursor)).get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("hits.id");
            ids.forEach(id -> assertEquals(true, seen.add(id), "a result came back twice"));
            assertEquals(23, page.getInt("total"), "every page counts every match");
            // facets on the first page only: a later one's would be the same counts again
            assertEquals(cursor == null, !page.getMap("facets").isEmpty());
            cursor = page.getString("next");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(published, seen);
        assertEquals(3, pages);
    }

    @Test
    void shouldCountMatchesPerTypeRelationshipFunderMembershipAndHeadquarters() {
        String word = uniqueWord();
        String funder = organization(word + " Prairie Fund");
        String network = organization(word + " Rivers Network");
        String member = Changes.entity(EntityType.ORGANIZATION, word + " Creek Watch", Map.of("headquarters", "Duluth"));
        Changes.entity(EntityType.PERSON, "Ilse " + word, Map.of());
        Changes.tie(RelationshipType.FUNDING, funder, word + " Prairie Fund", member, word + " Creek Watch", "It gave a grant.");
        Changes.tie(RelationshipType.MEMBERSHIP, member, word + " Creek Watch", network, word + " Rivers Network", "It joined.");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("q", word).get("/api/v1/search")
            .then().body("total", equalTo(4))
            .body("facets.type.find { it.value == 'ORGANIZATION' }.count", equalTo(3))
            .body("facets.type.find { it.value == 'PERSON' }.count", equalTo(1))
            .body("facets.relationship.find { it.value == 'FUNDING' }.count", equalTo(2))
            .body("facets.funder.value", contains(word + " Prairie Fund"))
            .body("facets.memberOf.value", contains(word + " Rivers Network"))
            .body("facets.headquarters.value", contains("Duluth")));

        given().queryParam("q", word).queryParam("facet", "funder:" + word + " Prairie Fund").get("/api/v1/search")
            .then().body("total", equalTo(1)).body("hits[0].id", equalTo(member));
        given().queryParam("q", word).queryParam("relationship", "membership").get("/api/v1/search")
            .then().body("total", equalTo(2));
        given().queryParam("connectedTo", funder).get("/api/v1/search")
            .then().body("total", equalTo(1)).body("hits[0].id", equalTo(member));
        given().queryParam("q", word).queryParam("sort", "connections").get("/api/v1/search")
            .then().body("hits[0].id", equalTo(member)).body("hits[0].connections", equalTo(2));
    }

    @Test
    void shouldBrowseEverythingWhenNoTextIsGivenAndRefuseACursorOfAnotherOrder() {
        organization(uniqueWord() + " Coastal Commons");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("limit", 1).get("/api/v1/search")
            .then().statusCode(200).body("hits.size()", equalTo(1)).body("next", org.hamcrest.Matchers.notNullValue()));
        String next = given().queryParam("limit", 1).get("/api/v1/search").then().extract().path("next");
        given().queryParam("limit", 1).queryParam("cursor", next).get("/api/v1/search").then().statusCode(200);
        given().queryParam("cursor", next).queryParam("sort", "connections").get("/api/v1/search")
            .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldForgetADeletedEntity() {
        String word = uniqueWord();
        String id = Changes.entity(EntityType.CAMPAIGN, word + " Quiet Streets Drive", Map.of());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("q", word).get("/api/v1/search")
            .then().body("hits.id", hasItem(id)));
        Changes.deleteEntity(id, EntityType.CAMPAIGN, word + " Quiet Streets Drive");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("q", word).get("/api/v1/search")
            .then().body("total", equalTo(0)).body("next", nullValue()));
    }
}
