package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.entity;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.EntityType;
import io.powermap.ingest.extraction.mentions.learned.TypeJudge;
import io.powermap.ingest.extraction.mentions.learned.TypeModel;
import io.powermap.ingest.extraction.relations.learned.PairModel;

/**
 * The type model reads names that no word list and no rule typed (a party with no "party" in its
 * name, a company named once as a defendant), and it is asked about nothing else: names the rules
 * typed and places keep what they are.
 */
class LearnedTypesTest {

    private static Extraction read(TypeJudge judge, String text) throws DocumentRejectedException {
        return new DocumentExtractor(1_000_000, PairModel.shipped(), judge)
            .extract(text.getBytes(StandardCharsets.UTF_8), "text/plain", "test://types");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "The Marsh Harbour Alliance campaigns for cheaper rents. Its allies in parliament include Mirela Oprișan-Dancu, "
            + "who sits for the Green Left. Oprișan-Dancu tabled a motion in 2024.|Green Left",
        "The Marsh Harbour Alliance sued Brightwater in 2022. Brightwater, which owns most of the docks, lost the case.|Brightwater",
    })
    void shouldTypeAnOrganizationNoRuleTyped(String text, String name) throws Exception {
        assertTrue(entity(read(TypeJudge.NONE, text), EntityType.ORGANIZATION, name).isEmpty(),
            "the rules alone type this name; the test no longer shows the type model");
        Extraction x = read(TypeModel.shipped(), text);
        assertTrue(entity(x, EntityType.ORGANIZATION, name).isPresent(), x.entities().toString());
    }

    @Test
    void shouldAskOnlyAboutNamesNoRuleTypedAndNeverAboutPlaces() throws Exception {
        List<String> asked = new ArrayList<>();
        TypeJudge campaigns = (draft, views) -> {
            asked.add(draft.name);
            return EntityType.CAMPAIGN;
        };
        Extraction x = read(campaigns, "Ana Brightwell chairs the Marsh Harbour Alliance, which is based in Berlin. "
            + "The alliance runs Dockside Voices with Brightwater. Brightwater sells ferries.");
        assertFalse(asked.contains("Marsh Harbour Alliance"), asked.toString());
        assertFalse(asked.contains("Ana Brightwell"), asked.toString());
        assertFalse(asked.contains("Berlin"), asked.toString()); // a listed place; an unlisted one is asked like any name
        assertTrue(entity(x, EntityType.PERSON, "Ana Brightwell").isPresent(), x.entities().toString());
        assertTrue(entity(x, EntityType.ORGANIZATION, "Marsh Harbour Alliance").isPresent(), x.entities().toString());
        for (String name : asked) {
            assertTrue(entity(x, EntityType.CAMPAIGN, name).isPresent(), name + " not typed as the judge said: " + x.entities());
        }
    }

    @Test
    void shouldDropANameTheJudgeLeavesUntyped() throws Exception {
        String text = "The Marsh Harbour Alliance sued Brightwater in 2022. Brightwater, which owns most of the docks, lost the case.";
        Extraction x = read(TypeJudge.NONE, text);
        assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("Brightwater")), x.entities().toString());
    }
}
