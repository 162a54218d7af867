package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * A staff card whose title is given in two languages ("Trésorier — Treasurer") under the person's name is one card,
 * and the French honorific "Me" before an advocate's name is no part of it. Every name and sentence here is invented.
 */
class BilingualCardTitlesTest {

    private static final String PAGE = """
        <html><head><title>Qui sommes-nous</title></head><body>
        <h1>Qui sommes-nous</h1>
        <p>The Association des Greffières Solidaires (AGS) helps court clerks in three districts of Lomé.</p>
        <h2>Conseil d'administration</h2>
        <div class="card"><h3>Me Yawa Kpodar Amegah</h3><p class="role">Présidente — Chair</p>
        <p>Advocate since 2011.</p></div>
        <div class="card"><h3>Edem Kossi Agbeko</h3><p class="role">Trésorier — Treasurer</p>
        <p>Formerly a bank cashier.</p></div>
        </body></html>
        """;

    @Test
    void shouldJoinACardWhoseTitleIsInTwoLanguages() throws Exception {
        Extraction x = Fixtures.extract(PAGE, "text/html");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Edem Kossi Agbeko", "Association des Greffières Solidaires");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Yawa Kpodar Amegah", "Association des Greffières Solidaires");
    }

    @Test
    void shouldLeaveTheHonorificOutOfTheName() throws Exception {
        Extraction x = Fixtures.extract(PAGE, "text/html");
        assertTrue(Fixtures.names(x, EntityType.PERSON).contains("Yawa Kpodar Amegah"), x.entities().toString());
        assertFalse(Fixtures.names(x, EntityType.PERSON).contains("Me Yawa Kpodar Amegah"), x.entities().toString());
    }
}
