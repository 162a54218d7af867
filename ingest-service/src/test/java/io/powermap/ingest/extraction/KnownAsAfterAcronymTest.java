package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.RelationshipType;

/**
 * "X (XYZ), known in English as Y", "X (XYZ), formerly the Y": another name given right after a name and its
 * bracketed acronym is still an alias of that body, as it is with no acronym between them, so what the text says
 * of Y is said of X. Every name and sentence here is invented.
 */
class KnownAsAfterAcronymTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "known in English as the|Ivorian Consumers League",
        "also known as the|Abidjan Shoppers League",
        "formerly the|Lagoon Buyers League",
    })
    void shouldKeepTheOtherNameOnTheBody(String cue, String other) throws Exception {
        Extraction x = Fixtures.extract("The Ligue Ivoirienne des Consommateurs (LIC), " + cue + " " + other
            + ", was set up in 1992 by Awa Koné-Traoré. It now campaigns against price gouging.", "text/plain");
        assertEquals("Ligue Ivoirienne des Consommateurs", Fixtures.entityNamed(x, other).orElseThrow().name(), x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Awa Koné-Traoré", "Ligue Ivoirienne des Consommateurs");
    }
}
