package io.powermap.profile.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.profile.service.DocumentApplier;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class RevisedDocumentTest {

    private static final EntityType ORG = EntityType.ORGANIZATION;

    @Inject
    DocumentApplier applier;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void shouldReplaceTheAliasesAttributesAndTieFieldsARevisedDocumentNoLongerGives() {
        String revised = "https://example.org/revised/" + UUID.randomUUID();
        String other = "https://example.org/revised/" + UUID.randomUUID();
        String league = "Copperfield Tenants League " + run;
        String fund = "Brightwater Fund " + run;
        applier.apply(TestDocument.withId(revised)
            .entity("a", ORG, league, Map.of("founded", "1990", "city", "Lowmoor"), "Copperfield Renters " + run)
            .entity("f", ORG, fund).tie(RelationshipType.FUNDING, "f", "a", null, "100").build());
        applier.apply(TestDocument.withId(other)
            .entity("a", ORG, league, Map.of("headquarters", "Dock Road"), "CTL League " + run).build());

        applier.apply(TestDocument.withId(revised).entity("a", ORG, league, Map.of("founded", "1991"))
            .entity("f", ORG, fund).tie(RelationshipType.FUNDING, "f", "a", null, null).build());

        String id = given().queryParam("name", league).get("/api/v1/entities").jsonPath().getString("[0].id");
        given().get("/api/v1/entities/" + id).then().statusCode(200)
            .body("aliases", not(hasItem("Copperfield Renters " + run)))
            .body("aliases", hasItem("CTL League " + run))
            .body("attributes.founded", equalTo("1991"))
            .body("attributes", not(hasKey("city")))
            .body("attributes.headquarters", equalTo("Dock Road"))
            .body("relationships.other.name", contains(fund))
            .body("relationships[0].amount", nullValue());
    }

    /**
     * A statement is kept on the document's first sentence for the tie, or in a row of its own
     * when the document gives no sentence for it (V16); a revision withdraws either, and the tie's
     * fields become what the latest statement still standing says, wherever it is kept.
     */
    @Test
    void shouldRestateATieFromStatementsWithAndWithoutSentences() {
        String withSentence = "https://example.org/revised/" + UUID.randomUUID();
        String withoutSentence = "https://example.org/revised/" + UUID.randomUUID();
        String league = "Ferncliff Housing League " + run;
        String fund = "Saltmarsh Fund " + run;
        applier.apply(TestDocument.withId(withSentence).entity("a", ORG, league).entity("f", ORG, fund)
            .tie(RelationshipType.FUNDING, "f", "a", null, "100").build());
        applier.apply(TestDocument.withId(withoutSentence).entity("a", ORG, league).entity("f", ORG, fund)
            .tieWithoutSentence(RelationshipType.FUNDING, "f", "a", "50").build());
        String id = given().queryParam("name", league).get("/api/v1/entities").jsonPath().getString("[0].id");
        given().get("/api/v1/entities/" + id).then().statusCode(200)
            .body("relationships[0].amount", equalTo(50.0f));

        // the later statement (no sentence) withdrawn and given again without an amount: the earlier one's stands
        applier.apply(TestDocument.withId(withoutSentence).entity("a", ORG, league).entity("f", ORG, fund)
            .tieWithoutSentence(RelationshipType.FUNDING, "f", "a", null).build());
        given().get("/api/v1/entities/" + id).then().statusCode(200)
            .body("relationships[0].amount", equalTo(100.0f));

        // the earlier statement (on a sentence) withdrawn and given again without an amount: none stands
        applier.apply(TestDocument.withId(withSentence).entity("a", ORG, league).entity("f", ORG, fund)
            .tie(RelationshipType.FUNDING, "f", "a", null, null).build());
        given().get("/api/v1/entities/" + id).then().statusCode(200)
            .body("relationships[0].amount", nullValue());
    }
}
