package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * A bill named as the draft of a law in French, Catalan, Portuguese or Italian keeps its subject, written in
 * lower case after the law's kind ("Projet de loi relative à ...", "Proposició de llei de ..."), as one piece of
 * legislation up to the English words that follow it; no part of it becomes a campaign or a body. Every name and
 * sentence here is invented.
 */
class SentenceCaseDraftBillsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Projet de loi relative à la protection des lanceurs d'alerte|, which the cabinet adopted in May|OPPOSES|fought",
        "Projet de loi organique relative aux partis politiques|, drafted by the interior ministry|OPPOSES|fought",
        "Proposició de llei de protecció dels horts urbans| that two deputies tabled last spring|SUPPORTS|welcomed",
        "Projeto de Lei sobre a Transparência das Fundações|, sent to the chamber in June|SUPPORTS|welcomed",
        "Proposta de lei de bases do clima| which the minister presented|SUPPORTS|welcomed",
        "Disegno di legge sulla tutela delle coste|, now before the senate|OPPOSES|fought",
    })
    void shouldReadTheWholeDraftAsOneBill(String bill, String after, RelationshipType type, String verb) throws Exception {
        Extraction x = Fixtures.extract("The Coastal Kayakers Union " + verb + " the " + bill + (after.startsWith(",") ? "" : " ") + after + ".", "text/plain");
        assertTrue(Fixtures.names(x, EntityType.LEGISLATION).contains(bill), x.entities().toString());
        assertTrue(Fixtures.names(x, EntityType.CAMPAIGN).isEmpty(), x.entities().toString());
        Fixtures.expectRelation(x, type, "Coastal Kayakers Union", bill);
    }
}
