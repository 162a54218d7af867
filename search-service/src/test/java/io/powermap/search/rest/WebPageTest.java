package io.powermap.search.rest;

import static io.restassured.RestAssured.given;
import static jakarta.ws.rs.core.Response.Status.OK;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.powermap.testsupport.KafkaBrokerResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class WebPageTest {

    @Test
    void shouldServeTheSearchPageWithASearchFormAtTheRoot() {
        given().get("/")
            .then().statusCode(OK.getStatusCode())
            .contentType(startsWith("text/html"))
            .body(containsString("<form id=\"search-form\""))
            .body(containsString("role=\"search\""))
            .body(containsString("<label for=\"q\""))
            .body(containsString("<input id=\"q\" name=\"q\" type=\"search\""))
            .body(containsString("<script src=\"app.js\""));
    }

    @Test
    void shouldServeTheScriptWithAJavaScriptContentType() {
        given().get("/app.js")
            .then().statusCode(OK.getStatusCode())
            .contentType(containsString("javascript"))
            .body(containsString("api/v1"))
            .body(not(containsString("innerHTML")));
    }

    @Test
    void shouldServeTheNetworkLibraryFromItsWebJar() {
        given().get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js")
            .then().statusCode(OK.getStatusCode())
            .contentType(containsString("javascript"));
    }

    @Test
    void shouldServeTheStylesheetAsCss() {
        given().get("/app.css")
            .then().statusCode(OK.getStatusCode())
            .contentType(startsWith("text/css"));
    }
}
