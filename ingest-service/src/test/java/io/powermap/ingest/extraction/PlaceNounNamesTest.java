package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Capitalised words right before a lower-case noun for a kind of place ("Kivala district", "the Orno, Tesk and
 * Varra villages") name places, not bodies; a name with a body's keyword stays one ("Kivala Farmers Union district
 * office" keeps its union).
 * Every name and sentence here is invented.
 */
class PlaceNounNamesTest {

    @Test
    void shouldNotTakePlacesBeforeAPlaceNounForBodies() throws Exception {
        String text = """
            The cooperative

            The Pelo Honey Cooperative was formed by twelve groups of Orno, Tesk and Varra villages. Its treasurer \
            farms in Kivala district, and the Kivala Farmers Union has backed the cooperative since 2019.
            """;
        Extraction x = Fixtures.extract(text, "text/plain");
        for (String place : new String[] {"Orno", "Tesk", "Varra", "Kivala"}) {
            assertTrue(Fixtures.entityNamed(x, place).isEmpty(), place + " in " + x.entities());
        }
        assertTrue(Fixtures.entityNamed(x, "Kivala Farmers Union").isPresent(), x.entities().toString());
        assertTrue(Fixtures.entityNamed(x, "Pelo Honey Cooperative").isPresent(), x.entities().toString());
    }
}
