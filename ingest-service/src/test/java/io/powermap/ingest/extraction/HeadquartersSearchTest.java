package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Searching for a headquarters phrase only where its cue words start finds what the plain search finds. */
class HeadquartersSearchTest {

    @Property(tries = 3_000)
    void findsTheSameFirstMatchAsThePlainSearch(@ForAll("prose") String text) {
        Matcher plain = DocumentExtractor.HEADQUARTERS.matcher(text);
        Matcher cued = DocumentExtractor.headquarters(text);
        if (!plain.find()) {
            assertNull(cued, text);
        } else {
            assertEquals(List.of(plain.start(), plain.end(), plain.group(1)), List.of(cued.start(), cued.end(), cued.group(1)), text);
        }
    }

    @Test
    void aCueInsideAnotherWordIsNoCue() {
        assertNull(DocumentExtractor.headquarters("The debased in Lima claim and the headquarter of it"));
        assertEquals("Accra, Ghana.", DocumentExtractor.headquarters("Firebased in Quito; later based in Accra, Ghana.").group(1));
    }

    @Provide
    Arbitrary<String> prose() {
        Arbitrary<String> word = Arbitraries.of("based", "headquartered", "headquarters", "headquarter", "is", "in", "Quito", "New",
            "Accra", "St.", "Ghana", ",", ".", "the", "unbased", "rebasedin", "based.", "In", "firm", "\n");
        return word.list().ofMaxSize(14).map(words -> String.join(" ", words).replace(" , ", ", ").replace(" .", "."));
    }
}
