package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.entity;
import static io.powermap.ingest.extraction.Fixtures.relation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.powermap.contract.EntityType;
import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;

/**
 * People listed one to a line after a lead-in, without bullets, and people whose role stands beside
 * the name in brackets or after a dash. Every sentence is invented for this test.
 */
class ListedPeopleTest {

    private static Extraction plain(String text) throws DocumentRejectedException {
        return Fixtures.extract(text, "text/plain");
    }

    private static void expectPosition(Extraction x, String person, String body, String role) {
        ExtractedRelationship r = relation(x, RelationshipType.POSITION, person, body).orElse(null);
        assertTrue(r != null, "no POSITION " + person + " -> " + body + " among " + x.relationships() + " " + x.entities());
        assertEquals(role, r.role());
    }

    @Test
    void shouldReadEachUnbulletedLineAfterALeadInAsOneMember() throws Exception {
        Extraction x = plain("""
            Marsh Valley Water Trust
            The trust was set up in 2009 to protect the valley's springs. Its board, elected last spring, is made up of:
            Teodora Vasquez-Lind (chair)
            Olumide Adeyemi-Kraus (vice-chair for the upper valley)
            Ingvild Sæterbakken (treasurer)

            The board meets four times a year.
            """);
        expectPosition(x, "Teodora Vasquez-Lind", "Marsh Valley Water Trust", "chair");
        expectPosition(x, "Olumide Adeyemi-Kraus", "Marsh Valley Water Trust", "vice-chair");
        expectPosition(x, "Ingvild Sæterbakken", "Marsh Valley Water Trust", "treasurer");
    }

    @Test
    void shouldKeepAWrappedParagraphAfterAColonOneParagraph() throws Exception {
        Extraction x = plain("""
            Marsh Valley Water Trust
            The trust said in a statement:
            The grant from the Heron Lake Foundation will pay for new pipes and
            for a survey of the springs in 2027.
            """);
        assertTrue(relation(x, RelationshipType.FUNDING, "Heron Lake Foundation", "Marsh Valley Water Trust").isPresent(),
            "the wrapped sentence stays whole: " + x.relationships());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The accounts of the Marsh Valley Water Trust were presented by Bartholomew Nkemelu-Ossai (treasurer) on Monday.",
        "The trust thanked Bartholomew Nkemelu-Ossai \u2014 treasurer of the Marsh Valley Water Trust since 2021.",
    })
    void shouldReadANameBesideARoleAsAPerson(String sentence) throws Exception {
        Extraction x = plain(sentence);
        assertTrue(entity(x, EntityType.PERSON, "Bartholomew Nkemelu-Ossai").isPresent(), "a person: " + x.entities());
    }

    @Test
    void shouldKeepALineWrappedBeforeACapitalInsideItsSentence() throws Exception {
        Extraction x = plain("""
            Moorside Law Centre
            The centre is a legal charity in Hull. Its annual report says:
            In 2024 the centre received EUR 40,000 from the Heron Lake
            Foundation and EUR 12,000 from the Ostrava Civic
            Fund for a survey of tenants in the city.
            """);
        assertTrue(entity(x, EntityType.ORGANIZATION, "Heron Lake Foundation").isPresent(), x.entities().toString());
        assertTrue(entity(x, EntityType.ORGANIZATION, "Ostrava Civic Fund").isPresent(), x.entities().toString());
    }

    @Test
    void shouldNotMakeABodyAPersonForTheRoleNamedInsideItsBracket() throws Exception {
        Extraction x = plain("The Moorside Law Centre is a legal charity in Hull. Its committees include Hull Housing Watch "
            + "(chair: Ana Ruiz) and Tenant Voice (secretary: Ben Odede).");
        assertTrue(entity(x, EntityType.PERSON, "Tenant Voice").isEmpty(), x.entities().toString());
    }
}
