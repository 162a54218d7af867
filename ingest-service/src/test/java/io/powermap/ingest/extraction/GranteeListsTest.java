package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;

/**
 * A lead-in that sends a body's money out ("This round's grants go to:", "The recipients are:") lists the
 * body's grantees, each as "Grantee: amount for what", the reverse of a list of the body's own funders.
 * Every text here is invented for this test.
 */
class GranteeListsTest {

    private static final String RELEASE = """
        Harrowgate Rivers Fund announces its spring grants

        The Harrowgate Rivers Fund today named the groups it will support this year. The fund was set up in 2012.

        This round's largest grants go to:
        - Otterbank Anglers Society (the river wardens of the north): GBP 40,000 for bank restoration.
        - Millrace Community Trust: GBP 25,000 for 2026–2027 for a flood warning service.
        - Tollbridge Youth Rowing Club: GBP 12,500.

        Smaller grants go to village groups.
        """;

    private static final String OWN_FUNDERS = """
        Otterbank Anglers Society

        The Otterbank Anglers Society keeps the northern rivers clean. Large grants in recent years include:
        - Harrowgate Rivers Fund: GBP 40,000 in 2024 for bank restoration.
        - Kestrel Water Foundation: GBP 15,000 in 2023.
        """;

    @Test
    void shouldReadEachItemAsAGrantFromTheBodyThatGivesIt() throws Exception {
        Extraction x = Fixtures.extract(RELEASE, "text/plain");
        ExtractedRelationship first = Fixtures.expectRelation(x, RelationshipType.FUNDING, "Harrowgate Rivers Fund",
            "Otterbank Anglers Society");
        assertEquals(40000.0, first.amount().doubleValue(), 0.001);
        assertEquals("GBP", first.currency());
        ExtractedRelationship second = Fixtures.expectRelation(x, RelationshipType.FUNDING, "Harrowgate Rivers Fund",
            "Millrace Community Trust");
        assertEquals("2026", second.start());
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Harrowgate Rivers Fund", "Tollbridge Youth Rowing Club");
        assertFalse(Fixtures.relation(x, RelationshipType.FUNDING, "Millrace Community Trust", "Harrowgate Rivers Fund")
            .isPresent(), "a grantee does not fund the fund: " + x.relationships());
    }

    @Test
    void shouldStillReadAListOfTheSubjectsOwnFundersAsFundingIt() throws Exception {
        Extraction x = Fixtures.extract(OWN_FUNDERS, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Kestrel Water Foundation", "Otterbank Anglers Society");
        assertFalse(Fixtures.relation(x, RelationshipType.FUNDING, "Otterbank Anglers Society", "Kestrel Water Foundation")
            .isPresent(), x.relationships().toString());
    }
}
