package io.powermap.profile.rest;

import static io.restassured.RestAssured.given;
import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;
import static jakarta.ws.rs.core.Response.Status.OK;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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
class MoneyAndInterlocksTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldRankOrganizationsBySharedFunders() {
        GraphFixture graph = new GraphFixture("Funders").organization("Alpha").organization("Beta").organization("Gamma")
            .organization("One Fund").organization("Two Fund").organization("Three Fund")
            .funding("One Fund", "Alpha", "10", "USD", "2020").funding("Two Fund", "Alpha", "10", "USD", "2020")
            .funding("Three Fund", "Alpha", "10", "USD", "2020")
            .funding("One Fund", "Beta", "10", "USD", "2020").funding("Two Fund", "Beta", "10", "USD", "2020")
            .funding("Three Fund", "Gamma", "10", "USD", "2020");
        Map<String, String> ids = graph.publish();

        given().queryParam("via", "FUNDING").get("/api/v1/entities/" + ids.get("Alpha") + "/interlocks")
            .then().statusCode(OK.getStatusCode())
            .body("via", equalTo("FUNDING"))
            .body("interlocks.entity.name", contains(graph.name("Beta"), graph.name("Gamma")))
            .body("interlocks.shared", contains(2, 1))
            .body("interlocks[0].via.name", containsInAnyOrder(graph.name("One Fund"), graph.name("Two Fund")));
    }

    @Test
    void shouldFindBoardsThatShareLeaders() {
        GraphFixture graph = new GraphFixture("Boards").organization("Board A").organization("Board B")
            .person("Director")
            .tie(RelationshipType.POSITION, "Director", "Board A").tie(RelationshipType.POSITION, "Director", "Board B");
        Map<String, String> ids = graph.publish();

        given().queryParam("via", "position").get("/api/v1/entities/" + ids.get("Board A") + "/interlocks")
            .then().statusCode(OK.getStatusCode())
            .body("interlocks", hasSize(1))
            .body("interlocks[0].entity.name", equalTo(graph.name("Board B")))
            .body("interlocks[0].via[0].name", equalTo(graph.name("Director")));
    }

    @Test
    void shouldRejectInterlocksThroughOtherTies() {
        given().queryParam("via", "SUPPORTS").get("/api/v1/entities/" + UUID.randomUUID() + "/interlocks")
            .then().statusCode(BAD_REQUEST.getStatusCode()).contentType(PROBLEM);
    }

    @Test
    void shouldSumMoneyByCounterpartYearAndCurrencyAndShowTwoStepFlows() {
        GraphFixture graph = new GraphFixture("Money").organization("Middle").organization("Big Fund")
            .organization("Euro Fund").organization("Grantee")
            .funding("Big Fund", "Middle", "100000", "USD", "2019")
            .funding("Euro Fund", "Middle", "50000", "EUR", "2019")
            .funding("Middle", "Grantee", "40000", "USD", "2020");
        Map<String, String> ids = graph.publish();

        given().get("/api/v1/entities/" + ids.get("Middle") + "/funding")
            .then().statusCode(OK.getStatusCode())
            .body("incoming", hasSize(2))
            .body("incoming.find { it.currency == 'USD' }.counterpart.name", equalTo(graph.name("Big Fund")))
            .body("incoming.find { it.currency == 'USD' }.total", equalTo(100000.0f))
            .body("outgoing", hasSize(1))
            .body("outgoing[0].counterpart.name", equalTo(graph.name("Grantee")))
            .body("totals.find { it.direction == 'INCOMING' && it.year == '2019' && it.currency == 'EUR' }.total",
                equalTo(50000.0f))
            .body("totals.find { it.direction == 'OUTGOING' && it.year == '2020' }.total", equalTo(40000.0f))
            .body("flows", hasSize(2))
            .body("flows.funder.name", containsInAnyOrder(graph.name("Big Fund"), graph.name("Euro Fund")))
            .body("flows.recipient.name", containsInAnyOrder(graph.name("Grantee"), graph.name("Grantee")));
    }

    @Test
    void shouldShowFlowsFromAFunderThroughItsGrantees() {
        GraphFixture graph = new GraphFixture("Flow").organization("Source").organization("Pass").organization("Sink")
            .funding("Source", "Pass", "300", "USD", "2021").funding("Pass", "Sink", "200", "USD", "2022");
        Map<String, String> ids = graph.publish();

        given().get("/api/v1/entities/" + ids.get("Source") + "/funding")
            .then().statusCode(OK.getStatusCode())
            .body("flows", hasSize(1))
            .body("flows[0].intermediary.name", equalTo(graph.name("Pass")))
            .body("flows[0].recipient.name", equalTo(graph.name("Sink")))
            .body("flows[0].secondAmount", equalTo(200.0f));
    }

    @Test
    void shouldAnswerNotFoundForTheMoneyOfAnUnknownEntity() {
        given().get("/api/v1/entities/" + UUID.randomUUID() + "/funding")
            .then().statusCode(NOT_FOUND.getStatusCode()).contentType(PROBLEM);
    }
}
