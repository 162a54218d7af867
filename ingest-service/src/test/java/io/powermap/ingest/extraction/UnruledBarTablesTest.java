package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.powermap.contract.RelationshipType;

/**
 * A plain-text table written with bars between its cells and no rule line under its header is read as a table: each
 * row is one trustee, with the post on the board and the one held elsewhere; "member, X" elsewhere is belonging to X,
 * not a post. A lone line with a bar or two stays prose. Every name and sentence here is invented.
 */
class UnruledBarTablesTest {

    private static final String PROFILE = """
        Glassmoor River Keepers: who we are

        The Glassmoor River Keepers test the water of three rivers every month and publish what they find.

        Our trustees, as listed in this year's accounts:

        Trustee | Role | Since | Occupation
        Perpetua Oyelaran-Stott | Chair | 2018 | hydrologist, Cadbeck Polytechnic
        Idris Maelwyn-Corr | Treasurer | 2021 | member, Northvale Institute of Auditors
        Ottilie Farrant-Shaw | Secretary | 2023 | ranger, Heronsgate Estate Trust

        We meet four times a year in the old pump house.
        """;

    @Test
    void shouldReadEachRowAsATrustee() throws Exception {
        Extraction x = Fixtures.extract(PROFILE, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Perpetua Oyelaran-Stott", "Glassmoor River Keepers");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Idris Maelwyn-Corr", "Glassmoor River Keepers");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Perpetua Oyelaran-Stott", "Cadbeck Polytechnic");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Ottilie Farrant-Shaw", "Heronsgate Estate Trust");
    }

    @Test
    void shouldTakeAMemberElsewhereAsBelonging() throws Exception {
        Extraction x = Fixtures.extract(PROFILE, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.MEMBERSHIP, "Idris Maelwyn-Corr", "Northvale Institute of Auditors");
        assertFalse(Fixtures.relation(x, RelationshipType.POSITION, "Idris Maelwyn-Corr", "Northvale Institute of Auditors")
            .isPresent());
    }
}
