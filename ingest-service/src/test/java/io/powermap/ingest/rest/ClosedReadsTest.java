package io.powermap.ingest.rest;

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

/** With powermap.auth.public-reads=false, reads and the preview need a valid token of any role. */
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
    void shouldRefuseAReadWithoutATokenWhenReadsAreClosed() {
        given().when().get("/api/v1/documents/" + "0".repeat(64))
            .then().statusCode(401)
            .contentType("application/problem+json")
            .body("status", equalTo(401))
            .body("detail", containsString("any role"));
        given().contentType("text/plain").body("The Example Fund was founded in 2001.")
            .when().post("/api/v1/extract")
            .then().statusCode(401)
            .contentType("application/problem+json");
    }

    @Test
    void shouldAllowAReadWithATokenOfAnyRoleWhenReadsAreClosed() {
        given().auth().oauth2(TestTokens.forRole(Roles.EDITOR)).when().get("/api/v1/documents/" + "0".repeat(64))
            .then().statusCode(404);
    }

    @Test
    void shouldRefuseAReadWithARejectedTokenWhenReadsAreClosed() {
        given().auth().oauth2(TestTokens.expired(Roles.INGEST)).when().get("/api/v1/documents/" + "0".repeat(64))
            .then().statusCode(401)
            .contentType("application/problem+json")
            .body("detail", containsString("not accepted"));
    }

    @Test
    void shouldKeepHealthOpenWhenReadsAreClosed() {
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
