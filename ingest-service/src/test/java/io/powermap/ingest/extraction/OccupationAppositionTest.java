package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.EntityType;
import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;

/**
 * A person's job set beside the name, "P, an oceanographer at X", is a post at X even when the job is in no list and
 * the person's first name is unknown; "former" makes it a past post, and a noun for another kind of tie ("a student
 * at X") is no post. Every name and sentence here is invented.
 */
class OccupationAppositionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Zbigniew Oyelaran   | an oceanographer at the | Kelpie Marine Institute | oceanographer
        Tomasz Wielgosz     | a tax accountant with   | Brightwater Savings Bank | tax accountant
        Nkechi Abernathy    | a paediatric nurse at   | St Brendan Children's Hospital | paediatric nurse
        Ilse Vantongeren    | a court interpreter for | Lowmoor District Court | court interpreter
        """)
    void shouldReadAJobInApposition(String person, String words, String body, String role) throws Exception {
        Extraction x = Fixtures.extract("The Quayside Tenants League meets in a church hall. " + person + ", " + words + " "
            + body + ", chairs the league's housing panel.", "text/plain");
        assertTrue(Fixtures.names(x, EntityType.PERSON).contains(person), x.entities().toString());
        ExtractedRelationship post = Fixtures.expectRelation(x, RelationshipType.POSITION, person, body);
        assertEquals(role, post.role());
    }

    @Test
    void shouldMarkAFormerJobAsPast() throws Exception {
        Extraction x = Fixtures.extract("The Quayside Tenants League meets in a church hall. Its new coordinator is"
            + " Radek Amponsah, a former sergeant in the Lowmoor Police Service.", "text/plain");
        ExtractedRelationship post = Fixtures.expectRelation(x, RelationshipType.POSITION, "Radek Amponsah",
            "Lowmoor Police Service");
        assertEquals("sergeant", post.role());
        assertEquals(Boolean.FALSE, post.current());
    }

    @Test
    void shouldNotTakeAStudentOrADonorForAPost() throws Exception {
        Extraction x = Fixtures.extract("The Quayside Tenants League meets in a church hall. Its treasurer, Mirela"
            + " Castellanos, a doctoral student at Lowmoor University, keeps the books. Aurelio Fenwick-Baptiste, a"
            + " longtime donor to the league, lives nearby.", "text/plain");
        assertTrue(Fixtures.relation(x, RelationshipType.POSITION, "Mirela Castellanos", "Lowmoor University").isEmpty(),
            x.relationships().toString());
    }
}
