package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * A table whose first column is headed as member bodies ("Member association", "Affiliated unions") lists bodies
 * that belong to the document's subject; an amount beside each is what the member paid in, or, when the header calls
 * it a grant, what the subject paid the member. Every name and sentence here is invented.
 */
class MemberTableRowsTest {

    @Test
    void shouldReadMembersAndTheirDues() throws Exception {
        Extraction x = Fixtures.extract("""
            # Alpine Choir Federation

            The Alpine Choir Federation is the umbrella of amateur choirs in the three valleys. Dues received in 2025:

            | Member association | Dues 2025 (CHF) |
            |---|---|
            | Chorverein Tannegg | 4 200 |
            | Sängerbund Oberried | 3 100 |
            | Voxalpina | 2 800 |
            """, "text/markdown");
        Fixtures.expectRelation(x, RelationshipType.MEMBERSHIP, "Voxalpina", "Alpine Choir Federation");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Voxalpina", "Alpine Choir Federation");
        Fixtures.expectRelation(x, RelationshipType.MEMBERSHIP, "Chorverein Tannegg", "Alpine Choir Federation");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Sängerbund Oberried", "Alpine Choir Federation");
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, "Voxalpina").isPresent(), x.entities().toString());
    }

    @Test
    void shouldReadAGrantColumnAsMoneyPaidToTheMembers() throws Exception {
        Extraction x = Fixtures.extract("""
            # Coastal Dockworkers Congress

            The Coastal Dockworkers Congress shared its solidarity fund among three of its unions this year:

            | Affiliated unions | Grant 2026 (EUR) |
            |---|---|
            | Harbour Pilots Union | 12 000 |
            | Quayside Crane Operators Union | 9 500 |
            """, "text/markdown");
        Fixtures.expectRelation(x, RelationshipType.MEMBERSHIP, "Harbour Pilots Union", "Coastal Dockworkers Congress");
        Fixtures.expectRelation(x, RelationshipType.MEMBERSHIP, "Quayside Crane Operators Union", "Coastal Dockworkers Congress");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Coastal Dockworkers Congress", "Quayside Crane Operators Union");
        assertTrue(Fixtures.relation(x, RelationshipType.FUNDING, "Harbour Pilots Union", "Coastal Dockworkers Congress").isEmpty(),
            x.relationships().toString());
    }
}
