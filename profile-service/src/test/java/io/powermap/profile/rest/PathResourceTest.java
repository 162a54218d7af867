package io.powermap.profile.rest;

import static io.restassured.RestAssured.given;
import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;
import static jakarta.ws.rs.core.Response.Status.OK;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.powermap.contract.RelationshipType;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class PathResourceTest {

    private static final String PROBLEM = "application/problem+json";

    /** Coalition to Senator: two ways of two hops (through Union and through Fund), one of three (through Think, Tank). */
    private static GraphFixture web() {
        return new GraphFixture("Web").organization("Coalition").organization("Union").organization("Fund")
            .person("Senator").organization("Think").organization("Tank")
            .tie(RelationshipType.MEMBERSHIP, "Union", "Coalition")
            .tie(RelationshipType.SUPPORTS, "Union", "Senator")
            .funding("Fund", "Coalition", "5000", "USD", "2022")
            .tie(RelationshipType.AFFILIATION, "Senator", "Fund")
            .tie(RelationshipType.AFFILIATION, "Coalition", "Think")
            .tie(RelationshipType.AFFILIATION, "Think", "Tank")
            .tie(RelationshipType.AFFILIATION, "Tank", "Senator");
    }

    @Test
    void shouldFindEveryShortestPathWithItsEvidence() {
        GraphFixture graph = web();
        Map<String, String> ids = graph.publish();

        given().queryParam("from", ids.get("Coalition")).queryParam("to", ids.get("Senator")).get("/api/v1/paths")
            .then().statusCode(OK.getStatusCode())
            .body("hops", equalTo(2))
            .body("paths", hasSize(2))
            .body("paths.hops", everyItem(equalTo(2)))
            .body("paths.collect { it.nodes[1].name }", containsInAnyOrder(graph.name("Union"), graph.name("Fund")))
            .body("paths[0].nodes[0].name", equalTo(graph.name("Coalition")))
            .body("paths[0].nodes[2].name", equalTo(graph.name("Senator")))
            .body("paths[0].edges.evidence.sentence", everyItem(notNullValue()))
            .body("paths[0].edges.evidence.documentId", everyItem(equalTo(graph.documentId())))
            .body("paths[0].edges.evidence.title", everyItem(equalTo("Web")));
    }

    @Test
    void shouldReturnAtMostKPaths() {
        GraphFixture graph = web();
        Map<String, String> ids = graph.publish();

        given().queryParam("from", ids.get("Coalition")).queryParam("to", ids.get("Senator")).queryParam("k", 1)
            .get("/api/v1/paths")
            .then().statusCode(OK.getStatusCode())
            .body("paths", hasSize(1));
    }

    @Test
    void shouldFollowOnlyTheRequestedTypes() {
        GraphFixture graph = web();
        Map<String, String> ids = graph.publish();

        given().queryParam("from", ids.get("Coalition")).queryParam("to", ids.get("Senator"))
            .queryParam("types", "AFFILIATION").get("/api/v1/paths")
            .then().statusCode(OK.getStatusCode())
            .body("hops", equalTo(3))
            .body("paths[0].nodes.name", contains(graph.name("Coalition"), graph.name("Think"),
                graph.name("Tank"), graph.name("Senator")))
            .body("paths[0].edges.tie.type", everyItem(equalTo("AFFILIATION")));
    }

    @Test
    void shouldFindNoPathLongerThanMaxHops() {
        GraphFixture graph = web();
        Map<String, String> ids = graph.publish();

        given().queryParam("from", ids.get("Coalition")).queryParam("to", ids.get("Senator")).queryParam("maxHops", 1)
            .get("/api/v1/paths")
            .then().statusCode(OK.getStatusCode())
            .body("paths", hasSize(0))
            .body("hops", nullValue());
    }

    @Test
    void shouldRejectMaxHopsAboveSix() {
        given().queryParam("from", UUID.randomUUID()).queryParam("to", UUID.randomUUID()).queryParam("maxHops", 7)
            .get("/api/v1/paths")
            .then().statusCode(BAD_REQUEST.getStatusCode()).contentType(PROBLEM)
            .body("detail", containsString("maxHops"));
    }

    @Test
    void shouldRejectANumberOfPathsThatIsNotANumber() {
        given().queryParam("from", UUID.randomUUID()).queryParam("to", UUID.randomUUID()).queryParam("k", "many")
            .get("/api/v1/paths")
            .then().statusCode(BAD_REQUEST.getStatusCode()).contentType(PROBLEM)
            .body("detail", containsString("k must be between"));
    }

    @Test
    void shouldRejectAPathRequestWithoutAStart() {
        given().queryParam("to", UUID.randomUUID()).get("/api/v1/paths")
            .then().statusCode(BAD_REQUEST.getStatusCode()).contentType(PROBLEM)
            .body("detail", containsString("from"));
    }

    @Test
    void shouldRejectAMalformedEntityIdInAPath() {
        given().queryParam("from", "12345").queryParam("to", UUID.randomUUID()).get("/api/v1/paths")
            .then().statusCode(BAD_REQUEST.getStatusCode()).contentType(PROBLEM)
            .body("detail", containsString("UUID"));
    }

    @Test
    void shouldAnswerNotFoundForAPathToAnUnknownEntity() {
        GraphFixture graph = new GraphFixture("Lonely").organization("Lonely");
        Map<String, String> ids = graph.publish();

        given().queryParam("from", ids.get("Lonely")).queryParam("to", UUID.randomUUID()).get("/api/v1/paths")
            .then().statusCode(NOT_FOUND.getStatusCode()).contentType(PROBLEM);
    }
}
