package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.relation;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.RelationshipType;

/** Sides taken on laws and parties, in wordings news uses. Every sentence is invented here. */
class StanceShapesTest {

    private static Extraction plain(String text) throws DocumentRejectedException {
        return Fixtures.extract("The Fjordline Trust is a Norwegian charity. " + text, "text/plain");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Fjordline Trust backed the Coastal Protection Directive throughout its passage.|Coastal Protection Directive",
        "The Fjordline Trust supported the Harbour Safety Act 2021 despite its costs.|Harbour Safety Act 2021",
        "It supports both the Coastal Party and the Green Alliance Party.|Coastal Party",
    })
    void shouldReadTheSideTaken(String sentence, String target) throws Exception {
        Extraction x = plain(sentence);
        assertTrue(relation(x, RelationshipType.SUPPORTS, "Fjordline Trust", target).isPresent(),
            "no SUPPORTS -> " + target + " in " + x.relationships() + " among " + x.entities());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "It supports the Fishers League, a trade body.|Fishers League",
    })
    void shouldNotTakeBackingABodyForAStance(String sentence, String target) throws Exception {
        Extraction x = plain(sentence);
        assertTrue(relation(x, RelationshipType.SUPPORTS, "Fjordline Trust", target).isEmpty(), x.relationships().toString());
    }
}
