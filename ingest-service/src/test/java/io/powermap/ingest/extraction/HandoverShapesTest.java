package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;

/** A post handed from one holder to the next (rule position.handover). Every sentence is invented here. */
class HandoverShapesTest {

    private static Extraction plain(String text) throws DocumentRejectedException {
        return Fixtures.extract("The Saltmarsh Housing Forum is a tenants' charity in Essex. " + text, "text/plain");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Odette Marsh chaired it for twelve years and handed the chair to the barrister Ngozi Adeyemi-Clark in 2020.|Ngozi Adeyemi-Clark|2020",
        "Tuomas Vaara ran the office until 2018, when he handed the post to Aigerim Sadykova.|Aigerim Sadykova|2018",
        "Day-to-day management passed in 2015 to Bartek Zielinski-Hart, an economist.|Bartek Zielinski-Hart|2015",
        "Imre Kovacs led the secretariat from 2009 to 2014, followed by Lucia Ferreira-Gomes until 2019.|Lucia Ferreira-Gomes|2014",
    })
    void shouldGiveTheSuccessorAPostFromTheYearOfTheHandover(String sentence, String successor, String start) throws Exception {
        ExtractedRelationship r = Fixtures.expectRelation(plain(sentence), RelationshipType.POSITION, successor, "Saltmarsh Housing Forum");
        assertEquals(start, r.start(), r.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Kenji Mori took over from Petra Lindahl as director in 2022.|Kenji Mori|Petra Lindahl",
    })
    void shouldGiveTheRoleToWhoeverTookOver(String sentence, String successor, String predecessor) throws Exception {
        Extraction x = plain(sentence);
        assertEquals("director", Fixtures.expectRelation(x, RelationshipType.POSITION, successor, "Saltmarsh Housing Forum").role());
        assertTrue(Fixtures.relation(x, RelationshipType.POSITION, predecessor, "Saltmarsh Housing Forum")
            .map(r -> !"director".equals(r.role()) || Boolean.FALSE.equals(r.current())).orElse(true), x.relationships().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Odette Marsh handed a petition to Ngozi Adeyemi-Clark in 2020.",
        "The council passed the motion to Ngozi Adeyemi-Clark for comment.",
        "Odette Marsh followed Ngozi Adeyemi-Clark into the hall.",
    })
    void shouldNotReadAHandoverWhereNoPostChangesHands(String sentence) throws Exception {
        Extraction x = plain(sentence);
        assertTrue(Fixtures.relation(x, RelationshipType.POSITION, "Ngozi Adeyemi-Clark", "Saltmarsh Housing Forum").isEmpty(),
            x.relationships().toString());
    }
}
