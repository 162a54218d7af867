package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * A bill still before a legislature is often named as the draft of a law in its own language ("Proyecto de
 * Ley de ...", "Projeto de Lei ..."): the whole name is one piece of legislation, not a body, so the stances
 * taken on "the bill" later land on it. Every sentence is invented here.
 */
class DraftBillNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Proyecto de Ley de Protección de Humedales Costeros|OPPOSES|voted against the bill",
        "Projeto de Lei de Rios Livres|SUPPORTS|campaigned for the bill",
        "Anteproyecto de Ley de Pesca Artesanal|OPPOSES|condemned the bill",
    })
    void shouldReadADraftOfALawAsOneBill(String bill, RelationshipType type, String stance) throws Exception {
        Extraction x = Fixtures.extract("The lower house began debating the " + bill + " in April. The Coastal Kayakers Union "
            + stance + " on Tuesday.", "text/plain");
        assertTrue(Fixtures.names(x, EntityType.LEGISLATION).contains(bill), x.entities().toString());
        assertTrue(Fixtures.names(x, EntityType.ORGANIZATION).stream().noneMatch(n -> n.startsWith(bill.split(" ")[0])),
            x.entities().toString());
        Fixtures.expectRelation(x, type, "Coastal Kayakers Union", bill);
    }
}
