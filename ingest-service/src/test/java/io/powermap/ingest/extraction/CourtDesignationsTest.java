package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;

/**
 * A court's names for the parties and papers of a case ("the 2nd Defendant", "Exhibit C", "the Plaintiff's
 * office") are roles, never organizations; the parties' own names still are. Every name here is invented.
 */
class CourtDesignationsTest {

    @Test
    void shouldNotTakeAPartyOrExhibitDesignationForAName() throws Exception {
        Extraction x = Fixtures.extract("""
            4. The 1st Defendant, Yaw Mensah-Boadi, admitted that Exhibit C was signed by the 2nd Plaintiff on behalf of
            the Obuasi Shea Growers Cooperative. The Defendant's office in Konongo was closed in 2023, and the Plaintiff
            tendered Exhibit D to show it.
            """, "text/plain");
        assertFalse(x.entities().stream().anyMatch(e -> e.name().matches(".*(Exhibit|Plaintiff|Defendant).*")),
            x.entities().toString());
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, "Obuasi Shea Growers Cooperative").isPresent(),
            x.entities().toString());
    }
}
