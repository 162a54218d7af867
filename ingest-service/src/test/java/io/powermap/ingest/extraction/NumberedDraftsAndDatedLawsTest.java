package io.powermap.ingest.extraction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.RelationshipType;

/**
 * Drafts and laws cited by number in Romance languages keep the whole citation: a draft's kind phrase before the
 * number ("Projet de loi n° ...", "Proposta de Lei n.º ..."), a full date after it ("du 14 mars 2016"), a French
 * title with a word English also has ("sans but"), the chamber a draft was filed in, a kind with its qualifier
 * ("Acto Legislativo"), and an opening "The" left outside. Every name and sentence here is invented.
 */
class NumberedDraftsAndDatedLawsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Projet de loi n° 27/2031 portant statut des coopératives de pêche|",
        "Proposta de Lei n.º 7/IX|Proposta de Lei n.o 7/IX",
        "Proyecto de Ley 88 de 2030 Senado|",
        "Loi n° 5/19 du 2 octobre 2012 portant statut des mutuelles sans but lucratif|",
        "Acto Legislativo 05 de 2029|",
    })
    void shouldKeepTheWholeCitation(String law, String shown) throws Exception {
        Extraction x = Fixtures.extract("The Brenlow Harbour Fishing League has spent two winters against the " + law
            + ", which it says would shut small boats out of the harbour.", "text/plain");
        Fixtures.expectRelation(x, RelationshipType.OPPOSES, "Brenlow Harbour Fishing League", shown == null ? law : shown);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ley General de Pesca Artesanal N° 20.415|",
        "Projeto de Lei n.º 88/XVII|Projeto de Lei n.o 88/XVII",
        "Projet de décret n° 2031-17|",
        "Ley de Caletas Pesqueras No. 7.544|",
    })
    void shouldKeepTheNumberWrittenAfterTheTitle(String law, String shown) throws Exception {
        Extraction x = Fixtures.extract("The Brenlow Harbour Fishing League spent two winters fighting the " + law
            + " in the regional press.", "text/plain");
        Fixtures.expectRelation(x, RelationshipType.OPPOSES, "Brenlow Harbour Fishing League", shown == null ? law : shown);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Loi n° 12/04 du 30 juin 2021",
        "Acto Legislativo 05 de 2029",
    })
    void shouldLeaveAnOpeningArticleOutside(String law) throws Exception {
        Extraction x = Fixtures.extract("The " + law + " was signed in a hurry. The Brenlow Harbour Fishing League "
            + "welcomed the " + law + " at its spring meeting.", "text/plain");
        Fixtures.expectRelation(x, RelationshipType.SUPPORTS, "Brenlow Harbour Fishing League", law);
    }
}
