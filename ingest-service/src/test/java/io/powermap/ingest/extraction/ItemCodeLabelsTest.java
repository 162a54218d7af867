package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * Codes numbering a document's points ("K1", "K2", "R3") open lines but are no part of the names after them; a name
 * that starts with letters and digits of its own ("C4 Center") is kept when no series of such codes opens lines.
 */
class ItemCodeLabelsTest {

    @Test
    void shouldReadTheNameAfterANumberedPointsCode() throws Exception {
        Extraction x = Fixtures.extract("""
            Key findings
            K1 Ondine Baptiste-Lamarre chairs the Port Salin Net Menders Guild.
            K2 Teodor Vasquez Ruan keeps its accounts.
            K3 The Lagoon Savings Fund lent the guild money in 2023.
            """, "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.PERSON, "Ondine Baptiste-Lamarre").isPresent(), x.entities().toString());
        assertTrue(Fixtures.relation(x, RelationshipType.POSITION, "Ondine Baptiste-Lamarre", "Port Salin Net Menders Guild")
            .isPresent(), x.relationships().toString());
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, "Lagoon Savings Fund").isPresent(), x.entities().toString());
        assertFalse(x.entities().stream().anyMatch(e -> e.name().matches("K\\d.*")), x.entities().toString());
    }

    @Test
    void shouldKeepLettersAndDigitsThatBelongToAName() throws Exception {
        Extraction x = Fixtures.extract("C4 Center trains local reporters, and the Tidewater Media Fund pays for it.",
            "text/plain");
        assertTrue(Fixtures.entityNamed(x, "C4 Center").isPresent(), x.entities().toString());
    }
}
