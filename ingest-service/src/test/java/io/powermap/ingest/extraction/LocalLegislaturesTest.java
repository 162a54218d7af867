package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.powermap.contract.RelationshipType;

/**
 * A legislature named in its own language ("Skupština ...", "Sobranie ...", "Asamblea ...") is a seat a person holds,
 * not a club she joins: "a member of" it is a POSITION, as it is for a "Parliament" or an "Assembly". Every text is
 * invented here.
 */
class LocalLegislaturesTest {

    @Test
    void shouldSeatAMemberOfALegislatureNamedInItsOwnLanguage() throws Exception {
        Extraction x = Fixtures.extract("Her cousin, Dario Petrović, is a member of the Skupština Grada Mostara for the "
            + "Harbour Party. Lena Ivanoska has been a member of the Sobranie Opštine Ohrid since 2021.", "text/plain");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Dario Petrović", "Skupština Grada Mostara");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Lena Ivanoska", "Sobranie Opštine Ohrid");
        assertFalse(Fixtures.relation(x, RelationshipType.MEMBERSHIP, "Dario Petrović", "Skupština Grada Mostara").isPresent(),
            x.relationships().toString());
    }

    @Test
    void shouldEndALegislaturesOneWordNameBeforeThePartyItsMemberSitsFor() throws Exception {
        Extraction x = Fixtures.extract("Tomas Vaitkus, a dairy farmer, is a member of the Seimas for the Green Union (GU) "
            + "and chairs its budget group.", "text/plain");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Tomas Vaitkus", "Seimas");
        Fixtures.expectRelation(x, RelationshipType.MEMBERSHIP, "Tomas Vaitkus", "Green Union");
    }
}
