package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.relation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.EntityType;
import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;

/**
 * The kinds the fourth blind round showed missing: departures, a post's field, a pronoun that
 * continues the previous sentence's body, names with tone marks, honours and comma years, lists
 * with described items, and word-processor tables. Every sentence is invented here.
 */
class Blind4ShapesTest {

    private static final String SUBJECT = "Marram Coast Trust";

    private static Extraction plain(String text) throws DocumentRejectedException {
        return Fixtures.extract("The " + SUBJECT + " restores dunes on the Baltic shore. " + text, "text/plain");
    }



    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Jurgis Vaitkus stepped down from the board in 2017.|Jurgis Vaitkus|2017",
        "Halina Rudnicka left the board of the Trust in 2020 to take a post abroad.|Halina Rudnicka|2020",
        "Mateus Caldeira, who had joined as a field ecologist in 2011, left the Trust in 2019.|Mateus Caldeira|2019",
        "Oskar Lindqvist retired from the board in 2015 after two terms.|Oskar Lindqvist|2015",
        "Sandra Ebeling resigned from its staff in 2022.|Sandra Ebeling|2022",
    })
    void shouldReadADepartureAsAPostThatEnded(String sentence, String person, String year) throws Exception {
        ExtractedRelationship r = Fixtures.expectRelation(plain(sentence), RelationshipType.POSITION, person, SUBJECT);
        assertEquals(Boolean.FALSE, r.current(), r.toString());
        assertEquals(year, r.end(), r.toString());
    }

    @Test
    void shouldNotReadLeavingAnUnnamedCompanyAsAPostAtTheSubject() throws Exception {
        Extraction x = plain("Aurelija Petraitė retired from the company in 2012.");
        assertTrue(relation(x, RelationshipType.POSITION, "Aurelija Petraitė", SUBJECT).isEmpty(), x.relationships().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The current director of science is Birutė Kazlauskienė.|Birutė Kazlauskienė|director of science",
        "Its head of legal affairs was Tadeusz Wrona until 2021.|Tadeusz Wrona|head of legal affairs",
    })
    void shouldKeepAPostsFieldWithTheRole(String sentence, String person, String role) throws Exception {
        assertEquals(role, Fixtures.expectRelation(plain(sentence), RelationshipType.POSITION, person, SUBJECT).role());
    }

    @Test
    void shouldReadASentenceOpeningItsAsTheBodyThePreviousSentenceOpenedWith() throws Exception {
        Extraction x = plain("The Dune Wardens Federation joined the protest in May. Its spokeswoman, Liene Ozola, said the ban was overdue.");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Liene Ozola", "Dune Wardens Federation");
        assertTrue(relation(x, RelationshipType.POSITION, "Liene Ozola", SUBJECT).isEmpty(), x.relationships().toString());
    }

    @Test
    void shouldGiveThePostToThePersonARelativeClauseIsAbout() throws Exception {
        Extraction x = plain("At the hearing she sat beside Kalev Tamm, who now heads its monitoring unit.");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Kalev Tamm", SUBJECT);
    }

    @Test
    void shouldKeepToneMarksInsideNames() throws Exception {
        Extraction x = plain("Its board is chaired by Adéwálé Ọ̀ṣúntókùn-Bámidélé, a marine biologist.");
        assertTrue(Fixtures.names(x, EntityType.PERSON).contains("Adéwálé Ọ̀ṣúntókùn-Bámidélé"), x.entities().toString());
    }

    @Test
    void shouldLeaveHonorificsWithoutAFullStopAndHonoursOutOfNames() throws Exception {
        Extraction x = plain("The trustees are Dr Mirela Stan, Mr Eoin Ó Catháin and Prof Ama Boateng. "
            + "Their counsel was Rhiannon Price KC.");
        assertTrue(Fixtures.names(x, EntityType.PERSON).containsAll(List.of("Mirela Stan", "Eoin Ó Catháin", "Ama Boateng", "Rhiannon Price")),
            x.entities().toString());
        assertFalse(Fixtures.names(x, EntityType.ORGANIZATION).stream().anyMatch(n -> n.contains("Rhiannon")), x.entities().toString());
    }

    @Test
    void shouldKeepAYearAfterACommaInALawsName() throws Exception {
        Extraction x = plain("The Trust opposed the Coastal Zone Act, 2014 and welcomed the Wetlands Protection Act, 2021.");
        assertTrue(Fixtures.names(x, EntityType.LEGISLATION).containsAll(List.of("Coastal Zone Act, 2014", "Wetlands Protection Act, 2021")),
            x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.OPPOSES, SUBJECT, "Coastal Zone Act, 2014");
    }

    @Test
    void shouldTakeEveryDescribedItemOfAFoundersList() throws Exception {
        Extraction x = plain("The Trust was set up in 1996 by a circle that included the geologist Rasa Jonaitė, "
            + "her husband Vytas Jonaitis and the surveyor Marek Nowicki. The Sand Lab, launched in 2005 by Jonaitė and engineer Ilse Brandt, "
            + "tests dune grasses.");
        for (String person : List.of("Rasa Jonaitė", "Vytas Jonaitis", "Marek Nowicki")) {
            Fixtures.expectRelation(x, RelationshipType.FOUNDED, person, SUBJECT);
        }
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Ilse Brandt", "Sand Lab");
    }

    @Test
    void shouldMergeTheSubjectNamedWithoutItsInitialsAndMiddleWords() throws Exception {
        Extraction x = Fixtures.extract("The K.L. Vesterby Family Foundation funds coastal science. "
            + "The Vesterby Foundation gave the Dune Lab $40,000 in 2022.", "text/plain");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "K.L. Vesterby Family Foundation", "Dune Lab");
        assertFalse(Fixtures.names(x, EntityType.ORGANIZATION).contains("Vesterby Foundation"), x.entities().toString());
    }

    @Test
    void shouldReadAGrantTableInAWordDocument() throws Exception {
        byte[] docx;
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("The Tallinn Shore Foundation supports coastal groups across Estonia.");
            doc.createParagraph().createRun().setText("Grants made in 2024");
            String[][] rows = {
                {"Grantee", "Programme", "Award", "Duration"},
                {"Saaremaa Dune Society", "Habitat repair", "EUR 85,000", "2 years"},
                {"Pärnu Bay Watch", "Water testing", "€40,000", "1 year"},
            };
            org.apache.poi.xwpf.usermodel.XWPFTable table = doc.createTable(rows.length, rows[0].length);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    table.getRow(r).getCell(c).setText(rows[r][c]);
                }
            }
            doc.write(out);
            docx = out.toByteArray();
        }
        Extraction x = Fixtures.EXTRACTOR.extract(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "test://grants.docx");
        ExtractedRelationship first = Fixtures.expectRelation(x, RelationshipType.FUNDING, "Tallinn Shore Foundation", "Saaremaa Dune Society");
        assertEquals("EUR", first.currency(), first.toString());
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Tallinn Shore Foundation", "Pärnu Bay Watch");
        assertFalse(Fixtures.names(x, EntityType.ORGANIZATION).contains("Habitat"), x.entities().toString());
    }

    @Test
    void shouldGiveACampaignToTheBodyThatOwnsItInThePossessive() throws Exception {
        Extraction x = plain("The Lagoon Fishers Guild's Keep the Nets Free campaign began in 2016.");
        Fixtures.expectRelation(x, RelationshipType.CAMPAIGN, "Lagoon Fishers Guild", "Keep the Nets Free");
        assertTrue(relation(x, RelationshipType.CAMPAIGN, SUBJECT, "Keep the Nets Free").isEmpty(), x.relationships().toString());
    }

    @Test
    void shouldNameThePartnersACampaignIsRunWith() throws Exception {
        Extraction x = plain("In 2022 the Trust launched Dunes for Tomorrow, a campaign it runs jointly with the Amber Coast Network.");
        Fixtures.expectRelation(x, RelationshipType.CAMPAIGN, SUBJECT, "Dunes for Tomorrow");
        Fixtures.expectRelation(x, RelationshipType.CAMPAIGN, "Amber Coast Network", "Dunes for Tomorrow");
    }

    @Test
    void shouldReadASeatStatedWithIsOn() throws Exception {
        Extraction x = plain("Elif Kaya is on the Dune Fund's executive board. Oskar Lind is on leave.");
        assertEquals("member", Fixtures.expectRelation(x, RelationshipType.POSITION, "Elif Kaya", "Dune Fund").role());
        assertTrue(x.relationships().stream().noneMatch(r -> r.type() == RelationshipType.POSITION
            && x.entities().stream().anyMatch(e -> e.id().equals(r.sourceId()) && e.name().equals("Oskar Lind"))), x.relationships().toString());
    }

    @Test
    void shouldGiveAPluralRoleToEachHolderNamedAfterIt() throws Exception {
        Extraction x = plain("The Sand Guild, whose directors Mira Holt and Sven Ekdahl filed the suit, objected.");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Mira Holt", "Sand Guild");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Sven Ekdahl", "Sand Guild");
    }

    @Test
    void shouldTakeTheSubjectFromTheSiteNameWhenThePageTitleNamesNone() throws Exception {
        Extraction x = Fixtures.extract("<html><head><title>Our people | Amber Dune Institute</title></head><body>"
            + "<h1>Our people</h1><p>The Amber Dune Institute was set up in 1994 by coastal ecologists. Among its founders were "
            + "Carlos Alberto Teixeira (known as Beto), Ana Lima and Rui Costa.</p>"
            + "<p>Teixeira is a member of the Coast Observatory.</p></body></html>", "text/html");
        assertEquals("Amber Dune Institute", x.entities().stream().filter(e -> e.id().equals(x.subjectId())).findFirst()
            .orElseThrow().name(), x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Ana Lima", "Amber Dune Institute");
    }
}
