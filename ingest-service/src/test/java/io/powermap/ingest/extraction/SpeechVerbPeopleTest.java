package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.EntityType;

/**
 * A name no list knows that opens a sentence and then speaks ("X declared that", "X conceded that") is a person: the
 * verb of speech says so. Every name and sentence here is invented.
 */
class SpeechVerbPeopleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Thandiwe Okonkwo-Berg | declared
        Ruaridh Vashenko      | conceded
        Ngaio Lindqvist       | admitted
        Oyelaran Mbatha       | stressed
        """)
    void shouldTakeASpeakerForAPerson(String name, String verb) throws Exception {
        Extraction x = Fixtures.extract("The Saltmarsh Allotment Society met in the library hall. " + name + " " + verb
            + " that the rent would rise in April.", "text/plain");
        assertTrue(Fixtures.names(x, EntityType.PERSON).contains(name), x.entities().toString());
    }
}
