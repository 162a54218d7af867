package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * An Arabic or Malay name joins the given name to the father's with a lower-case link ("bin", "bint", "binti",
 * "bte", "ibn"); the whole name is the person, not the part after the link. Every name and sentence here is invented.
 */
class PatronymicNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Latifa bint Khamis Al-Mahrouqi | treasurer
        Norhayati binti Osman Salleh   | treasurer
        Siti Aminah bte Rahim          | treasurer
        Yusuf ibn Tariq Haddad         | treasurer
        Faisal bin Saeed Al-Amri       | treasurer
        """)
    void shouldKeepTheWholePatronymicName(String name, String role) throws Exception {
        Extraction x = Fixtures.extract("The Coastal Weavers Guild keeps a loom school in two towns. " + name
            + " has been the guild's " + role + " since 2019, and the Riverside Heritage Trust pays for the school.",
            "text/plain");
        List<String> people = Fixtures.names(x, EntityType.PERSON);
        assertEquals(List.of(name), people, x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.POSITION, name, "Coastal Weavers Guild");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Mariam bint Sultan Al-Kaabi | Al-Kaabi
        Haslinda binti Ramli        | Haslinda
        """)
    void shouldTieALaterShortMentionToTheWholeName(String name, String later) throws Exception {
        Extraction x = Fixtures.extract("The Tide Pool Society was founded in 2008 by " + name + ". Last year "
            + later + " joined the board of the Lagoon Research Institute.", "text/plain");
        assertTrue(Fixtures.names(x, EntityType.PERSON).contains(name), x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, name, "Tide Pool Society");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Sheikha | Noura bint Hamad Al-Thani
        Shaikh  | Majid bin Sultan Al-Qasimi
        Sayyida | Aliya bint Faisal Al-Busaidi
        """)
    void shouldLeaveTheGulfHonorificOutOfTheName(String honorific, String name) throws Exception {
        Extraction x = Fixtures.extract("The Pearl Divers Heritage Fund was set up in 2011 by " + honorific + " " + name
            + ", who still chairs its board.", "text/plain");
        assertEquals(List.of(name), Fixtures.names(x, EntityType.PERSON), x.entities().toString());
    }
}
