package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * A plain-text table whose columns are kept apart by runs of spaces, under a header of column words, is read row by
 * row like any other table: a staff list's names and posts, a donor list's givers (a name too long for its column
 * carried on to the next line, a long post going on under its own column). Every name and sentence here is invented.
 */
class SpacedTablesTest {

    @Test
    void shouldReadAStaffListAlignedWithSpaces() throws Exception {
        Extraction x = Fixtures.extract("""
            Brackwater Tenants Federation: staff list

            The Brackwater Tenants Federation was set up in 1998 in Leeds.

              Name                      Post                        Since
              Oona Fairbairn-Kessler    Director                    2019
              Dylan Mwangi-Roth         Head of campaigns and       2021
                                        member services
              Sunniva Haraldsen         Finance officer             2023

            The federation's chair is elected every two years.
            """, "text/plain");
        assertEquals("finance officer",
            Fixtures.expectRelation(x, RelationshipType.POSITION, "Sunniva Haraldsen", "Brackwater Tenants Federation").role());
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Oona Fairbairn-Kessler", "Brackwater Tenants Federation");
        assertTrue(Fixtures.names(x, EntityType.PERSON).stream().noneMatch(n -> n.endsWith("Director")),
            Fixtures.names(x, EntityType.PERSON).toString());
    }

    @Test
    void shouldCarryAWrappedDonorNameOnToItsRow() throws Exception {
        Extraction x = Fixtures.extract("""
            Holmvik River Alliance
            Annual accounts 2025

            The Holmvik River Alliance works to keep the western fjords free of fish-farm waste. Its largest gifts in
            2025 were:

                Donor                                Amount (NOK)        Year
                Lindgren Coastal Foundation              450 000        2025
                Nordhavn Climate
                  and Ocean Trust                         75 000        2025
                Saltvik Savings Bank                     120 000        2024-2025

            No other gift was above NOK 50 000.
            """, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Nordhavn Climate and Ocean Trust", "Holmvik River Alliance");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Saltvik Savings Bank", "Holmvik River Alliance");
    }
}
