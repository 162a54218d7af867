package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.powermap.contract.RelationshipType;

/**
 * A body founded by a group described in lower-case words, some of which are then named ("set up by eleven
 * co-operatives, among them A and B"): the named ones are founders, and members too when the text says they still
 * are. Every text is invented here.
 */
class FoundedByGroupTest {

    @Test
    void shouldMakeTheNamedBodiesFoundersAndStillMembers() throws Exception {
        Extraction x = Fixtures.extract("The Upland Growers Alliance (UGA) markets tea from the northern hills. "
            + "The alliance was formed in 1996 by eleven farm co-operatives, among them the Kessel Ridge Cooperative "
            + "and the Hollin Valley Planters Union (HVPU), both of which still remain members.", "text/plain");
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Kessel Ridge Cooperative", "Upland Growers Alliance");
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Hollin Valley Planters Union", "Upland Growers Alliance");
        Fixtures.expectRelation(x, RelationshipType.MEMBERSHIP, "Kessel Ridge Cooperative", "Upland Growers Alliance");
        Fixtures.expectRelation(x, RelationshipType.MEMBERSHIP, "Hollin Valley Planters Union", "Upland Growers Alliance");
    }

    @Test
    void shouldNotMakeFoundersMembersWhenNothingSaysSo() throws Exception {
        Extraction x = Fixtures.extract("The Upland Growers Alliance (UGA) markets tea from the northern hills. "
            + "It was created in 1996 by a handful of planters' groups, including the Kessel Ridge Cooperative.", "text/plain");
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Kessel Ridge Cooperative", "Upland Growers Alliance");
        assertFalse(Fixtures.relation(x, RelationshipType.MEMBERSHIP, "Kessel Ridge Cooperative", "Upland Growers Alliance")
            .isPresent(), x.relationships().toString());
    }
}
