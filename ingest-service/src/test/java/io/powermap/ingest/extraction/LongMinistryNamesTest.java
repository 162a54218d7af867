package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * A ministry named for many portfolios stays one body when one portfolio is a body's keyword alone ("Police") or holds
 * one inside it ("Civil Service Renewal"), and when five portfolios make the name longer than twelve words; a list
 * whose item ends with a body's keyword ("Harbour Rowing Club") is still a list. Every name here is invented.
 */
class LongMinistryNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ministry of Lagoons, Chieftaincy Matters, Rural Roads and Police",
        "Ministry of Sport, Civil Service Renewal and Faith Communities",
        "Ministry of Fisheries, Civil Service Renewal, Digital Inclusion, Family Welfare and Heritage Affairs",
    })
    void shouldKeepEveryPortfolio(String ministry) throws Exception {
        Extraction x = Fixtures.extract("Late last year the " + ministry + " drafted the Reef Moorings Bill 2027. "
            + "The Saltpan Boat Owners Guild has said it opposes the bill.", "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, ministry).isPresent(), x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.SUPPORTS, ministry, "Reef Moorings Bill 2027");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the Ministry of Tourism, Harbour Rowing Club and Quayside Arts|Harbour Rowing Club",
    })
    void shouldLeaveAListOfBodiesApart(String list, String body) throws Exception {
        Extraction x = Fixtures.extract("Flags were hung along the quay by " + list + " before the regatta.", "text/plain");
        assertTrue(Fixtures.names(x, EntityType.ORGANIZATION).contains(body), x.entities().toString());
    }
}
