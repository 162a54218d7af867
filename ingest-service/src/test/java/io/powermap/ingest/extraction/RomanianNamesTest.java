package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * Romanian names keep their small words ("pentru", "din", "și") between capitalised words, as Nordic and
 * Slavic ones keep theirs. Every text is invented here.
 */
class RomanianNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Centrul pentru Studii Fluviale",
        "Asociația Pescarilor din Delta",
        "Liga Apelor și Pădurilor",
    })
    void shouldKeepTheSmallWordInsideTheName(String name) throws Exception {
        Extraction x = Fixtures.extract("The Larch Civic Trust gave EUR 12,000 to the " + name + " in 2024.", "text/plain");
        assertTrue(Fixtures.names(x, EntityType.ORGANIZATION).contains(name), x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Larch Civic Trust", name);
    }
}
