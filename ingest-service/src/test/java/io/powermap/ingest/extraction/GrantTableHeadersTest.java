package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.relation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;

/** Grant tables read whatever words their headers use for giver, receiver, sum and year. Invented tables. */
class GrantTableHeadersTest {

    @ParameterizedTest(name = "{0} | {1} | {2} | {3}")
    @CsvSource({
        "Grant-maker, Partner, Committed, Year",
        "Funding body, Recipient, Amount (AUD), Round",
        "Funded by, Funded organisation, Disbursed, Cycle",
    })
    void shouldReadEachRowAsAGrant(String giver, String receiver, String sum, String year) throws Exception {
        String md = "# Grants of the Fjordline Trust\n\nThe Fjordline Trust funds coastal communities.\n\n"
            + "| " + giver + " | " + receiver + " | " + sum + " | " + year + " |\n|---|---|---|---|\n"
            + "| Fjordline Trust | Harbour Schools Network | 250,000 | 2023 |\n"
            + "| Fjordline Trust | Saltmarsh Renewal Alliance | 90,000 | 2024 |\n";
        Extraction x = Fixtures.extract(md, "text/markdown");
        ExtractedRelationship r = relation(x, RelationshipType.FUNDING, "Fjordline Trust", "Harbour Schools Network")
            .orElseThrow(() -> new AssertionError("no grant in " + x.relationships()));
        assertEquals(0, new BigDecimal("250000").compareTo(r.amount()), r.toString());
        assertEquals("2023", r.start());
        relation(x, RelationshipType.FUNDING, "Fjordline Trust", "Saltmarsh Renewal Alliance")
            .orElseThrow(() -> new AssertionError("no second grant in " + x.relationships()));
    }
}
