package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * A form's field whose label is a post ("Treasurer: ...", "President: ...") holds a person, even when no list knows
 * the person's first name, so the holder takes the post at the form's body. Every text is invented here.
 */
class PostLabelledFieldPersonsTest {

    private static final String FORM = """
        MEMBER FILE

        Name: Dunmore Valley Water Users
        Founded: 2003
        President: Oyelaru Tanve Brisko (since 2021)
        Treasurer: Quenelde Varsh Amuro

        The users share the cost of the valley's pumps.
        """;

    @Test
    void shouldTypeAPostFieldsValueAsAPerson() throws Exception {
        Extraction x = Fixtures.extract(FORM, "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.PERSON, "Oyelaru Tanve Brisko").isPresent(), x.entities().toString());
        assertTrue(Fixtures.entity(x, EntityType.PERSON, "Quenelde Varsh Amuro").isPresent(), x.entities().toString());
    }

    @Test
    void shouldGiveThePostToTheFieldsPerson() throws Exception {
        Extraction x = Fixtures.extract(FORM, "text/plain");
        var president = Fixtures.expectRelation(x, RelationshipType.POSITION, "Oyelaru Tanve Brisko", "Dunmore Valley Water Users");
        assertEquals("president", president.role());
        assertEquals("2021", president.start());
        assertEquals("treasurer",
            Fixtures.expectRelation(x, RelationshipType.POSITION, "Quenelde Varsh Amuro", "Dunmore Valley Water Users").role());
    }

    @Test
    void shouldNotReadAPostLabelInsideASentenceAsAField() throws Exception {
        Extraction x = Fixtures.extract("""
            The Dunmore Valley Water Users met on Monday. Agenda of the treasurer: Upper Varsh Amuro Pumps.
            """, "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.PERSON, "Upper Varsh Amuro Pumps").isEmpty(), x.entities().toString());
    }
}
