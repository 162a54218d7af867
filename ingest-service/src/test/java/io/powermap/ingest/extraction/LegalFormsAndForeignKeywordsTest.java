package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.EntityType;

/**
 * A name ending in a legal form ("ry", "Ltda.", "SARL", "s.r.o.") or holding a kind word of another language
 * ("Banco", "Mairie", "Réseau") is an organization even where the words around it could fit a person.
 */
class LegalFormsAndForeignKeywordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The reading circle is run with Lumikki Tampere ry, a registered association.|Lumikki Tampere ry",
        "The hall was built by Constructora Quilla Ltda. in two years.|Constructora Quilla",
        "Our accounts are kept by Fiduciaire Ndour SARL, an audit firm.|Fiduciaire Ndour SARL",
        "In 2021 a lender, Banco Rural do Sertão, offered the group a loan.|Banco Rural do Sertão",
        "Mairie de Kaolack lends the office, free of rent, to the cooperative.|Mairie de Kaolack",
        "Until 2022 the forum was part of Réseau Sahel des Femmes Pêcheuses.|Réseau Sahel des Femmes Pêcheuses",
        "Its youth wing, Hawa Youth, is led by students.|Hawa Youth",
    })
    void shouldTakeANameWithALegalFormOrForeignKindWordForAnOrganization(String text, String name) throws Exception {
        Extraction x = Fixtures.extract(text, "text/plain");
        assertTrue(x.entities().stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION
            && (e.name().startsWith(name) || e.aliases().stream().anyMatch(a -> a.startsWith(name)))), x.entities().toString());
    }
}
