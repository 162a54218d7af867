package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.powermap.contract.RelationshipType;

/**
 * A legislature or government that passes, adopts or approves a law backs it, whether it is named before the
 * verb, in a relative clause after the law or after "by" in a passive. Every text is invented here.
 */
class EnactedLawsTest {

    @Test
    void shouldReadPassingALawAsBackingIt() throws Exception {
        Extraction x = Fixtures.extract("The Harbour Assembly voted 130 to 12 on Monday to approve the Water Metering Act. "
            + "Weeks earlier the Coastal Council had adopted the Dune Protection Ordinance.", "text/plain");
        Fixtures.expectRelation(x, RelationshipType.SUPPORTS, "Harbour Assembly", "Water Metering Act");
        Fixtures.expectRelation(x, RelationshipType.SUPPORTS, "Coastal Council", "Dune Protection Ordinance");
        assertFalse(Fixtures.relation(x, RelationshipType.OPPOSES, "Harbour Assembly", "Water Metering Act").isPresent(),
            x.relationships().toString());
    }

    @Test
    void shouldReadTheLegislatureInARelativeClauseOrAfterBy() throws Exception {
        Extraction x = Fixtures.extract("Tenant groups still criticise the Rent Review Act, which the Harbour Assembly "
            + "passed in 2019. The Water Metering Act was approved by the Coastal Council in May.", "text/plain");
        Fixtures.expectRelation(x, RelationshipType.SUPPORTS, "Harbour Assembly", "Rent Review Act");
        Fixtures.expectRelation(x, RelationshipType.SUPPORTS, "Coastal Council", "Water Metering Act");
    }
}
