package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;

/**
 * A form or fact sheet gives one field to a line ("Founded:  2004", "Director:  A B (since 2019)"): each line
 * is read apart, its name field names the body the form is about (one word with no keyword included) and its
 * people, founders and networks are that body's. Every text is invented here.
 */
class FormFieldsTest {

    private static final String SHEET = """
        REGISTRY EXTRACT

        Name of organisation:      Velmora
        Reference number:          4471-22
        Legal form:                association under the law on associations
        Founders:                  Ilse Marquardt, Tomas Brennig
        Director:                  Petra Oyelowo (since 2019)
        Person with legal responsibility:  Tomas Brennig, Treasurer
        Networks:                  Coastal Rights Alliance (member since 2015)

        ACTIVITIES
        Velmora monitors river pollution and publishes a yearly audit. Velmora also trains volunteers.
        """;

    @Test
    void shouldTakeTheSubjectFromTheNameField() throws Exception {
        Extraction x = Fixtures.extract(SHEET, "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, "Velmora").isPresent(), x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Ilse Marquardt", "Velmora");
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Tomas Brennig", "Velmora");
    }

    @Test
    void shouldReadPostsAndNetworksOffTheirOwnLines() throws Exception {
        Extraction x = Fixtures.extract(SHEET, "text/plain");
        ExtractedRelationship director = Fixtures.expectRelation(x, RelationshipType.POSITION, "Petra Oyelowo", "Velmora");
        assertEquals("director", director.role());
        assertEquals("2019", director.start());
        assertEquals("treasurer", Fixtures.expectRelation(x, RelationshipType.POSITION, "Tomas Brennig", "Velmora").role());
        assertEquals("2015", Fixtures.expectRelation(x, RelationshipType.MEMBERSHIP, "Velmora", "Coastal Rights Alliance").start());
        // the lines are not one run-on sentence: a label is never read into the name before it
        assertFalse(Fixtures.entityNamed(x, "Coastal Rights Alliance Founders").isPresent(), x.entities().toString());
    }

    @Test
    void shouldLeaveAShortNameFieldAsAnotherName() throws Exception {
        Extraction x = Fixtures.extract("""
            PROFILE

            Name:         Harbour Tenants Advice Centre
            Short name:   Harbour
            Founded:      2004, Leith
            Executive director:  Moira Castellane (since 2021)

            Harbour gives free advice to tenants. Harbour also runs a hotline.
            """, "text/plain");
        ExtractedRelationship r = Fixtures.expectRelation(x, RelationshipType.POSITION, "Moira Castellane",
            "Harbour Tenants Advice Centre");
        assertEquals("executive director", r.role());
        assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("Harbour")), x.entities().toString());
    }
}
