package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.powermap.contract.RelationshipType;

/**
 * A party named in brackets just after a person, as attendance lists and vote reports give legislators,
 * makes the person its member; a body in brackets that is no party does not. Every text is invented here.
 */
class BracketedPartyTest {

    @Test
    void shouldMakeThePersonAMemberOfTheBracketedParty() throws Exception {
        Extraction x = Fixtures.extract("Members present: Marta Oyelaran (Partido Ribereño), chair; Peter Dunmore (Harbour Party); "
            + "Laura Kemphorne (Harbour Party).", "text/plain");
        Fixtures.expectRelation(x, RelationshipType.MEMBERSHIP, "Marta Oyelaran", "Partido Ribereño");
        Fixtures.expectRelation(x, RelationshipType.MEMBERSHIP, "Peter Dunmore", "Harbour Party");
        Fixtures.expectRelation(x, RelationshipType.MEMBERSHIP, "Laura Kemphorne", "Harbour Party");
        assertFalse(Fixtures.relation(x, RelationshipType.POSITION, "Peter Dunmore", "Harbour Party").isPresent(),
            x.relationships().toString());
    }

    @Test
    void shouldNotReadABracketedEmployerAsAParty() throws Exception {
        Extraction x = Fixtures.extract("The panel heard Marta Oyelaran (Millbrook Tenants Association) on Tuesday.", "text/plain");
        assertFalse(Fixtures.relation(x, RelationshipType.MEMBERSHIP, "Marta Oyelaran", "Millbrook Tenants Association").isPresent(),
            x.relationships().toString());
    }
}
