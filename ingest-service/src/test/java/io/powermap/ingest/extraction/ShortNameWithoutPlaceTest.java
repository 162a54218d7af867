package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;

/**
 * A body named in full once with the country it works in ("... du Bénin") and then by the rest of its name is one
 * body, also when the story is mostly about another. Every name and sentence here is invented.
 */
class ShortNameWithoutPlaceTest {

    private static final String STORY = """
        Teachers quit the curriculum talks in Porto-Novo

        PORTO-NOVO, 4 March 2027 — The Front Civique du Bénin, the coalition of unions and parents' groups that has \
        fought the reform since 2024, lost a member on Tuesday when the Syndicat Autonome des Maîtres (SAM) walked out.

        The SAM said it would stay in the Front Civique. The coalition's spokesman, Gildas Houngbo, said it could not. \
        The SAM wants smaller classes, and the SAM will hold a congress in May. The Front Civique opposes the new \
        curriculum law. The SAM backs it.
        """;

    @Test
    void shouldReadTheShortNameAsTheBodyNamedWithItsCountry() throws Exception {
        Extraction x = Fixtures.extract(STORY, "text/plain");
        assertTrue(Fixtures.names(x, EntityType.ORGANIZATION).contains("Front Civique du Bénin"), x.entities().toString());
        assertFalse(Fixtures.names(x, EntityType.ORGANIZATION).contains("Front Civique"), x.entities().toString());
    }
}
