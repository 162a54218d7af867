package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.expectRelation;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * A body named in sentence case, as French or Spanish write names, is read whole when the acronym in
 * brackets after it spells its words, lower-case ones included, and two such bodies are not merged
 * through their last capitalised word. Invented names.
 */
class AcronymLongFormsTest {

    @Test
    void shouldTakeTheWholeSentenceCaseNameBeforeItsAcronym() throws Exception {
        String text = "Dairy farmers ended their blockade on Tuesday.\n\n"
            + "The Union des producteurs laitiers de la Gaspésie (UPLG) signed the deal with the Regroupement des "
            + "transformateurs et distributeurs de la Gaspésie (RTDG), which buys most of the milk.\n\n"
            + "The UPLG's president, Hélène Bouchard-Tessier, said the price was fair.\n";
        Extraction x = Fixtures.extract(text, "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, "Union des producteurs laitiers de la Gaspésie").isPresent(),
            x.entities().toString());
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, "Regroupement des transformateurs et distributeurs de la Gaspésie")
            .isPresent(), x.entities().toString());
        assertFalse(Fixtures.entityNamed(x, "Gaspésie").isPresent(), x.entities().toString());
        expectRelation(x, RelationshipType.POSITION, "Hélène Bouchard-Tessier", "Union des producteurs laitiers de la Gaspésie");
    }

    @Test
    void shouldLeaveAnEnglishNameItsAcronymAlreadySpells() throws Exception {
        String text = "Residents of the valley joined the Harbor Tenants Alliance (HTA) in March.\n";
        Extraction x = Fixtures.extract(text, "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, "Harbor Tenants Alliance").isPresent(), x.entities().toString());
    }
}
