package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;

/**
 * A company or foundation named by a legal form written before its name in quotation marks ({@code OOO "X"},
 * {@code AO "Y"}, {@code Fond "Z"}) is one body, in prose and on a coded line of a return. Every name and sentence
 * here is invented.
 */
class LegalFormQuotedNamesTest {

    @Test
    void shouldNameACompanyByItsLegalFormAndQuotedName() throws Exception {
        Extraction x = Fixtures.extract("""
            The league paid its printing bills to OOO "Tikhy Bereg", a small firm in Tver, and its hall rent to
            AO "Rechnaya Pristan" until the end of the season.
            """, "text/plain");
        assertTrue(Fixtures.names(x, EntityType.ORGANIZATION).contains("OOO \"Tikhy Bereg\""), x.entities().toString());
        assertTrue(Fixtures.names(x, EntityType.ORGANIZATION).contains("AO \"Rechnaya Pristan\""), x.entities().toString());
    }

    @Test
    void shouldLeaveARowCodeOutOfTheName() throws Exception {
        Extraction x = Fixtures.extract("""
            Gifts from legal persons

              K7   Fond "Lesnaya Tropa Kostromy"        80 000 ₽     02.04.2026
              K8   OOO "Gorny Klyuch"                   55 000 ₽     17.05.2026
            """, "text/plain");
        assertTrue(Fixtures.names(x, EntityType.ORGANIZATION).contains("Fond \"Lesnaya Tropa Kostromy\""), x.entities().toString());
        assertTrue(Fixtures.names(x, EntityType.ORGANIZATION).contains("OOO \"Gorny Klyuch\""), x.entities().toString());
    }
}
