package io.powermap.ingest.extraction.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The one-pass scan for the words that open sentences reads what the regular expression it replaced
 * read: the same words, the same letters before each sentence's end, in the same order.
 */
class SentenceOpeningsTest {

    /** The pattern the scan replaced, kept here as its specification. */
    private static final Pattern OPENING = Pattern.compile("([\\p{L}.]*)[.!?][\"\u201D\u2019')]*\\s+[\"\u201C\u2018']?(\\p{L}+)");

    private static List<StylisedNames.Opening> byPattern(String text) {
        List<StylisedNames.Opening> out = new ArrayList<>();
        Matcher m = OPENING.matcher(text);
        while (m.find()) {
            out.add(new StylisedNames.Opening(m.group(1), m.group(2)));
        }
        return out;
    }

    @Property(tries = 3000)
    void shouldFindTheOpeningsThePatternFound(@ForAll("prose") String text) {
        assertEquals(byPattern(text), StylisedNames.openings(text), text);
    }

    @Provide
    Arbitrary<String> prose() {
        // the characters the pattern treats specially, letters of several scripts (one outside the BMP), and filler
        return Arbitraries.strings().withChars("aBzéΩЖ.!?\"\u201D\u2019')\u201C\u2018 \n\t,5-").withChars("\uD835\uDC00")
            .ofMinLength(0).ofMaxLength(40);
    }

    @Test
    void shouldReadAbbreviationsQuotesAndBangsLikeThePattern() {
        for (String text : List.of("Dr. Ames said so. foodwatch agreed! \u201CWe\u201D did. U.S. officials (and others.) \"left\"",
            "It ended.  'quoted' then. 'x. ?Why! no", "a.b.c. Next... again?! Yes.\"  \u2018Fine")) {
            assertEquals(byPattern(text), StylisedNames.openings(text), text);
        }
    }
}
