package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;

/**
 * A donor table as text pulled out of a PDF gives it: a header of column words, then one line per row with the
 * cells run together. Each row is a grant from its donor to the report's body, with amount and period; the
 * purpose is not read into the donor's name. Every text is invented here.
 */
class RunTogetherDonorTablesTest {

    private static final String REPORT = """
        Lakeshore Civic Forum - Annual Report

        We thank everyone who kept the Tenant Hotline open this year.

        Our donors
        Donor Purpose Amount Period
        Northbridge Trust Core support EUR 75,000 2024-2026
        Meadowvale Foundation Tenant Hotline USD 20k 2025
        RCDF Youth debates £12,500 2025

        Notes
        Northbridge Trust has supported the forum since 2019.
        """;

    @Test
    void shouldReadEachRunTogetherRowAsAGrant() throws Exception {
        Extraction x = Fixtures.extract(REPORT, "text/plain");
        ExtractedRelationship core = Fixtures.expectRelation(x, RelationshipType.FUNDING, "Northbridge Trust",
            "Lakeshore Civic Forum");
        assertEquals("EUR", core.currency());
        assertEquals(0, core.amount().compareTo(new java.math.BigDecimal("75000")), core.toString());
        assertEquals("2024", core.start());
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Meadowvale Foundation", "Lakeshore Civic Forum");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "RCDF", "Lakeshore Civic Forum");
    }

    @Test
    void shouldPayTheReportsBodyNotItsManagingBoard() throws Exception {
        Extraction x = Fixtures.extract("""
            Lakeshore civic forum - Annual Report

            A letter from the chair of the Managing Board
            The Managing Board met six times. The Managing Board approved the budget. The Lakeshore Civic Forum grew.

            Donor Purpose Amount Period
            Northbridge Trust Core support EUR 75,000 2024-2026
            Individual members Membership dues EUR 4,000 2025
            """, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Northbridge Trust", "Lakeshore Civic Forum");
        assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("Managing Board")), x.entities().toString());
        assertTrue(x.relationships().stream().filter(r -> r.type() == RelationshipType.FUNDING).count() == 1,
            x.relationships().toString());
    }

    @Test
    void shouldKeepThePurposeOutOfTheDonorsName() throws Exception {
        Extraction x = Fixtures.extract(REPORT, "text/plain");
        assertFalse(Fixtures.entityNamed(x, "Meadowvale Foundation Tenant Hotline").isPresent(), x.entities().toString());
        assertFalse(Fixtures.entityNamed(x, "Northbridge Trust Core").isPresent(), x.entities().toString());
        assertTrue(Fixtures.entityNamed(x, "Meadowvale Foundation").isPresent(), x.entities().toString());
    }

    @Test
    void shouldReadRowsPastAPageFooterWithoutARepeatedHeader() throws Exception {
        Extraction x = Fixtures.extract("""
            Lakeshore Civic Forum - Annual Report

            We thank everyone who kept the Tenant Hotline open this year.

            Our donors
            Donor Purpose Amount Period
            Northbridge Trust Core support EUR 75,000 2024-2026
            Meadowvale Foundation Tenant Hotline EUR 20,000 2025

            Lakeshore Civic Forum - Annual Report 2025 - page 3



            Orrin Valley Fund Youth debates EUR 12,500 2025
            Saltwick Community Foundation Legal clinic EUR 9,000 2025

            Notes
            Northbridge Trust has supported the forum since 2019.
            """, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Meadowvale Foundation", "Lakeshore Civic Forum");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Orrin Valley Fund", "Lakeshore Civic Forum");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Saltwick Community Foundation", "Lakeshore Civic Forum");
        assertFalse(x.entities().stream().anyMatch(e -> e.name().startsWith("Orrin Valley Fund Youth")), x.entities().toString());
    }
}
