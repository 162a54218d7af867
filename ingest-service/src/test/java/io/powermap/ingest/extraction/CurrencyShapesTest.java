package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.entityNamed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;

/**
 * Amounts in any currency the world writes: every ISO 4217 code, dollars with a country's letters
 * glued on ("NT$", "J$"), the CFA franc's "FCFA", scales in other languages' plurals and a decimal
 * comma. The code or sign never becomes an organization. Every sentence is invented for this test.
 */
class CurrencyShapesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Sandpiper Trust gave TWD 750 000 to the Lagoon Watch Society in 2025.|750000|TWD",
        "The Sandpiper Trust gave KZT 12 million to the Lagoon Watch Society in 2024.|12000000|KZT",
        "The Sandpiper Trust gave NT$ 1,800,000 to the Lagoon Watch Society in 2025.|1800000|TWD",
        "The Sandpiper Trust gave J$27 million to the Lagoon Watch Society in 2024.|27000000|JMD",
        "The Sandpiper Trust gave FCFA 38 millions to the Lagoon Watch Society in 2023.|38000000|XOF",
        "The Sandpiper Trust gave KGS 3,2 mln to the Lagoon Watch Society in 2022.|3200000|KGS",
        "The Sandpiper Trust gave 90 000 GTQ to the Lagoon Watch Society in 2021.|90000|GTQ",
    })
    void shouldReadTheAmountAndItsCurrency(String sentence, long amount, String currency) throws Exception {
        Extraction x = Fixtures.extract(sentence, "text/plain");
        ExtractedRelationship r = Fixtures.expectRelation(x, RelationshipType.FUNDING, "Sandpiper Trust", "Lagoon Watch Society");
        assertEquals(0, BigDecimal.valueOf(amount).compareTo(r.amount()), sentence + " -> " + r.amount());
        assertEquals(currency, r.currency());
        for (String sign : new String[] {"NT", "J", "TWD", "KZT", "FCFA", "KGS", "GTQ"}) {
            assertTrue(entityNamed(x, sign).isEmpty(), sign + " made an entity: " + x.entities());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Sandpiper Trust gave the Lagoon Watch Society a grant for its SDG 11 housing work in 2022.",
        "The Sandpiper Trust funds the Lagoon Watch Society's CVE 2030 reporting plan.",
    })
    void shouldNotReadAGoalsOrAPlansNumberAsMoney(String sentence) throws Exception {
        Extraction x = Fixtures.extract(sentence, "text/plain");
        assertTrue(x.relationships().stream().allMatch(r -> r.amount() == null), x.relationships().toString());
    }

    @Test
    void shouldNotGlueADollarsCountryLettersToTheRecipientsName() throws Exception {
        Extraction x = Fixtures.extract("In the first month of the lockout the Sandpiper Trust gave the Lagoon Watch Society "
            + "C$ 250,000 (CAD 250,000) for its hardship fund.", "text/plain");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Sandpiper Trust", "Lagoon Watch Society");
        assertTrue(entityNamed(x, "Lagoon Watch Society C").isEmpty(), x.entities().toString());
    }
}
