package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.RelationshipType;

/** People listed as the members of a body's organ (rule position.organ-includes). Every sentence is invented here. */
class OrganMembersShapesTest {

    private static Extraction plain(String text) throws DocumentRejectedException {
        return Fixtures.extract("The Kestrel Valley Trust is a conservation charity in Cumbria. " + text, "text/plain");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The board also includes Radu Petrescu and Maelle Fournier-Diallo.|board member",
        "The current executive board includes Radu Petrescu, responsible for finance, and Maelle Fournier-Diallo, who joined in 2022.|board member",
        "Its trustees are Radu Petrescu, a retired surveyor, and Maelle Fournier-Diallo.|trustee",
        "The steering committee comprises Radu Petrescu and Maelle Fournier-Diallo.|committee member",
    })
    void shouldSeatEveryListedPersonOnTheSubjectsOrgan(String sentence, String role) throws Exception {
        Extraction x = plain(sentence);
        for (String person : new String[] {"Radu Petrescu", "Maelle Fournier-Diallo"}) {
            assertEquals(role, Fixtures.expectRelation(x, RelationshipType.POSITION, person, "Kestrel Valley Trust").role());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Its neighbours include Radu Petrescu and Maelle Fournier-Diallo.",
        "The guests at the board dinner included Radu Petrescu.",
    })
    void shouldNotSeatPeopleListedForAnythingButAnOrgan(String sentence) throws Exception {
        Extraction x = plain(sentence);
        assertTrue(Fixtures.relation(x, RelationshipType.POSITION, "Radu Petrescu", "Kestrel Valley Trust").isEmpty(), x.relationships().toString());
    }
}
