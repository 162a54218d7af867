package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.powermap.contract.RelationshipType;

/**
 * "A and B joined C in the fight against the bill": bodies that join another in a campaign share its side on
 * the law; they do not become its members. Every text is invented here.
 */
class JoinedCampaignTest {

    private static final String STORY = """
        Lawmakers in Harbourtown debated the Water Metering Bill for a third week on Tuesday. The Meadow Alliance, \
        the Coastal Forum and the Tenant Network have joined the Riverside Tenants League in its campaign against \
        the bill.
        """;

    @Test
    void shouldGiveTheJoinersTheCampaignsSide() throws Exception {
        Extraction x = Fixtures.extract(STORY, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.OPPOSES, "Meadow Alliance", "Water Metering Bill");
        Fixtures.expectRelation(x, RelationshipType.OPPOSES, "Coastal Forum", "Water Metering Bill");
        Fixtures.expectRelation(x, RelationshipType.OPPOSES, "Tenant Network", "Water Metering Bill");
    }

    @Test
    void shouldNotMakeTheJoinersMembers() throws Exception {
        Extraction x = Fixtures.extract(STORY, "text/plain");
        assertFalse(Fixtures.relation(x, RelationshipType.MEMBERSHIP, "Meadow Alliance", "Riverside Tenants League").isPresent(),
            x.relationships().toString());
        assertFalse(Fixtures.relation(x, RelationshipType.MEMBERSHIP, "Tenant Network", "Riverside Tenants League").isPresent(),
            x.relationships().toString());
    }
}
