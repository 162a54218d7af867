package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.powermap.contract.RelationshipType;

/**
 * A text in English about a body named in its own language calls it by the English kind word: "the federation"
 * for a "Federação ...", "the foundation" for a "Fondation ...", "the association" for an "Associació ...". Those
 * calls count for that body when the document's subject is chosen, and a title line naming it is kept. Every
 * name and sentence here is invented.
 */
class EnglishKindWordsTest {

    private static String subjectName(Extraction x) {
        return x.entities().stream().filter(e -> e.id().equals(x.subjectId())).findFirst().orElseThrow().name();
    }

    @Test
    void shouldTakeAFederationCalledSoInEnglishAsTheStorysSubject() throws Exception {
        Extraction x = Fixtures.extract("""
            Mayor accuses cooperative federation of hiding its grants; federation publishes its ledgers

            PORTO ALEGRE, 4 March 2026 — The mayor, Rui Tavares-Moura, told the Câmara Municipal de Vila Serena on \
            Tuesday that the Federação das Cooperativas do Vale Verde had never declared its foreign money. He urged \
            the Câmara Municipal de Vila Serena to audit every cooperative.

            The federation replied the same evening. "Our books are public," said its president, Lúcia Bernardes-Faria. \
            The ledgers show that the Fundo Andino de Hortas paid BRL 90,000 in 2025 for seed banks. The federation \
            also named the Câmara Municipal de Vila Serena in its reply, and the federation will go to court if needed.
            """, "text/plain");
        assertEquals("Federação das Cooperativas do Vale Verde", subjectName(x));
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Lúcia Bernardes-Faria", "Federação das Cooperativas do Vale Verde");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Fundo Andino de Hortas", "Federação das Cooperativas do Vale Verde");
    }

    @Test
    void shouldTakeAFoundationCalledSoInEnglishOverAGranteeNamedMoreOften() throws Exception {
        Extraction x = Fixtures.extract("""
            # Our grants this year

            *Fondation Lumière du Sahel · report of the board, 2026*

            The **Fondation Lumière du Sahel** has funded water projects since 2009. Odile Kaboré-Sanou has run the \
            foundation since 2020.

            | Grantee | Amount | Year |
            |---|---|---|
            | Collectif Eau Propre de Dori | XOF 9 000 000 | 2025 |
            | Puits pour Tous | XOF 4 000 000 | 2026 |

            The foundation belongs to the Réseau Ouest des Donateurs. Collectif Eau Propre de Dori also received \
            money from a bank. Collectif Eau Propre de Dori is led by Issa Ouédraogo-Bila. The foundation keeps its \
            own reserve, and the foundation publishes its accounts.
            """, "text/markdown");
        assertEquals("Fondation Lumière du Sahel", subjectName(x));
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Fondation Lumière du Sahel", "Puits pour Tous");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Odile Kaboré-Sanou", "Fondation Lumière du Sahel");
    }

    @Test
    void shouldKeepATitleNamingAnAssociationInItsOwnLanguage() throws Exception {
        Extraction x = Fixtures.extract("""
            Associació Veïnal del Riu Sec — Informe anual 2026

            Report in English

            The association was set up in 2013 by Ona Farré-Puig. Since 2022 the association has run a food bank in \
            the old market. Our treasurer is Pau Castells-Mir.
            """, "text/plain");
        assertEquals("Associació Veïnal del Riu Sec", subjectName(x));
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Ona Farré-Puig", "Associació Veïnal del Riu Sec");
    }

    @Test
    void shouldLetTheLeagueStandForALigueRatherThanAnEnglishNamedBody() throws Exception {
        Extraction x = Fixtures.extract("""
            Ligue Sahélienne des Droits des Paysans — profile

            The Ligue Sahélienne des Droits des Paysans (LSDP), which English reports call the Sahel League for \
            Farmers' Rights, defends smallholders in land disputes. The league was founded in 1994 by the agronomist \
            Moussa Diarra-Keïta. The league later opened an office in Mopti, and the league still runs it.
            """, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Moussa Diarra-Keïta", "Ligue Sahélienne des Droits des Paysans");
    }
}
