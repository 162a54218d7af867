package io.powermap.profile.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.powermap.contract.access.Roles;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.PostgresResource;
import io.powermap.testsupport.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With powermap.auth.restrict-exports=true an export needs the role 'admin'; other reads stay public. */
@QuarkusTest
@TestProfile(RestrictedExportTest.Restricted.class)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class RestrictedExportTest {

    public static class Restricted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("powermap.auth.restrict-exports", "true");
        }
    }

    @Test
    void shouldRefuseARestrictedExportWithoutATokenWith401Problem() {
        given().get("/api/v1/export?format=ftm").then().statusCode(401)
            .contentType("application/problem+json")
            .header("WWW-Authenticate", containsString("Bearer"))
            .body("detail", containsString("'admin'"));
    }

    @Test
    void shouldRefuseARestrictedExportWithAnEditorTokenWith403Problem() {
        given().auth().oauth2(TestTokens.forRole(Roles.EDITOR)).get("/api/v1/export").then().statusCode(403)
            .contentType("application/problem+json")
            .body("status", equalTo(403))
            .body("detail", containsString("'admin'"));
    }

    @Test
    void shouldExportWithAnAdminTokenWhenRestricted() {
        given().auth().oauth2(TestTokens.forRole(Roles.ADMIN)).get("/api/v1/export?format=ndjson").then().statusCode(200)
            .contentType("application/x-ndjson");
    }

    @Test
    void shouldKeepOtherReadsPublicWhenExportsAreRestricted() {
        given().get("/api/v1/entities?name=anything").then().statusCode(200);
    }
}
