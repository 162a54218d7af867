package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;

/**
 * An organisation's own partners table: the description cell, not the "Partner" column, says what
 * each row's tie is. Every page here is invented for this test.
 */
class PartnerTablesTest {

    private static final String PAGE = """
        <html><body><h1>Fjord Tenants Network</h1>
        <p>The Fjord Tenants Network defends renters in the coastal towns.</p>
        <h2>Our partners</h2>
        <table>
         <tr><th>Partner</th><th>Country</th><th>How we work together</th><th>Since</th></tr>
         <tr><td>Baltic Housing Alliance</td><td>Latvia</td><td>We are a member of its regional network</td><td>2014</td></tr>
         <tr><td>Greywater Charitable Trust</td><td>Norway</td><td>Funds our eviction hotline: EUR 30 000 in 2025</td><td>2021</td></tr>
         <tr><td>Nordlys Foundation</td><td>Sweden</td><td>Financed the rent survey; ended in 2019</td><td>2016</td></tr>
         <tr><td>Harbour Law Clinic</td><td>Norway</td><td>Shared legal complaints, no money exchanged</td><td>2018</td></tr>
        </table></body></html>
        """;

    @Test
    void shouldReadMoneyFromThePartnerToTheSubject() throws Exception {
        Extraction x = Fixtures.extract(PAGE, "text/html");
        ExtractedRelationship grant = Fixtures.expectRelation(x, RelationshipType.FUNDING, "Greywater Charitable Trust",
            "Fjord Tenants Network");
        assertEquals(30000.0, grant.amount().doubleValue(), 0.001);
        assertEquals("EUR", grant.currency());
        assertFalse(Fixtures.relation(x, RelationshipType.FUNDING, "Fjord Tenants Network", "Greywater Charitable Trust")
            .isPresent(), "the subject does not fund its funder");
    }

    @Test
    void shouldEndAFundingTheCellSaysEnded() throws Exception {
        Extraction x = Fixtures.extract(PAGE, "text/html");
        ExtractedRelationship ended = Fixtures.expectRelation(x, RelationshipType.FUNDING, "Nordlys Foundation",
            "Fjord Tenants Network");
        assertEquals("2019", ended.end());
        assertEquals(Boolean.FALSE, ended.current());
    }

    @Test
    void shouldReadMembershipAndPlainPartnershipWithoutMoney() throws Exception {
        Extraction x = Fixtures.extract(PAGE, "text/html");
        Fixtures.expectRelation(x, RelationshipType.MEMBERSHIP, "Fjord Tenants Network", "Baltic Housing Alliance");
        Fixtures.expectRelation(x, RelationshipType.AFFILIATION, "Fjord Tenants Network", "Harbour Law Clinic");
        assertFalse(Fixtures.relation(x, RelationshipType.FUNDING, "Harbour Law Clinic", "Fjord Tenants Network").isPresent()
            || Fixtures.relation(x, RelationshipType.FUNDING, "Fjord Tenants Network", "Harbour Law Clinic").isPresent(),
            "no money exchanged is no funding: " + x.relationships());
    }

    @Test
    void shouldStillReadAFundersGrantTableWithAmountsAsItsGrants() throws Exception {
        Extraction x = Fixtures.extract("""
            <html><body><h1>Pinewood Fund</h1><p>The Pinewood Fund supports rural newsrooms.</p>
            <table><tr><th>Partner</th><th>What the grant is for</th><th>Amount</th><th>Period</th></tr>
            <tr><td>Valley Courier Cooperative</td><td>Two reporters for the county courts</td><td>EUR 40 000</td><td>2025</td></tr>
            </table></body></html>
            """, "text/html");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Pinewood Fund", "Valley Courier Cooperative");
    }
}
