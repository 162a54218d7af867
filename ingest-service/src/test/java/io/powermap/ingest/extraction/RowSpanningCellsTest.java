package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.expectRelation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;

/**
 * A table cell that spans several rows (a region or group label with {@code rowspan}) belongs to each of them: the
 * rows under it keep their cells under the right headers, so a grantee and its amount are read from every row, not
 * only the first of the group. Invented names.
 */
class RowSpanningCellsTest {

    private static final String PAGE = "<!DOCTYPE html><html><head><title>Grants – Tidewater Commons Fund</title></head>"
        + "<body><main><h1>Grants made by the Tidewater Commons Fund in 2025</h1>"
        + "<p>The Tidewater Commons Fund gives small grants to local groups.</p>"
        + "<table><thead><tr><th>Region</th><th>Grantee</th><th>Amount</th></tr></thead><tbody>"
        + "<tr><th rowspan=\"3\">North</th><td>Brackwater Allotment Society</td><td>USD 12,000</td></tr>"
        + "<tr><td>Quillmoor Reading Circle</td><td>USD 8,500</td></tr>"
        + "<tr><td>Fennick Lane Youth Forum</td><td>USD 4,000</td></tr>"
        + "<tr><th rowspan=\"2\">South</th><td>Orrin Marsh Rescue Collective</td><td>USD 9,000</td></tr>"
        + "<tr><td>Saltcote Elders Network</td><td>USD 6,000</td></tr>"
        + "</tbody></table></main></body></html>";

    @Test
    void shouldReadEveryRowUnderASpanningGroupCell() throws Exception {
        Extraction x = Fixtures.extract(PAGE, "text/html");
        ExtractedRelationship second = expectRelation(x, RelationshipType.FUNDING, "Tidewater Commons Fund", "Quillmoor Reading Circle");
        assertEquals(0, new BigDecimal("8500").compareTo(second.amount()), second.toString());
        ExtractedRelationship last = expectRelation(x, RelationshipType.FUNDING, "Tidewater Commons Fund", "Saltcote Elders Network");
        assertEquals(0, new BigDecimal("6000").compareTo(last.amount()), last.toString());
    }
}
