package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.RelationshipType;

/**
 * Staff pages and informal reports go on by a person's given name alone ("Marit set up the centre"); the name
 * stands for the one person named before with it, unless two people share it.
 * Every name and sentence here is invented.
 */
class GivenNameAloneTest {

    @Test
    void shouldReadAGivenNameAsThePersonNamedBefore() throws Exception {
        String text = """
            Our people

            We are the Vellmar Housing Rights Centre, a legal aid clinic. Marit Oosterhuis is our director. Marit set up the \
            Vellmar Housing Rights Centre in 2015. Before that, Marit worked as counsel at the Northgate Tenants \
            Federation for six years.
            """;
        Extraction x = Fixtures.extract(text, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Marit Oosterhuis", "Vellmar Housing Rights Centre");
        assertTrue(Fixtures.entityNamed(x, "Marit").isEmpty(), x.entities().toString());
    }

    @Test
    void shouldLeaveAGivenNameTwoPeopleShare() throws Exception {
        String text = """
            Our people

            We are the Vellmar Housing Rights Centre, a legal aid clinic. Marit Oosterhuis is our director. \
            Marit Dekker is our treasurer. Marit set up the Vellmar Housing Rights Centre in 2015.
            """;
        Extraction x = Fixtures.extract(text, "text/plain");
        assertTrue(Fixtures.relation(x, RelationshipType.FOUNDED, "Marit Oosterhuis", "Vellmar Housing Rights Centre")
            .isEmpty(), x.relationships().toString());
        assertTrue(Fixtures.relation(x, RelationshipType.FOUNDED, "Marit Dekker", "Vellmar Housing Rights Centre")
            .isEmpty(), x.relationships().toString());
    }
}
