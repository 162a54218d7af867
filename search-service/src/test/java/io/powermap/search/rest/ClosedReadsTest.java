package io.powermap.search.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.powermap.contract.access.Roles;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * search-service has no writes; its reads are public unless powermap.auth.public-reads=false, then
 * they need a valid bearer token of any role. Health and the OpenAPI document stay open.
 */
@QuarkusTest
@TestProfile(ClosedReadsTest.Closed.class)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class ClosedReadsTest {

    public static class Closed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("powermap.auth.public-reads", "false");
        }
    }

    @Test
    void shouldRefuseASearchWithoutATokenWhenReadsAreClosed() {
        given().queryParam("q", "anything").get("/api/v1/search").then().statusCode(401)
            .contentType("application/problem+json")
            .header("WWW-Authenticate", containsString("Bearer"))
            .body("status", equalTo(401))
            .body("detail", containsString("any role"));
        given().queryParam("prefix", "an").get("/api/v1/suggest").then().statusCode(401);
    }

    @Test
    void shouldSearchWithATokenOfAnyRoleWhenReadsAreClosed() {
        for (String role : new String[] {Roles.INGEST, Roles.EDITOR, Roles.ADMIN}) {
            given().auth().oauth2(TestTokens.forRole(role)).queryParam("q", "anything").get("/api/v1/search")
                .then().statusCode(200);
        }
    }

    @Test
    void shouldRefuseAnExpiredTokenWhenReadsAreClosed() {
        given().auth().oauth2(TestTokens.expired(Roles.EDITOR)).queryParam("q", "anything").get("/api/v1/search")
            .then().statusCode(401).contentType("application/problem+json").body("detail", containsString("not accepted"));
    }

    @Test
    void shouldKeepHealthAndOpenApiOpenWhenReadsAreClosed() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
