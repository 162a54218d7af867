package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.RelationshipType;

/**
 * A body named in its own language is often glossed in brackets: "X (in English, Y)", "X (XYZ; in English
 * usually the Y)", "X (English: Y)", "X (literally Y)". The gloss is another name of X, so "the union" and
 * what is said of Y later land on X, and the acronym before the gloss is X's too. Every name and sentence
 * here is invented.
 */
class GlossedNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "(ZRB; in English usually the Baltic Fishers Union)|Baltic Fishers Union",
        "(in English, the Union of Baltic Fishers)|Union of Baltic Fishers",
        "(English: Union of Baltic Fishers)|Union of Baltic Fishers",
        "(literally the Union of Baltic Fishers)|Union of Baltic Fishers",
        "(ZRB, known in English as the Baltic Net Union)|Baltic Net Union",
    })
    void shouldKeepTheGlossOnTheBody(String bracket, String gloss) throws Exception {
        Extraction x = Fixtures.extract("Związek Rybaków Bałtyckich " + bracket + " represents trawler crews of the Polish coast. "
            + "The union was founded in 1991 by Halina Wierzbicka, a net maker from Hel.", "text/plain");
        assertEquals("Związek Rybaków Bałtyckich", Fixtures.entityNamed(x, gloss).orElseThrow().name(), x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Halina Wierzbicka", "Związek Rybaków Bałtyckich");
    }
}
