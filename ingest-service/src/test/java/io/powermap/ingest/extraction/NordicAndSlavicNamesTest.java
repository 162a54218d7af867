package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * Names in Nordic and Slavic languages keep their small words ("og", "till", "za", "na", "bez") between
 * capitalised words; a header that glosses a local name in English, with a legal form of one-letter
 * abbreviations between them ("z. s."), names the document's subject. Every text is invented here.
 */
class NordicAndSlavicNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Skog og Fjell Forum",
        "Barn till Barn Foundation",
        "Centar za Ljudska Prava",
        "Pravo na Vodu Initiative",
        "Grad bez Granica Association",
    })
    void shouldKeepTheSmallWordInsideTheName(String name) throws Exception {
        Extraction x = Fixtures.extract("The " + name + " received EUR 12,000 from the Larch Civic Trust in 2024.", "text/plain");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Larch Civic Trust", name);
    }

    @Test
    void shouldNotJoinWeekdaysAcrossAnEnglishTill() throws Exception {
        Extraction x = Fixtures.extract("The Larch Civic Trust office is open from Monday till Friday, said Oda Strand.",
            "text/plain");
        assertFalse(Fixtures.entityNamed(x, "Monday till Friday").isPresent(), x.entities().toString());
    }

    @Test
    void shouldReadAGlossedHeaderWithALegalFormAsTheSubject() throws Exception {
        Extraction x = Fixtures.extract("""
            Spolek pro čistou řeku, z. s. (Association for a Clean River)
            Registered association, Brno — profile, 2026

            Jitka Horáková has chaired the association since 2021.
            """, "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, "Spolek pro čistou řeku").isPresent(), x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Jitka Horáková", "Spolek pro čistou řeku");
    }
}
