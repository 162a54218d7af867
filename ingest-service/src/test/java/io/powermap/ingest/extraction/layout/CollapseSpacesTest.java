package io.powermap.ingest.extraction.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The written-out space collapsing gives what the regular expression it replaced gives. */
class CollapseSpacesTest {

    @Property(tries = 2_000)
    void collapsesLikeTheRegularExpression(@ForAll("spacedText") String text) {
        assertEquals(TextAssembler.SPACES.matcher(text).replaceAll(" "), TextAssembler.collapseSpaces(text));
    }

    @Test
    void everyKindOfSpaceRunBecomesOneSpace() {
        assertEquals(" Board  of\u2009 trustees ".replaceAll("[\\s\u2009]+", " "),
            TextAssembler.collapseSpaces("\u00A0Board\t\u2003of\u2009\u202Ftrustees\r\n"));
        assertEquals("plain words stay as they are", TextAssembler.collapseSpaces("plain words stay as they are"));
    }

    @Provide
    Arbitrary<String> spacedText() {
        return Arbitraries.strings()
            .withChars('a', 'Z', '.', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2000', '\u2007', '\u200B', '\u200C',
                '\u202F', '\u205F', '\u3000', '\u1680', '\u0085', '\u2028')
            .ofMaxLength(40);
    }
}
