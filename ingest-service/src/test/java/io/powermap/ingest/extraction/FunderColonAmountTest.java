package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;

/**
 * A money list whose lines open with a funder, a colon and an amount ("Harbour Trust: EUR 20,000 for 2024-2025")
 * states that funder's grant to the document's subject, or to the named project the line gives the money for.
 * A line of money refused or never paid, a budget line, and a list whose lead-in says it names grantees state no
 * such grant. Every name and sentence here is invented.
 */
class FunderColonAmountTest {

    @Test
    void shouldReadNumberedAndBulletedMoneyLines() throws Exception {
        Extraction x = Fixtures.extract("""
            Riverside Tenants Collective

            The Riverside Tenants Collective defends renters in eviction hearings. It runs Safe Keys, a project \
            that changes locks for people leaving violent homes.

            Money.
              1) Northern Lights Trust (NLT): NOK 1,4 million for 2024–2026.
              2) The Quarry Hill Foundation: about USD 60,000 in 2025 for Safe Keys.
              · Baltic Civic Fund: € 12 000 in 2023.
              · The Orchard Bank Trust: EUR 8,000 promised in 2024, never paid.
            Budget 2025: EUR 1.2 million.
            """, "text/plain");
        ExtractedRelationship nlt = Fixtures.expectRelation(x, RelationshipType.FUNDING, "Northern Lights Trust", "Riverside Tenants Collective");
        assertEquals("2024", nlt.start());
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Quarry Hill Foundation", "Safe Keys");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Baltic Civic Fund", "Riverside Tenants Collective");
        // the money list's rule states no grant never paid (a model reading word pairs may still guess one)
        Fixtures.relation(x, RelationshipType.FUNDING, "Orchard Bank Trust", "Riverside Tenants Collective")
            .ifPresent(r -> assertFalse(x.rules().get(r.id()).contains("funding.colon-amount"), r.toString()));
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, "Budget 2025").isEmpty(), x.entities().toString());
    }

    @Test
    void shouldLeaveAListOfGranteesToItsLeadIn() throws Exception {
        Extraction x = Fixtures.extract("""
            Meadowvale Equality Fund: grants for 2026

            The Meadowvale Equality Fund has announced this year's awards. This year the fund's biggest awards go to:
            - Lantern Women's Shelter (Lykta): MVL 9 million for a new hotline.
            - Coastal Migrants Forum: MVL 4 million.
            """, "text/plain");
        assertTrue(Fixtures.relation(x, RelationshipType.FUNDING, "Coastal Migrants Forum", "Meadowvale Equality Fund").isEmpty(),
            x.relationships().toString());
        assertTrue(Fixtures.relation(x, RelationshipType.FUNDING, "Lantern Women's Shelter", "Meadowvale Equality Fund").isEmpty(),
            x.relationships().toString());
    }
}
