package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.EntityType;

/**
 * A name written in another language ("Cámara de Diputados de la Provincia") never takes the English "for" as one of
 * its own words: "X for Y" in an English sentence is two names. English names keep it ("Citizens for Clean Rivers").
 */
class ForeignNamesBeforeForTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Nerea Olaizola sits in the Cámara de Diputados de la Provincia for Frente Amplio Vecinal.|Cámara de Diputados de la Provincia|Frente Amplio Vecinal",
        "Its lawyer argued before the Tribunal de Contas da União for Associação dos Pescadores do Sul.|Tribunal de Contas da União|Associação dos Pescadores do Sul",
    })
    void shouldSplitTwoForeignNamesJoinedByFor(String text, String first, String second) throws Exception {
        Extraction x = Fixtures.extract(text, "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, first).isPresent(), x.entities().toString());
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, second).isPresent(), x.entities().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Citizens for Clean Rivers sued the port authority in 2022.|Citizens for Clean Rivers",
    })
    void shouldKeepAnEnglishNameWithForWhole(String text, String name) throws Exception {
        Extraction x = Fixtures.extract(text, "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, name).isPresent(), x.entities().toString());
    }
}
