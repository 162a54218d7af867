package io.powermap.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RelationshipTypeTest {

    @Test
    void positionRunsFromPersonToOrganizationOnly() {
        assertTrue(RelationshipType.POSITION.allows(EntityType.PERSON, EntityType.ORGANIZATION));
        assertFalse(RelationshipType.POSITION.allows(EntityType.ORGANIZATION, EntityType.PERSON));
        assertFalse(RelationshipType.POSITION.allows(EntityType.PERSON, EntityType.CAMPAIGN));
    }

    @Test
    void stancesTargetLawsCampaignsAndOrganizationsButNeverPeople() {
        for (RelationshipType stance : new RelationshipType[] {RelationshipType.SUPPORTS, RelationshipType.OPPOSES}) {
            assertTrue(stance.allows(EntityType.PERSON, EntityType.LEGISLATION));
            assertTrue(stance.allows(EntityType.ORGANIZATION, EntityType.CAMPAIGN));
            assertFalse(stance.allows(EntityType.ORGANIZATION, EntityType.PERSON));
        }
    }

    @Test
    void everyTypeNamesAtLeastOneTypeForEachEnd() {
        for (RelationshipType type : RelationshipType.values()) {
            assertFalse(type.sourceTypes().isEmpty(), type.name());
            assertFalse(type.targetTypes().isEmpty(), type.name());
        }
    }
}
