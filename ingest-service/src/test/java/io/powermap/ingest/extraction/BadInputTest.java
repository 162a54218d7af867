package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import io.powermap.ingest.format.Documents;
import io.powermap.ingest.extraction.DocumentRejectedException.Reason;
import io.powermap.ingest.extraction.layout.FormatConverter;

class BadInputTest {

    private static Reason rejection(byte[] content, String type) {
        return assertThrows(DocumentRejectedException.class, () -> Fixtures.EXTRACTOR.extract(content, type, null)).reason();
    }

    @Test
    void shouldRejectEmptyDocument() {
        assertEquals(Reason.EMPTY, rejection(new byte[0], "text/plain"));
    }

    @Test
    void shouldRejectWhitespaceOnlyDocument() {
        assertEquals(Reason.EMPTY, rejection(" \n\t \r\n ".getBytes(StandardCharsets.UTF_8), "text/plain"));
        assertEquals(Reason.EMPTY, rejection("<html><body> <div> </div></body></html>".getBytes(StandardCharsets.UTF_8), "text/html"));
    }

    @Test
    void shouldRejectBinaryGarbage() {
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        assertEquals(Reason.UNSUPPORTED_MEDIA_TYPE, rejection(garbage, null));
        assertEquals(Reason.UNSUPPORTED_MEDIA_TYPE, rejection(garbage, "application/octet-stream"));
        assertEquals(Reason.UNSUPPORTED_MEDIA_TYPE, rejection(garbage, "text/plain"));
    }

    @Test
    void shouldRejectUnsupportedDeclaredType() {
        assertEquals(Reason.UNSUPPORTED_MEDIA_TYPE, rejection(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, "image/png"));
    }

    @Test
    void shouldRejectGermanText() {
        String german = "Die Stiftung wurde im Jahr 1990 von einer Gruppe engagierter Bürger gegründet und setzt sich "
            + "seitdem für den Schutz der Wälder ein. Sie wird von vielen Mitgliedern unterstützt, die sich mit "
            + "großem Einsatz für die Umwelt engagieren und auch in der Politik aktiv sind.";
        assertEquals(Reason.UNSUPPORTED_LANGUAGE, rejection(german.getBytes(StandardCharsets.UTF_8), "text/plain"));
    }

    @Test
    void shouldRejectSpanishText() {
        String spanish = "La fundación fue creada en 1985 por un grupo de vecinos que querían mejorar las escuelas de "
            + "la ciudad. Desde entonces trabaja con las familias para que los niños tengan acceso a una educación "
            + "de calidad y para que sus padres participen en la vida de la comunidad.";
        assertEquals(Reason.UNSUPPORTED_LANGUAGE, rejection(spanish.getBytes(StandardCharsets.UTF_8), "text/plain"));
    }

    @Test
    void shouldRejectTenMebibyteSingleLineQuickly() {
        byte[] line = new byte[10 * 1024 * 1024];
        Arrays.fill(line, (byte) 'a');
        for (int i = 7; i < line.length; i += 8) {
            line[i] = ' ';
        }
        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
            assertEquals(Reason.TOO_LARGE, rejection(line, "text/plain")));
    }

    @Test
    void shouldProcessLongRunOnLineInLinearTime() {
        StringBuilder b = new StringBuilder("Quarry Road Alliance\n\n");
        String chunk = "the Quarry Road Alliance and the Stone Mill Foundation and Harriet Bell of the Union ( [ $ 19 ";
        while (b.length() < 900_000) {
            b.append(chunk);
        }
        byte[] content = b.toString().getBytes(StandardCharsets.UTF_8);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Extraction x = Fixtures.EXTRACTOR.extract(content, "text/plain", null);
            assertTrue(x.text().length() > 800_000);
        });
    }

    @Test
    void shouldSurviveDeeplyNestedHtml() {
        StringBuilder b = new StringBuilder("<html><body><h1>Deep Harbor Council</h1>");
        for (int i = 0; i < 10_000; i++) {
            b.append("<div>");
        }
        b.append("The Deep Harbor Council was founded in 2001 by Miriam Osei.");
        for (int i = 0; i < 10_000; i++) {
            b.append("</div>");
        }
        b.append("</body></html>");
        byte[] content = b.toString().getBytes(StandardCharsets.UTF_8);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                Extraction x = Fixtures.EXTRACTOR.extract(content, "text/html", null);
                assertTrue(x.text().contains("Miriam Osei"));
            } catch (DocumentRejectedException e) {
                assertEquals(Reason.UNREADABLE, e.reason());
            }
        });
    }

    @Test
    void shouldRejectEncryptedPdf() throws IOException {
        byte[] pdf = Documents.encryptedPdf("secret", "Hidden Lake Fund", "The Hidden Lake Fund was set up in 1999.");
        assertEquals(Reason.UNREADABLE, rejection(pdf, "application/pdf"));
    }

    @Test
    void shouldRejectCorruptPdf() throws IOException {
        byte[] pdf = Documents.pdf("Hidden Lake Fund", "The Hidden Lake Fund was set up in 1999.");
        byte[] broken = Arrays.copyOf(pdf, pdf.length / 3);
        for (int i = 200; i < broken.length; i += 7) {
            broken[i] = (byte) (broken[i] ^ 0x5A);
        }
        assertEquals(Reason.UNREADABLE, rejection(broken, "application/pdf"));
    }

    @Test
    void shouldRejectDocxZipBomb() throws IOException {
        byte[] docx = Documents.docx("Placeholder Society", "The Placeholder Society exists.");
        byte[] bomb = inflateDocumentXml(docx, 60 * 1024 * 1024);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Reason r = rejection(bomb, FormatConverter.DOCX);
            assertTrue(r == Reason.UNREADABLE || r == Reason.TOO_LARGE, r.toString());
        });
    }

    @Test
    void shouldStopWhenInterrupted() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(ExtractionInterruptedException.class,
                () -> Fixtures.extract("Pine Ridge Council\n\nThe Pine Ridge Council was founded in 1970 by Ada Lowe.", "text/plain"));
        } finally {
            Thread.interrupted();
        }
    }

    /** Rewrites word/document.xml with megabytes of whitespace: tiny compressed, huge inflated. */
    private static byte[] inflateDocumentXml(byte[] docx, int padding) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int body = xml.indexOf("<w:body>") + "<w:body>".length();
                    zip.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < padding / spaces.length; i++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(body).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(data);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
