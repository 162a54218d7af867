package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;

/**
 * A stretch of time spent at a body ties the person to it: "spent eight years at X", "worked for a decade with X" is an
 * affiliation, a post when the sentence names it ("as head of its legal desk"). Told in the past it has ended (with
 * the year of leaving when given); "has spent" keeps it current; "ten years in Lyon" names a place. Sentences are invented.
 */
class TenureShapesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Before she came to the forum, Odalys Ferreira spent nine years at the Itapuã Fishers Credit Union, leaving in 2020.|Odalys Ferreira|Itapuã Fishers Credit Union|2020",
        "Tavita Soliai worked for almost a decade with the Apia Reef Wardens Trust.|Tavita Soliai|Apia Reef Wardens Trust|",
        "Ruslan Beketov served two terms at the Karaganda Miners Welfare Fund before moving to Almaty.|Ruslan Beketov|Karaganda Miners Welfare Fund|",
        "Her deputy, Aigerim Sultanbekova, spent four years at the Shymkent office of the Steppe Water Council before joining in 2019 as its counsel.|Aigerim Sultanbekova|Steppe Water Council|2019",
    })
    void shouldReadAStretchOfTimeAtABodyAsAnEndedTie(String text, String person, String org, String end) throws Exception {
        ExtractedRelationship r = Fixtures.expectRelation(Fixtures.extract(text, "text/plain"), RelationshipType.AFFILIATION, person, org);
        assertEquals(Boolean.FALSE, r.current(), r.toString());
        assertEquals(end, r.end(), r.toString());
    }

    @Test
    void shouldReadThePostWhenTheStretchNamesIt() throws Exception {
        ExtractedRelationship r = Fixtures.expectRelation(Fixtures.extract("Odalys Ferreira spent nine years at the Itapuã "
            + "Fishers Credit Union, leaving in 2020 as its treasurer.", "text/plain"), RelationshipType.POSITION,
            "Odalys Ferreira", "Itapuã Fishers Credit Union");
        assertEquals("treasurer", r.role(), r.toString());
        assertEquals("2020", r.end(), r.toString());
    }

    @Test
    void shouldKeepAStretchStillRunningCurrent() throws Exception {
        ExtractedRelationship r = Fixtures.expectRelation(Fixtures.extract(
            "Ines Halloran has spent eleven years at the Shannon Estuary Anglers Association.", "text/plain"),
            RelationshipType.AFFILIATION, "Ines Halloran", "Shannon Estuary Anglers Association");
        assertEquals(Boolean.TRUE, r.current(), r.toString());
    }

    @Test
    void shouldNotTakeWorkWithABodyOnATaskOrYearsInATownForATie() throws Exception {
        Extraction x = Fixtures.extract("Ines Halloran worked with the Shannon Estuary Anglers Association on a survey of eels. "
            + "Later Ines Halloran spent ten years in Galway.", "text/plain");
        assertFalse(x.rules().values().stream().anyMatch(rules -> rules.contains("affiliation.tenure")), x.rules().toString());
        assertFalse(x.entities().stream().anyMatch(e -> e.name().equals("Galway")), x.entities().toString());
    }
}
