package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.powermap.contract.EntityType;

/**
 * Label words set in capitals ("SUPPORTERS", "OPEN QUESTIONS", "SOURCE:") are not acronyms when the same words run in
 * lower case through the document; an acronym the document defines in brackets stays one even when it spells a word.
 */
class CapitalisedLabelWordsTest {

    private static final String MAP = """
        Kestrel Valley Growers Union
        SUPPORTERS: the Rift Orchard Trust, which funds two of the union's supporters' days a year
        OPEN QUESTIONS: the questions below were left open at the last meeting
        SOURCE: the union's own annual return, the one source that names its supporters
        """;

    @ParameterizedTest
    @ValueSource(strings = {"SUPPORTERS", "OPEN QUESTIONS", "SOURCE"})
    void shouldNotTakeACapitalisedLabelWordForAnOrganization(String label) throws Exception {
        Extraction x = Fixtures.extract(MAP, "text/plain");
        assertFalse(Fixtures.entityNamed(x, label).isPresent(), x.entities().toString());
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, "Rift Orchard Trust").isPresent(), x.entities().toString());
    }

    @Test
    void shouldKeepAnAcronymDefinedInBracketsThatSpellsAWord() throws Exception {
        Extraction x = Fixtures.extract("""
            The Coalition for Action on Rivers and Estuaries (CARE) was set up by anglers who care about silt.
            Last spring CARE asked the Velmont Water Board for a survey.
            """, "text/plain");
        assertTrue(x.entities().stream().anyMatch(e -> e.name().equals("CARE") || e.aliases().contains("CARE")),
            x.entities().toString());
    }
}
