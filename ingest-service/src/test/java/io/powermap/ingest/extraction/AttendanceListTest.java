package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.powermap.contract.RelationshipType;

/**
 * The attendance line of a body's own minutes names the holders of its seats: each person listed after "Trustees
 * present:" or "Governors absent:" gets a post at the body the record is about, even with no role beside the name.
 * Every text is invented here.
 */
class AttendanceListTest {

    @Test
    void shouldSeatEveryTrusteeListedAsPresent() throws Exception {
        Extraction x = Fixtures.extract("""
            Hollowbrook River Trust
            Minutes of the spring meeting of the trustees, held in Carnmoor on 3 April 2031

            Trustees present: Edwina Marchbanks (chair); Tobias Quenell; Ruth Abernathy-Cole; Desmond Okoro-Fell (treasurer).

            The Hollowbrook River Trust agreed to restore two weirs on the upper river this summer.
            """, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Tobias Quenell", "Hollowbrook River Trust");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Ruth Abernathy-Cole", "Hollowbrook River Trust");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Edwina Marchbanks", "Hollowbrook River Trust");
    }

    @Test
    void shouldSeatGovernorsAbsentWithApologiesButNotAPlainPresenceList() throws Exception {
        Extraction x = Fixtures.extract("""
            Saltmarsh Community Schools Foundation
            Record of the board meeting of 12 June 2032

            Governors absent with apologies: Priyanka Vellacott, Anselm Rookwood.

            Present: Harriet Dunstable.

            The Saltmarsh Community Schools Foundation approved its budget for the coming year.
            """, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Priyanka Vellacott", "Saltmarsh Community Schools Foundation");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Anselm Rookwood", "Saltmarsh Community Schools Foundation");
        assertFalse(Fixtures.relation(x, RelationshipType.POSITION, "Harriet Dunstable", "Saltmarsh Community Schools Foundation").isPresent(),
            x.relationships().toString());
    }
}
