package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * A ministry named for several portfolios keeps them all, past its commas, when they are capitalised and end
 * with "and" (or "e", "et", "y") and one more: one body, not a ministry and a list of other bodies. A list that
 * goes on into another name ("..., Oxfam and Save the Children") is still a list. Every name here is invented.
 */
class MinistryPortfoliosTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ministry of Fisheries, Ocean Resources and Tourism",
        "Ministry of Youth, Sport, Culture and Heritage",
        "Ministério da Agricultura, Pescas e Florestas",
        "Ministère de l'Eau, Assainissement et Hygiène",
    })
    void shouldKeepEveryPortfolio(String ministry) throws Exception {
        Extraction x = Fixtures.extract("Noor Fadel-Amari has led the " + ministry + " since 2022. The " + ministry
            + " drafted the Coastal Permits Bill 2026, which the Lagoon Fishers Union opposes.", "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, ministry).isPresent(), x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.SUPPORTS, ministry, "Coastal Permits Bill 2026");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the Ministry of Health, Oxfam and Save the Children|Ministry of Health",
    })
    void shouldLeaveAListOfBodiesApart(String list, String first) throws Exception {
        Extraction x = Fixtures.extract("A letter from " + list + " asked for clean water in schools.", "text/plain");
        assertTrue(Fixtures.names(x, EntityType.ORGANIZATION).contains(first), x.entities().toString());
    }
}
