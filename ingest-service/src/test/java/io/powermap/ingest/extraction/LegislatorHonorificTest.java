package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.powermap.contract.RelationshipType;

/**
 * A legislator named with the honorific of one chamber ("MEP A", "MK B") is a person; the seat is in that chamber when
 * the text names it, and a bare name in brackets right after (or "of the X Party") is the party; a longer body inside
 * the chamber is not the seat. Every name and sentence here is invented.
 */
class LegislatorHonorificTest {

    @Test
    void shouldSeatTheLegislatorAndTakeTheBracketedParty() throws Exception {
        Extraction x = Fixtures.extract("On Wednesday MEP Ilse Vandermolen-Kraus (Groen Verbond) told the European "
            + "Parliament that the ferry subsidy was unlawful.", "text/plain");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Ilse Vandermolen-Kraus", "European Parliament");
        Fixtures.expectRelation(x, RelationshipType.MEMBERSHIP, "Ilse Vandermolen-Kraus", "Groen Verbond");
    }

    @Test
    void shouldTakeThePartyAfterOfThe() throws Exception {
        Extraction x = Fixtures.extract("The grain levy was proposed by MK Tzofia Aharonov-Levin (Gesher Hadash) and "
            + "seconded by MK Avner Shaked-Rom of the Northern Farmers Party.", "text/plain");
        Fixtures.expectRelation(x, RelationshipType.MEMBERSHIP, "Tzofia Aharonov-Levin", "Gesher Hadash");
        Fixtures.expectRelation(x, RelationshipType.MEMBERSHIP, "Avner Shaked-Rom", "Northern Farmers Party");
    }

    @Test
    void shouldNotSeatTheLegislatorInACommittee() throws Exception {
        Extraction x = Fixtures.extract("MK Tzofia Aharonov-Levin (Gesher Hadash) asked the Knesset Water Committee "
            + "for a second hearing.", "text/plain");
        assertFalse(Fixtures.relation(x, RelationshipType.POSITION, "Tzofia Aharonov-Levin", "Knesset Water Committee")
            .isPresent(), x.relationships().toString());
    }
}
