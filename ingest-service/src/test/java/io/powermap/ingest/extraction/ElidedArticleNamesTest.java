package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * French and Italian names keep a word whose article is elided onto it with an apostrophe ("... de l'Enfance",
 * "Istituto dell'Acqua"), so a post or a stance lands on the whole body, not on the name cut before "l'". Every
 * text is invented here.
 */
class ElidedArticleNamesTest {

    @Test
    void shouldKeepTheElidedWordInAFrenchName() throws Exception {
        Extraction x = Fixtures.extract("""
            Odile Farouk has chaired the Association Béninoise pour la Protection de l'Enfance since 2021. \
            Jean Dubois is the director of the Observatoire Régional de l'Eau.
            """, "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, "Association Béninoise pour la Protection de l'Enfance").isPresent(),
            x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Jean Dubois", "Observatoire Régional de l'Eau");
        assertFalse(Fixtures.entityNamed(x, "Association Béninoise pour la Protection").isPresent(), x.entities().toString());
        assertEquals("2021", Fixtures.expectRelation(x, RelationshipType.POSITION, "Odile Farouk",
            "Association Béninoise pour la Protection de l'Enfance").start());
    }

    @Test
    void shouldKeepTheElidedWordInAnItalianName() throws Exception {
        Extraction x = Fixtures.extract("""
            Carlo Benvenuti is the director of the Istituto Regionale dell'Acqua, which opposed the dam.
            """, "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, "Istituto Regionale dell'Acqua").isPresent(), x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Carlo Benvenuti", "Istituto Regionale dell'Acqua");
    }

    @Test
    void shouldLeaveAnElisionBeforeALowerCaseWordOutside() throws Exception {
        Extraction x = Fixtures.extract("""
            A statement by the Association Béninoise des Juristes l'an dernier criticised the new law on the press.
            """, "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, "Association Béninoise des Juristes").isPresent(), x.entities().toString());
    }
}
