package io.powermap.profile.rest;

import static io.restassured.RestAssured.given;
import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;
import static jakarta.ws.rs.core.Response.Status.OK;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.powermap.contract.RelationshipType;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class GraphResourceTest {

    private static final String PROBLEM = "application/problem+json";

    /** Fund → Alliance → Coalition ← Chair, and Alliance → Campaign. */
    private static GraphFixture chain() {
        return new GraphFixture("Chain").organization("Fund").organization("Alliance").organization("Coalition")
            .person("Chair").organization("Campaign")
            .funding("Fund", "Alliance", "1000", "USD", "2020")
            .tie(RelationshipType.MEMBERSHIP, "Alliance", "Coalition")
            .tie(RelationshipType.POSITION, "Chair", "Coalition")
            .tie(RelationshipType.SUPPORTS, "Alliance", "Campaign");
    }

    @Test
    void shouldShowDirectNeighboursAtDepthOne() {
        GraphFixture graph = chain();
        Map<String, String> ids = graph.publish();

        given().queryParam("depth", 1).get("/api/v1/entities/" + ids.get("Alliance") + "/graph")
            .then().statusCode(OK.getStatusCode())
            .body("centre.name", equalTo(graph.name("Alliance")))
            .body("nodes.name", containsInAnyOrder(graph.name("Alliance"), graph.name("Fund"), graph.name("Coalition"),
                graph.name("Campaign")))
            .body("nodes.find { it.name == '" + graph.name("Fund") + "' }.depth", equalTo(1))
            .body("edges", hasSize(3))
            .body("edges.find { it.type == 'FUNDING' }.amount", equalTo(1000.0f))
            .body("edges.evidenceCount", everyItem(equalTo(1)))
            .body("truncated", equalTo(false));
    }

    @Test
    void shouldReachFurtherEntitiesAtDepthTwo() {
        GraphFixture graph = chain();
        Map<String, String> ids = graph.publish();

        given().queryParam("depth", 2).get("/api/v1/entities/" + ids.get("Fund") + "/graph")
            .then().statusCode(OK.getStatusCode())
            .body("nodes.name", containsInAnyOrder(graph.name("Fund"), graph.name("Alliance"), graph.name("Coalition"),
                graph.name("Campaign")))
            .body("nodes.find { it.name == '" + graph.name("Coalition") + "' }.depth", equalTo(2));
    }

    @Test
    void shouldFollowOnlyTheRequestedRelationshipTypes() {
        GraphFixture graph = chain();
        Map<String, String> ids = graph.publish();

        given().queryParam("depth", 3).queryParam("types", "funding,membership")
            .get("/api/v1/entities/" + ids.get("Fund") + "/graph")
            .then().statusCode(OK.getStatusCode())
            .body("nodes.name", containsInAnyOrder(graph.name("Fund"), graph.name("Alliance"), graph.name("Coalition")))
            .body("edges.type", containsInAnyOrder("FUNDING", "MEMBERSHIP"));
    }

    @Test
    void shouldSayWhenTheNeighbourhoodIsCutAtTheLimit() {
        GraphFixture graph = chain();
        Map<String, String> ids = graph.publish();

        given().queryParam("depth", 3).queryParam("limit", 2).get("/api/v1/entities/" + ids.get("Alliance") + "/graph")
            .then().statusCode(OK.getStatusCode())
            .body("nodes", hasSize(2))
            .body("nodes[0].name", equalTo(graph.name("Alliance")))
            .body("truncated", equalTo(true));
    }

    @Test
    void shouldRejectDepthOutsideOneToThree() {
        given().queryParam("depth", 4).get("/api/v1/entities/" + UUID.randomUUID() + "/graph")
            .then().statusCode(BAD_REQUEST.getStatusCode()).contentType(PROBLEM)
            .body("detail", containsString("depth"));
    }

    @Test
    void shouldRejectADepthThatIsNotANumber() {
        given().queryParam("depth", "deep").get("/api/v1/entities/" + UUID.randomUUID() + "/graph")
            .then().statusCode(BAD_REQUEST.getStatusCode()).contentType(PROBLEM)
            .body("detail", containsString("depth must be between 1 and 3"));
    }

    @Test
    void shouldDescribeTheGraphQuestionsInOpenApi() {
        given().queryParam("format", "json").get("/q/openapi")
            .then().statusCode(OK.getStatusCode())
            .body("paths", hasKey("/api/v1/entities/{id}/graph"))
            .body("paths", hasKey("/api/v1/paths"))
            .body("paths", hasKey("/api/v1/entities/{id}/interlocks"))
            .body("paths", hasKey("/api/v1/entities/{id}/funding"))
            .body("paths", hasKey("/api/v1/entities/{id}/relationships"))
            .body("paths", hasKey("/api/v1/documents/{id}"));
    }

    @Test
    void shouldRejectUnknownRelationshipTypes() {
        given().queryParam("types", "FUNDING,FRIENDSHIP").get("/api/v1/entities/" + UUID.randomUUID() + "/graph")
            .then().statusCode(BAD_REQUEST.getStatusCode()).contentType(PROBLEM)
            .body("detail", containsString("types"))
            .body("detail", not(containsString("Exception")));
    }

    @Test
    void shouldAnswerNotFoundForTheNeighbourhoodOfAnUnknownEntity() {
        given().get("/api/v1/entities/" + UUID.randomUUID() + "/graph")
            .then().statusCode(NOT_FOUND.getStatusCode()).contentType(PROBLEM)
            .body("status", equalTo(404));
    }

    @Test
    void shouldPageThroughEveryTieOnceWithACursor() {
        GraphFixture graph = new GraphFixture("Hub").organization("Hub");
        for (int i = 1; i <= 5; i++) {
            graph.organization("Spoke" + i).funding("Hub", "Spoke" + i, String.valueOf(i * 100), "USD", "2021");
        }
        Map<String, String> ids = graph.publish();

        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("size", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/entities/" + ids.get("Hub") + "/relationships")
                .then().statusCode(OK.getStatusCode())
                .body("items.direction", everyItem(equalTo("OUTGOING")))
                .body("items.evidence[0].title", everyItem(equalTo("Hub")))
                .extract().jsonPath();
            seen.addAll(page.getList("items.id", String.class));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null && pages < 10);

        assertEquals(3, pages);
        assertEquals(5, seen.size());
    }

    @Test
    void shouldPageOnlyTiesOfTheRequestedType() {
        GraphFixture graph = chain();
        Map<String, String> ids = graph.publish();

        given().queryParam("type", "MEMBERSHIP").get("/api/v1/entities/" + ids.get("Alliance") + "/relationships")
            .then().statusCode(OK.getStatusCode())
            .body("items", hasSize(1))
            .body("items[0].other.name", equalTo(graph.name("Coalition")))
            .body("items[0].evidence[0].sentence", containsString(graph.name("Coalition")))
            .body("items[0].evidence[0].uri", equalTo(graph.documentId()))
            .body("next", nullValue());
    }

    @Test
    void shouldRejectACursorItDidNotGiveOut() {
        given().queryParam("cursor", "not-a-cursor!").get("/api/v1/entities/" + UUID.randomUUID() + "/relationships")
            .then().statusCode(BAD_REQUEST.getStatusCode()).contentType(PROBLEM)
            .body("detail", containsString("cursor"));
    }

    @Test
    void shouldAnswerNotFoundForTheRelationshipsOfAnUnknownEntity() {
        given().get("/api/v1/entities/" + UUID.randomUUID() + "/relationships")
            .then().statusCode(NOT_FOUND.getStatusCode()).contentType(PROBLEM);
    }

}
