package io.powermap.search.rest;

import static io.powermap.search.support.Changes.organization;
import static io.powermap.search.support.Changes.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.search.support.Changes;
import io.powermap.testsupport.KafkaBrokerResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class SearchTextTest {

    private static void awaitHit(String q, String id) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("q", q).get("/api/v1/search")
            .then().statusCode(200).body("hits.id", hasItem(id)));
    }

    @Test
    void shouldFindAnImmigrantCoalitionWhenSearchingForImmigration() {
        String id = organization("Lakeshore Immigrant and Refugee Advocacy Coalition");
        awaitHit("immigration", id);
        given().queryParam("q", "refugees advocate").get("/api/v1/search").then().body("hits.id", hasItem(id));
    }

    @Test
    void shouldFindAFoundationWithAnUmlautWhenTypedWithout() {
        String id = organization("Müller-Stiftung für Flussauen");
        awaitHit("Muller", id);
        given().queryParam("q", "muller stiftung fur flussauen").get("/api/v1/search").then().body("hits.id", hasItem(id));
    }

    @Test
    void shouldFindAnOrganizationDespiteATypoInItsName() {
        String id = organization("Amnesty International");
        awaitHit("Amnesty Internatonal", id);
        given().queryParam("q", "Amnesty Internatonal").get("/api/v1/search")
            .then().body("hits[0].id", equalTo(id));
    }

    @Test
    void shouldRankTheOrganizationNamedExactlyAboveThoseThatOnlyMentionTheWords() {
        String word = uniqueWord();
        String longer = organization(word + " Tenants Union of the Northern Valley");
        String exact = organization(word + " Tenants Union");
        awaitHit(word, longer);
        awaitHit(word, exact);
        given().queryParam("q", word + " Tenants Union").get("/api/v1/search")
            .then().body("hits[0].id", equalTo(exact));
    }

    @Test
    void shouldMatchAPhraseOnlyWithItsWordsInOrder() {
        String word = uniqueWord();
        String inOrder = organization(word + " Clean Water Alliance");
        String shuffled = organization(word + " Water Clean Alliance");
        awaitHit(word, shuffled);
        given().queryParam("q", word + " \"clean water\"").get("/api/v1/search")
            .then().body("hits.id", hasItem(inOrder)).body("hits.id", not(hasItem(shuffled)));
    }

    @Test
    void shouldFindAnEntityByTheSentenceOfOneOfItsTiesAndHighlightIt() {
        String word = uniqueWord();
        String funder = organization("Birchwood Family Trust");
        String grantee = Changes.entity(EntityType.CAMPAIGN, "Open Shorelines Drive", Map.of());
        Changes.tie(RelationshipType.FUNDING, funder, "Birchwood Family Trust", grantee, "Open Shorelines Drive",
            "The trust paid for the " + word + " survey of public beaches in 2019.");

        awaitHit(word, grantee);
        given().queryParam("q", word).queryParam("type", "campaign").get("/api/v1/search")
            .then().body("hits[0].id", equalTo(grantee))
            .body("hits[0].snippets[0].field", equalTo("evidence"))
            .body("hits[0].snippets[0].parts.find { it.match }.text", equalTo(word));
    }

    @Test
    void shouldHighlightTheWordAPrefixMatchedInASentence() {
        String word = uniqueWord();
        String funder = organization("Alderbank Community Fund");
        String grantee = Changes.entity(EntityType.CAMPAIGN, "Quiet Harbours Drive", Map.of());
        Changes.tie(RelationshipType.FUNDING, funder, "Alderbank Community Fund", grantee, "Quiet Harbours Drive",
            "The fund paid for the " + word + "dredging of the old pier in 2021.");

        awaitHit(word + "dredging", grantee);
        // the stem of the word is "...dredg": the typed prefix is longer than it, and must still match
        // the word as written; its snippet comes from the offsets in the postings, as a whole word's does
        given().queryParam("q", word.toLowerCase() + "dredgi*").queryParam("type", "campaign").get("/api/v1/search")
            .then().body("hits[0].id", equalTo(grantee))
            .body("hits[0].snippets[0].field", equalTo("evidence"))
            .body("hits[0].snippets[0].parts.find { it.match }.text", equalTo(word + "dredging"));
    }

    @Test
    void shouldFindANameByAPrefixAfterAStopWord() {
        // over the four fields one by one this found nothing ("Coalition for Gun*": 0 of 2,774 matches)
        String word = uniqueWord();
        String id = organization(word + " Coalition for Gun Safety");
        awaitHit(word, id);
        given().queryParam("q", word + " Coalition for Gun Saf*").get("/api/v1/search").then().body("hits.id", hasItem(id));
    }

    @Test
    void shouldFindAnEntityByAnAttributeAndAnAlias() {
        String word = uniqueWord();
        String id = Changes.entity(EntityType.ORGANIZATION, "Harbor Light Reading Project",
            Map.of("headquarters", word + "ville"), "HLRP" + word);
        awaitHit(word + "ville", id);
        given().queryParam("q", "hlrp" + word.toLowerCase()).get("/api/v1/search").then().body("hits.id", hasItem(id));
    }

    @Test
    void shouldExplainAQueryItCannotReadWith400() {
        given().queryParam("q", "\"unclosed (quote AND").get("/api/v1/search")
            .then().statusCode(400).contentType("application/problem+json")
            .body("status", equalTo(400))
            .body("detail", containsString("could not be read"))
            .body("detail", not(containsString("Exception")));
    }

    @Test
    void shouldRejectUnknownTypesSortsAndOverlongQueries() {
        given().queryParam("type", "STAR").get("/api/v1/search").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("relationship", "FRIEND").get("/api/v1/search").then().statusCode(400);
        given().queryParam("sort", "alphabet").get("/api/v1/search").then().statusCode(400);
        given().queryParam("limit", "0").get("/api/v1/search").then().statusCode(400);
        given().queryParam("limit", "ten").get("/api/v1/search").then().statusCode(400);
        given().queryParam("cursor", "not-a-cursor").get("/api/v1/search").then().statusCode(400);
        given().queryParam("q", "a".repeat(501)).get("/api/v1/search").then().statusCode(400);
    }
}
