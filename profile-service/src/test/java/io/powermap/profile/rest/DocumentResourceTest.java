package io.powermap.profile.rest;

import static io.restassured.RestAssured.given;
import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;
import static jakarta.ws.rs.core.Response.Status.OK;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
class DocumentResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static String path(String documentId) {
        return "/api/v1/documents/" + URLEncoder.encode(documentId, StandardCharsets.UTF_8);
    }

    @Test
    void shouldShowADocumentWithTheEntitiesItNamesAndTheFactsItStates() {
        GraphFixture graph = new GraphFixture("Annual report").organization("Trust").organization("League")
            .person("Director")
            .funding("Trust", "League", "2500", "USD", "2023")
            .tie(RelationshipType.POSITION, "Director", "League");
        graph.publish();

        given().urlEncodingEnabled(false).get(path(graph.documentId()))
            .then().statusCode(OK.getStatusCode())
            .body("id", equalTo(graph.documentId()))
            .body("title", equalTo("Annual report"))
            .body("uri", equalTo(graph.documentId()))
            .body("entities.name", containsInAnyOrder(graph.name("Trust"), graph.name("League"), graph.name("Director")))
            .body("relationships", hasSize(2))
            .body("relationships.find { it.tie.type == 'FUNDING' }.source.name", equalTo(graph.name("Trust")))
            .body("relationships.find { it.tie.type == 'FUNDING' }.evidence[0].sentence", containsString("2500"))
            .body("relationships.find { it.tie.type == 'POSITION' }.target.name", equalTo(graph.name("League")));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownDocument() {
        given().urlEncodingEnabled(false).get(path("https://example.org/never/" + UUID.randomUUID()))
            .then().statusCode(NOT_FOUND.getStatusCode()).contentType(PROBLEM)
            .body("status", equalTo(404));
    }
}
