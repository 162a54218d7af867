package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;

/**
 * A post named by one or two words before a noun that always names a post ("legal officer",
 * "senior grants manager"), though the whole title is in no list, makes a POSITION for a person whose
 * first name is in no list either; a state's officers ("a police officer") are occupations, not posts
 * at the body. Every sentence is invented for this test.
 */
class CompoundJobTitlesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Tendai Moyo is its legal officer.|Tendai Moyo|legal officer",
        "Rutendo Chari is its senior grants manager.|Rutendo Chari|senior grants manager",
        "Kofi Asante is a communications director at the trust.|Kofi Asante|communications director",
    })
    void shouldReadTheTitleAndThePerson(String sentence, String person, String role) throws Exception {
        Extraction x = Fixtures.extract("The Kelso Justice Trust trains volunteer paralegals. " + sentence, "text/plain");
        ExtractedRelationship post = Fixtures.expectRelation(x, RelationshipType.POSITION, person, "Kelso Justice Trust");
        assertEquals(role, post.role());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Nyasha Gumbo, a police officer, watched the clinic.",
        "Nyasha Gumbo is a customs officer at the port."})
    void shouldNotMakeAStatesOfficerAPostAtTheBody(String sentence) throws Exception {
        Extraction x = Fixtures.extract("The Kelso Justice Trust trains volunteer paralegals. " + sentence, "text/plain");
        assertFalse(Fixtures.relation(x, RelationshipType.POSITION, "Nyasha Gumbo", "Kelso Justice Trust").isPresent(),
            x.relationships().toString());
    }
}
