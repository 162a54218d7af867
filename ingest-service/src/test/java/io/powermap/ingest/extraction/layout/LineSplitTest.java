package io.powermap.ingest.extraction.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Lines are cut where the regular expression the loop replaced cut them, empty ones and the last one kept. */
class LineSplitTest {

    @Property(tries = 2_000)
    void cutsWhereTheRegularExpressionCuts(@ForAll("text") String text) {
        assertArrayEquals(text.split("\\r\\n|\\r|\\n", -1), LineLayout.lines(text), text);
    }

    @Test
    void mixedLineEndsAndTrailingBreaks() {
        assertArrayEquals(new String[] {"Board", "", "Chair: A. Osei", "", "Treasurer", ""},
            LineLayout.lines("Board\r\n\rChair: A. Osei\n\rTreasurer\n"));
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().withChars('a', 'B', ' ', '\r', '\n', '\u2028', '\u0085').ofMaxLength(30);
    }
}
