package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.powermap.contract.EntityType;

/**
 * An apposition opened by a possessive ("X, our campaign that ...", "X, their youth programme") says what X is,
 * as "X, a campaign" does.
 * Every name and sentence here is invented.
 */
class PossessiveAppositionTypeTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"our campaign that", "their youth programme, which", "her project to"})
    void shouldTypeANameByAPossessiveApposition(String apposition) throws Exception {
        String text = "About us\n\nWe are the Fernhill Growers Trust. Milo Brandt leads Young Hands Come Home, "
            + apposition + " brings school leavers back to the farms of the valley.\n";
        Extraction x = Fixtures.extract(text, "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.CAMPAIGN, "Young Hands Come Home").isPresent(), x.entities().toString());
    }
}
