package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.expectRelation;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * A sentence that announces a body's programmes with a colon ("The office runs two programmes:") makes each item's
 * opening name a programme of the body, as a "Programmes" heading does; a name in a later sentence of the same item
 * (the funder) is not one. Invented names.
 */
class ProgrammeLeadInTest {

    private static final String TEXT = "The Dunmere Rivers Trust looks after the rivers of the Dunmere valley.\n\n"
        + "WHAT WE DO\n\n"
        + "The Dunmere Rivers Trust runs two programmes:\n\n"
        + "  a) Clear Weirs Initiative – volunteers remove old weirs. The Saltcote Heritage Foundation pays for it.\n"
        + "  b) Otter Count – a yearly survey of the valley's otters.\n\n"
        + "The trust has a staff of nine.\n";

    @Test
    void shouldTakeItemsUnderAProgrammeLeadInForTheBodysProgrammes() throws Exception {
        Extraction x = Fixtures.extract(TEXT, "text/plain");
        expectRelation(x, RelationshipType.CAMPAIGN, "Dunmere Rivers Trust", "Clear Weirs Initiative");
        expectRelation(x, RelationshipType.CAMPAIGN, "Dunmere Rivers Trust", "Otter Count");
        assertFalse(Fixtures.entity(x, EntityType.CAMPAIGN, "Saltcote Heritage Foundation").isPresent(), x.entities().toString());
    }
}
