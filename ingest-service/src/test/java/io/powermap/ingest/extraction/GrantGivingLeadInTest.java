package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.RelationshipType;

/**
 * A lead-in in which a body's own verb sends money out ("The trustees approved the following grants:", "We made
 * these awards in 2026:") makes the items below it that body's recipients; a lead-in of money received keeps them
 * its funders. Every name and sentence here is invented.
 */
class GrantGivingLeadInTest {

    @Test
    void shouldReadItemsUnderAnApprovingLeadInAsRecipients() throws Exception {
        Extraction x = Fixtures.extract("""
            Tarnwood Community Foundation

            The Tarnwood Community Foundation met on 4 May. The trustees approved the following grants for the autumn round:

              (a) Fellside Food Cooperative: GBP 18,000, for a delivery van;
              (b) Greyrigg Youth Boxing Club: GBP 6,500, for coaching.

            The next round opens in January.
            """, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Tarnwood Community Foundation", "Fellside Food Cooperative");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Tarnwood Community Foundation", "Greyrigg Youth Boxing Club");
        assertTrue(Fixtures.relation(x, RelationshipType.FUNDING, "Fellside Food Cooperative", "Tarnwood Community Foundation").isEmpty(),
            x.relationships().toString());
    }

    @Test
    void shouldKeepItemsUnderAReceivingLeadInAsFunders() throws Exception {
        Extraction x = Fixtures.extract("""
            Osterley Canal Volunteers

            The Osterley Canal Volunteers clear the towpath every weekend. In 2026 we made these awards to local schools:

              - Brentside Primary School: GBP 1,200 for a pond;
              - Hanwell Vale Academy: GBP 900 for tools.

            In the same year we received the following donations:

              - Thameslink Heritage Fund: GBP 5,000;
              - Ealing Riverside Trust: GBP 2,500.
            """, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Osterley Canal Volunteers", "Hanwell Vale Academy");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Ealing Riverside Trust", "Osterley Canal Volunteers");
    }
}
