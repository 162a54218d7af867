package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.RelationshipType;

/**
 * "X, the Green MP for Y", "X, the Liberal councillor for Z": a legislator's seat said through the party that
 * holds it makes the person a member of the party, not a holder of a post at it, when the office is written after
 * the name as well as before it ("Green Party MP X"); a seat in a legislature the sentence does not name is no post
 * at the body the document is about. Every name and sentence here is invented.
 */
class PartySeatAppositionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Green Party|The bill was tabled by Gwen Arkwright, the Green MP for a leafy corner of Somerset.|Gwen Arkwright",
    })
    void shouldReadMembershipOfTheParty(String party, String sentence, String person) throws Exception {
        Extraction x = Fixtures.extract("The Harbour Family Forum is a think tank in Bristol, set up by a former " + party
            + " minister.\n\n" + sentence, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.MEMBERSHIP, person, party);
        assertTrue(Fixtures.relation(x, RelationshipType.POSITION, person, party).isEmpty(), x.relationships().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The motion came from Priya Raman, the Labour MP for Leeds North.|Priya Raman",
        "It was praised by Jonas Brekke, a senator for Nordland since 2019.|Jonas Brekke",
    })
    void shouldNotSeatTheLegislatorAtTheSubject(String sentence, String person) throws Exception {
        Extraction x = Fixtures.extract("The Harbour Family Forum is a think tank in Bristol.\n\n" + sentence, "text/plain");
        assertTrue(Fixtures.relation(x, RelationshipType.POSITION, person, "Harbour Family Forum").isEmpty(), x.relationships().toString());
    }
}
