package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.expectRelation;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * An honorific written with a full stop before a name ("Er." for an engineer in South Asia, "Ir." in the Low
 * Countries, "Sra." in Spanish) neither ends the sentence nor becomes a name of its own; the person after it is
 * found as after "Dr.". Invented names.
 */
class DottedHonorificsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Er.", "Ir.", "Engr.", "Sra."})
    void shouldReadThePersonAfterADottedHonorific(String title) throws Exception {
        Extraction x = Fixtures.extract("The Ridgeline Surveyors Association was founded in 1971 by " + title
            + " Tashko Veridan Pullu. The association is chaired by " + title + " Omela Rastavi Kunder.\n", "text/plain");
        expectRelation(x, RelationshipType.FOUNDED, "Tashko Veridan Pullu", "Ridgeline Surveyors Association");
        expectRelation(x, RelationshipType.POSITION, "Omela Rastavi Kunder", "Ridgeline Surveyors Association");
        String bare = title.substring(0, title.length() - 1);
        assertFalse(Fixtures.entityNamed(x, bare).isPresent(), x.entities().toString());
        assertTrue(Fixtures.entity(x, EntityType.PERSON, "Tashko Veridan Pullu").isPresent(), x.entities().toString());
    }
}
