package io.powermap.profile.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** COPY's text format: the four characters that need it escaped, everything else as it is. */
class CopyRowsTest {

    @Test
    void escapesDelimitersAndLeavesTheRest() {
        UUID id = UUID.fromString("0b0c7f4e-2f0a-4a43-9b3e-6f3f5b2b9c11");
        String rows = new CopyRows("t (a, b, c, d, e, f)")
            .row(id, "plain", "tab\there\\back\nnew\rret", null, new BigDecimal("1.50"), Instant.parse("2026-01-02T03:04:05Z"))
            .row("\\", "\t\n\r", "é ü — 漢字 😀", "", true, 2.5)
            .rowsText();
        assertEquals(id + "\tplain\ttab\\there\\\\back\\nnew\\rret\t\\N\t1.50\t2026-01-02T03:04:05Z\n"
            + "\\\\\t\\t\\n\\r\té ü — 漢字 😀\t\ttrue\t2.5\n", rows);
    }

    @Test
    void escapesAsACharacterByCharacterEncoderWould() {
        Random random = new Random(7);
        char[] alphabet = {'a', 'b', ' ', '\\', '\t', '\n', '\r', 'é', '"', 'N', '漢'};
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            StringBuilder expected = new StringBuilder();
            text.chars().forEach(c -> expected.append(switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> String.valueOf((char) c);
            }));
            assertEquals(expected + "\n", new CopyRows("t (a)").row(text.toString()).rowsText());
        }
    }

    @Test
    void rowsLongerThanAChunkArriveWhole() {
        // megabytes of rows (a poll's outbox) go in chunks; a character of several bytes may straddle two
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 300_000; i++) {
            text.append(i % 7 == 0 ? "漢字 😀 é" : "payload ").append(i).append(i % 1000 == 0 ? "\t" : "");
        }
        CopyRows rows = new CopyRows("t (a, b)");
        StringBuilder all = new StringBuilder();
        for (int n = 0; n < 5; n++) {
            rows.row(n, text.toString());
            all.append(n).append('\t').append(text.toString().replace("\t", "\\t")).append('\n');
        }
        assertEquals(all.toString(), rows.rowsText());
    }
}
