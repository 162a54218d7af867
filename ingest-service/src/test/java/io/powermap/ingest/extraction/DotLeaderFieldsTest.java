package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;

/**
 * A profile card whose labels run to their values along a row of dots ("Treasurer ........ A B") is a form like one
 * with colons: the name field names its subject, and its founders, officers and networks are that body's. Every
 * text is invented here.
 */
class DotLeaderFieldsTest {

    private static final String CARD = """
        PROFILE SHEET - TENANT GROUPS OF THE NORTH COAST
        Card 3 of 9

        Name ................. Velmora Tenants Union
        Founded .............. 1998
        Founders ............. Ilse Marquardt; Tomas Brennig
        Chair ................ Petra Oyelowo (since 2020)
        General secretary .... Rolf Danneker (since 2017)
        Treasurer ............ Nadia Quenby
        Regional network ..... SRN (Southern Rights Network), member since 2003

        Notes

        The union advises tenants facing eviction and keeps a register of unsafe buildings.
        """;

    @Test
    void shouldTakeTheSubjectAndFoundersFromDottedFields() throws Exception {
        Extraction x = Fixtures.extract(CARD, "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, "Velmora Tenants Union").isPresent(), x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Ilse Marquardt", "Velmora Tenants Union");
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Tomas Brennig", "Velmora Tenants Union");
    }

    @Test
    void shouldReadOfficersAndNetworksOffDottedFields() throws Exception {
        Extraction x = Fixtures.extract(CARD, "text/plain");
        ExtractedRelationship chair = Fixtures.expectRelation(x, RelationshipType.POSITION, "Petra Oyelowo", "Velmora Tenants Union");
        assertEquals("chair", chair.role());
        assertEquals("2020", chair.start());
        assertEquals("general secretary",
            Fixtures.expectRelation(x, RelationshipType.POSITION, "Rolf Danneker", "Velmora Tenants Union").role());
        assertEquals("treasurer", Fixtures.expectRelation(x, RelationshipType.POSITION, "Nadia Quenby", "Velmora Tenants Union").role());
        assertEquals("2003",
            Fixtures.expectRelation(x, RelationshipType.MEMBERSHIP, "Velmora Tenants Union", "Southern Rights Network").start());
        // no label joins the value before it
        assertFalse(Fixtures.entityNamed(x, "Tomas Brennig Chair").isPresent(), x.entities().toString());
    }

    @Test
    void shouldLeaveAnEllipsisInProseAlone() throws Exception {
        Extraction x = Fixtures.extract("""
            NEWS

            The mayor paused.... then Petra Oyelowo, chair of the Velmora Tenants Union, spoke for an hour about rents.
            """, "text/plain");
        assertEquals("chair", Fixtures.expectRelation(x, RelationshipType.POSITION, "Petra Oyelowo", "Velmora Tenants Union").role());
    }
}
