package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.entity;
import static io.powermap.ingest.extraction.Fixtures.relation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.format.Documents;
import io.powermap.ingest.extraction.layout.FormatConverter;

class FormatConversionTest {

    @Test
    void shouldDropHtmlBoilerplateAndKeepContent() throws DocumentRejectedException {
        Extraction x = Fixtures.EXTRACTOR.extract(Fixtures.resource("page.html"), "text/html; charset=UTF-8", "test://page");
        assertFalse(x.text().contains("cookies"));
        assertFalse(x.text().contains("Morning Ledger"));
        assertFalse(x.text().contains("Sunrise Parents"));
        assertFalse(x.text().contains("tracker"));
        assertTrue(x.text().contains("Leadership"));
        assertEquals("Cedar Valley Workers Union", x.source().title());
        assertTrue(x.source().copyright().contains("Profiles Inc."));
        assertTrue(x.entities().stream().noneMatch(e -> e.name().contains("Profiles")));
    }

    @Test
    void shouldReadLeaderTableInHtml() throws DocumentRejectedException {
        Extraction x = Fixtures.EXTRACTOR.extract(Fixtures.resource("page.html"), "text/html", "test://page");
        ExtractedRelationship now = relation(x, RelationshipType.POSITION, "Dmitri Aleksandrov", "Cedar Valley Workers Union").orElseThrow();
        assertEquals("president", now.role());
        assertEquals("2016", now.start());
        assertEquals(Boolean.TRUE, now.current());
        ExtractedRelationship before = relation(x, RelationshipType.POSITION, "Loretta Vance", "Cedar Valley Workers Union").orElseThrow();
        assertEquals("1988", before.start());
        assertEquals("2016", before.end());
        assertEquals(Boolean.FALSE, before.current());
        assertTrue(relation(x, RelationshipType.FOUNDED, "Loretta Vance", "Cedar Valley Workers Union").isPresent());
    }

    @Test
    void shouldReadGrantTableInHtml() throws DocumentRejectedException {
        Extraction x = Fixtures.EXTRACTOR.extract(Fixtures.resource("page.html"), "text/html", "test://page");
        ExtractedRelationship grant = relation(x, RelationshipType.FUNDING, "Bluestem Labor Fund", "Cedar Valley Workers Union").orElseThrow();
        assertEquals(0, new BigDecimal("250000").compareTo(grant.amount()));
        assertEquals("2021", grant.start());
    }

    @Test
    void shouldLinkHtmlFootnoteToSentence() throws DocumentRejectedException {
        Extraction x = Fixtures.EXTRACTOR.extract(Fixtures.resource("page.html"), "text/html", "test://page");
        ExtractedRelationship founded = relation(x, RelationshipType.FOUNDED, "Loretta Vance", "Cedar Valley Workers Union").orElseThrow();
        assertTrue(founded.evidence().get(0).footnotes().contains("Founding records are held by the county library."));
    }

    @Test
    void shouldReadMarkdownPipeTableAndStripMarkup() throws DocumentRejectedException {
        Extraction x = Fixtures.EXTRACTOR.extract(Fixtures.resource("grants.md"), "text/markdown", "test://grants");
        assertFalse(x.text().contains("**"));
        assertFalse(x.text().contains("https://"));
        ExtractedRelationship r = relation(x, RelationshipType.FUNDING, "Lantern Education Foundation", "Willow Creek Literacy Project").orElseThrow();
        assertEquals(0, new BigDecimal("1200000").compareTo(r.amount()));
        assertEquals("2019", r.start());
        assertTrue(relation(x, RelationshipType.FUNDING, "Hollis Family Trust", "Willow Creek Literacy Project").isPresent());
        assertTrue(relation(x, RelationshipType.POSITION, "Amara Okafor", "Willow Creek Literacy Project").isPresent());
    }

    @Test
    void shouldSniffHtmlWhenNoMediaTypeIsGiven() throws DocumentRejectedException {
        Extraction x = Fixtures.EXTRACTOR.extract(Fixtures.resource("page.html"), null, null);
        assertEquals("text/html", x.source().mediaType());
        assertFalse(x.text().contains("<td>"));
    }

    @Test
    void shouldDecodeLatin1Text() throws DocumentRejectedException {
        String text = "Fundación Puente Norte\n\nThe Fundación Puente Norte is led by its director, Inés Cárdenas, "
            + "who joined the organization in 2010 after years of work with families in the region and its schools.";
        Extraction x = Fixtures.EXTRACTOR.extract(text.getBytes(StandardCharsets.ISO_8859_1), "text/plain", null);
        assertTrue(x.text().contains("Inés Cárdenas"));
    }

    @Test
    void shouldExtractFromGeneratedPdf() throws Exception {
        byte[] pdf = Documents.pdf("Northgate Youth Council (NYC)", "",
            "The Northgate Youth Council was founded in 2003 by Priscilla Hadley.",
            "The Orchard Hill Foundation gave $40,000 to the Council in 2020.");
        Extraction x = Fixtures.EXTRACTOR.extract(pdf, "application/pdf", "test://pdf");
        assertTrue(entity(x, EntityType.ORGANIZATION, "Northgate Youth Council").isPresent());
        assertTrue(relation(x, RelationshipType.FOUNDED, "Priscilla Hadley", "Northgate Youth Council").isPresent());
        assertTrue(relation(x, RelationshipType.FUNDING, "Orchard Hill Foundation", "Northgate Youth Council").isPresent());
    }

    @Test
    void shouldSniffPdfSentAsOctetStream() throws Exception {
        byte[] pdf = Documents.pdf("Northgate Youth Council", "", "The Northgate Youth Council was founded in 2003 by Priscilla Hadley.");
        Extraction x = Fixtures.EXTRACTOR.extract(pdf, "application/octet-stream", null);
        assertEquals("application/pdf", x.source().mediaType());
    }

    @Test
    void shouldExtractFromGeneratedDocx() throws Exception {
        byte[] docx = Documents.docx("Bayside Clean Water Network", "",
            "The Bayside Clean Water Network was established in 2011 by Teodoro Ruiz.",
            "Its executive director is Hannah Lindqvist, who has led it since 2019.");
        Extraction x = Fixtures.EXTRACTOR.extract(docx, FormatConverter.DOCX, "test://docx");
        assertTrue(relation(x, RelationshipType.FOUNDED, "Teodoro Ruiz", "Bayside Clean Water Network").isPresent());
        assertTrue(relation(x, RelationshipType.POSITION, "Hannah Lindqvist", "Bayside Clean Water Network").isPresent());
    }

    @Test
    void shouldReadAShortWordProcessorLineAsAHeadingNotAsTheStartOfTheNextParagraph() throws Exception {
        byte[] docx = Documents.docx("Riverside Arts Fund: Report for 2025",
            "A Word from the Trustees",
            "Riverside Arts Fund was started in 2012 by Amaru Quispe and Lea Novak.",
            "Grants Made",
            "Riverside Arts Fund gave EUR 20,000 to the Harbour Theatre Company in 2025.");
        Extraction x = Fixtures.EXTRACTOR.extract(docx, FormatConverter.DOCX, "test://report.docx");
        assertTrue(relation(x, RelationshipType.FOUNDED, "Amaru Quispe", "Riverside Arts Fund").isPresent(), x.relationships().toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.name().startsWith("Trustees ") || e.name().startsWith("Made ")),
            x.entities().toString());
        assertTrue(relation(x, RelationshipType.FUNDING, "Riverside Arts Fund", "Harbour Theatre Company").isPresent(),
            x.relationships().toString());
    }
}
