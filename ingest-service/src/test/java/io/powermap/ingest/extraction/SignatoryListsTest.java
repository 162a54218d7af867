package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * Lines that name a body first and its person after a dash ("Body (ABBR) — Person, title"), as
 * signatories of a joint letter or member groups are listed: each person holds the title at the body on
 * the same line, never at the document's subject. Every text here is invented for this test.
 */
class SignatoryListsTest {

    private static final String LETTER = """
        OPEN LETTER ON THE SEED MARKETING BILL
        Tallinn, 3 March 2026

        We ask the Riigikogu to send the Seed Marketing Bill back to committee.

        The following groups sign this letter:

        Estonian Smallholders Union — Kadri Vaher, co-chair
        Koduaed Seed Savers (KSS) — Priit Lõhmus, executive director
        Baltic Organic Growers Association — Inese Kalniņa, board member
        Rural Futures Lab — Aušra Petrauskienė, research director
        """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Kadri Vaher|Estonian Smallholders Union", "Priit Lõhmus|Koduaed Seed Savers",
        "Inese Kalniņa|Baltic Organic Growers Association", "Aušra Petrauskienė|Rural Futures Lab"})
    void shouldTieEachPersonToTheBodyOnTheirLine(String pair) throws Exception {
        String[] p = pair.split("\\|");
        Extraction x = Fixtures.extract(LETTER, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.POSITION, p[0], p[1]);
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, p[1]).isPresent(), "the body is an organization: " + x.entities());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Priit Lõhmus", "Inese Kalniņa", "Aušra Petrauskienė"})
    void shouldNotGiveTheirTitlesToTheFirstSignatory(String person) throws Exception {
        Extraction x = Fixtures.extract(LETTER, "text/plain");
        assertFalse(Fixtures.relation(x, RelationshipType.POSITION, person, "Estonian Smallholders Union").isPresent(),
            x.relationships().toString());
    }
}
