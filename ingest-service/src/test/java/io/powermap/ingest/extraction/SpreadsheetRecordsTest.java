package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * A profile kept in a spreadsheet and pasted as tab-separated text (a header with a label column and a value column,
 * date columns, a remark column) is read row by row as a form: no name runs into the next cell or the next row's
 * number, a snake_case key with a trailing "former" is a past post, "member_*" rows are the subject's members,
 * "founded_by" rows its founders (bodies too), and a "grant" row written "Funder: amount" is that funder's grant.
 * Every name and sentence here is invented.
 */
class SpreadsheetRecordsTest {

    private static final String SHEET = String.join("\n",
        "# sheet 'coastal bodies', exported as TSV",
        "n\ttopic\tfield\tvalue\tfrom\tto\tsource\tremarks",
        "1\tbasics\tname\tOstrava Estuary Forum\t\t\tcharter\tCouncils and port towns on one board",
        "2\tbasics\tfounded_by\tKelby Harbour Council; Dunmore Bay Council\t1961\t\tcharter\t",
        "3\tpeople\tchair\tCr Wilhelmina Stroud\t2023\t\tminutes\tSits for the southern towns",
        "4\tpeople\tchair_former\tAnselm Okonkwo-Ries\t2014\t2023\tminutes\t",
        "5\tpeople\tsecretary\tLiesel Marchetti\t2020\t\tminutes\t",
        "6\tmembers\tmember_council\tKelby Harbour Council\t\t\tregister\t",
        "7\tmembers\tmember_council\tPortlaw Shire Council\t2009\t\tregister\tJoined after the flood",
        "8\tmoney\tgrant\tTarrant Coast Trust: EUR 75,000\t2024\t2026\tdeed\t",
        "");

    @Test
    void shouldKeepEveryCellsNameApartFromTheNextCell() throws Exception {
        Extraction x = Fixtures.extract(SHEET, "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, "Ostrava Estuary Forum").isPresent(), x.entities().toString());
        assertTrue(Fixtures.entity(x, EntityType.PERSON, "Wilhelmina Stroud").isPresent(), x.entities().toString());
        assertFalse(Fixtures.entityNamed(x, "Portlaw Shire Council 2009").isPresent(), x.entities().toString());
        assertFalse(Fixtures.entityNamed(x, "Kelby Harbour Council 6").isPresent(), x.entities().toString());
    }

    @Test
    void shouldReadPostsWithTheirDatesFromTheRows() throws Exception {
        Extraction x = Fixtures.extract(SHEET, "text/plain");
        var chair = Fixtures.expectRelation(x, RelationshipType.POSITION, "Wilhelmina Stroud", "Ostrava Estuary Forum");
        assertEquals("2023", chair.start());
        var before = Fixtures.expectRelation(x, RelationshipType.POSITION, "Anselm Okonkwo-Ries", "Ostrava Estuary Forum");
        assertEquals("2023", before.end());
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Liesel Marchetti", "Ostrava Estuary Forum");
    }

    @Test
    void shouldReadFoundingAndMemberBodiesAsTheSubjectsOwn() throws Exception {
        Extraction x = Fixtures.extract(SHEET, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Kelby Harbour Council", "Ostrava Estuary Forum");
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Dunmore Bay Council", "Ostrava Estuary Forum");
        assertEquals("2009",
            Fixtures.expectRelation(x, RelationshipType.MEMBERSHIP, "Portlaw Shire Council", "Ostrava Estuary Forum").start());
        assertFalse(Fixtures.relation(x, RelationshipType.MEMBERSHIP, "Ostrava Estuary Forum", "Portlaw Shire Council").isPresent(),
            x.relationships().toString());
    }

    @Test
    void shouldReadAGrantRowAsTheFundersGrant() throws Exception {
        Extraction x = Fixtures.extract(SHEET, "text/plain");
        var grant = Fixtures.expectRelation(x, RelationshipType.FUNDING, "Tarrant Coast Trust", "Ostrava Estuary Forum");
        assertEquals("EUR", grant.currency());
    }

    @Test
    void shouldReadALabelledGrantLineInAnyForm() throws Exception {
        Extraction x = Fixtures.extract("""
            APPLICANT RECORD
            Name: Velmora Reading Circle
            Members: Osk Valley Library Friends; Tarn Book Club
            Former grant: Beck Literacy Trust: GBP 12,000 (2021)
            """, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Beck Literacy Trust", "Velmora Reading Circle");
        Fixtures.expectRelation(x, RelationshipType.MEMBERSHIP, "Tarn Book Club", "Velmora Reading Circle");
    }
}
