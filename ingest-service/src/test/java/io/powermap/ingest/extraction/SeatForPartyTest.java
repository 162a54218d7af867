package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * A seat in a chamber and the party it was won for, told in one phrase ("a deputy in the X for the Y Party"): the
 * chamber is a post, the party a membership, and the two are two names. Every text is invented here.
 */
class SeatForPartyTest {

    private static final String PROFILE = "The Kestrel Valley Tenants Forum (KVTF) advises renters in Marwick. ";

    @Test
    void shouldSplitAChamberWithARunOnNameFromItsParty() throws Exception {
        Extraction x = Fixtures.extract(PROFILE + "Its treasurer's cousin, Odile Farrant, sits in the House of Delegates "
            + "for the Coastal Renewal Party (CRP) and chairs its transport committee.", "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, "House of Delegates").isPresent(), Fixtures.names(x, EntityType.ORGANIZATION).toString());
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Odile Farrant", "House of Delegates");
        Fixtures.expectRelation(x, RelationshipType.MEMBERSHIP, "Odile Farrant", "Coastal Renewal Party");
    }

    @Test
    void shouldReadAnOfficeInAChamberForAParty() throws Exception {
        Extraction x = Fixtures.extract(PROFILE + "Her uncle, Bastien Moreau-Lind, has long been a senator in the Upper Chamber "
            + "for the Mouvement Rural Uni, where he sits on the budget panel.", "text/plain");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Bastien Moreau-Lind", "Upper Chamber");
        Fixtures.expectRelation(x, RelationshipType.MEMBERSHIP, "Bastien Moreau-Lind", "Mouvement Rural Uni");
        assertFalse(Fixtures.relation(x, RelationshipType.POSITION, "Bastien Moreau-Lind", "Mouvement Rural Uni").isPresent(),
            x.relationships().toString());
    }

    @Test
    void shouldKeepACouncilNamedForItsPurposeWhole() throws Exception {
        Extraction x = Fixtures.extract(PROFILE + "Odile Farrant is a member of the Regional Council for the Care of Wetlands.",
            "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, "Regional Council for the Care of Wetlands").isPresent(),
            Fixtures.names(x, EntityType.ORGANIZATION).toString());
    }
}
