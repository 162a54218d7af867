package io.powermap.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.powermap.contract.access.Roles;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Uploading needs a bearer token with the role 'ingest'; the preview and the status stay public. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class UploadAccessTest {

    private static final String PROBLEM = "application/problem+json";

    private static String document() {
        return "Riverside Renters League (" + UUID.randomUUID().toString().substring(0, 6) + ")\n\n"
            + "The league was founded in 2004 in Omaha to press the city council on tenant protections.\n";
    }

    @Test
    void shouldRefuseAnUploadWithoutATokenWith401Problem() {
        given().contentType("text/plain").body(document())
            .when().post("/api/v1/documents")
            .then().statusCode(401)
            .contentType(PROBLEM)
            .header("WWW-Authenticate", containsString("Bearer"))
            .body("type", equalTo("about:blank"))
            .body("title", equalTo("Unauthorized"))
            .body("status", equalTo(401))
            .body("detail", containsString("'ingest'"))
            .body(not(containsString("Exception")));
    }

    @Test
    void shouldRefuseAnUploadWithAnotherRolesTokenWith403Problem() {
        for (String role : new String[] {Roles.EDITOR, Roles.ADMIN}) {
            given().auth().oauth2(TestTokens.forRole(role)).contentType("text/plain").body(document())
                .when().post("/api/v1/documents")
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("title", equalTo("Forbidden"))
                .body("status", equalTo(403))
                .body("detail", containsString("'ingest'"))
                .body(not(containsString("Exception")));
        }
    }

    @Test
    void shouldAcceptAnUploadWithTheIngestRole() {
        given().auth().oauth2(TestTokens.forRole(Roles.INGEST)).contentType("text/plain").body(document())
            .when().post("/api/v1/documents")
            .then().statusCode(202)
            .body("status", equalTo("PARSED"));
    }

    @Test
    void shouldRefuseAnExpiredTokenWith401Problem() {
        given().auth().oauth2(TestTokens.expired(Roles.INGEST)).contentType("text/plain").body(document())
            .when().post("/api/v1/documents")
            .then().statusCode(401)
            .contentType(PROBLEM)
            .header("WWW-Authenticate", containsString("invalid_token"))
            .body("detail", containsString("not accepted"))
            .body(not(containsString("Exception")));
    }

    @Test
    void shouldRefuseATokenFromAnotherIssuerWith401Problem() {
        String foreign = TestTokens.token("someone", Set.of(Roles.INGEST), Duration.ofMinutes(5), "https://elsewhere.example");
        given().auth().oauth2(foreign).contentType("text/plain").body(document())
            .when().post("/api/v1/documents")
            .then().statusCode(401)
            .contentType(PROBLEM);
    }

    @Test
    void shouldRefuseAForgedTokenWith401Problem() {
        String token = TestTokens.forRole(Roles.INGEST);
        String[] parts = token.split("\\.");
        // the payload of an admin token under the signature of an ingest token
        String[] other = TestTokens.forRole(Roles.ADMIN).split("\\.");
        given().auth().oauth2(parts[0] + "." + other[1] + "." + parts[2]).contentType("text/plain").body(document())
            .when().post("/api/v1/documents")
            .then().statusCode(401)
            .contentType(PROBLEM);
        given().auth().oauth2("not-a-jwt").contentType("text/plain").body(document())
            .when().post("/api/v1/documents")
            .then().statusCode(401)
            .contentType(PROBLEM);
    }

    @Test
    void shouldKeepThePreviewAndTheStatusPublic() {
        given().contentType("text/plain").body(document())
            .when().post("/api/v1/extract")
            .then().statusCode(200);
        given().when().get("/api/v1/documents/" + "0".repeat(64))
            .then().statusCode(404);
    }

    @Test
    void shouldDescribeTheBearerSchemeInOpenApi() {
        given().queryParam("format", "json").when().get("/q/openapi")
            .then().statusCode(200)
            .body("components.securitySchemes", allOf(hasKey("SecurityScheme")))
            .body("components.securitySchemes.SecurityScheme.scheme", equalTo("bearer"))
            .body("paths.'/api/v1/documents'.post.security", not(equalTo(null)))
            .body("paths.'/api/v1/extract'.post.security", equalTo(null));
    }
}
