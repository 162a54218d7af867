package io.powermap.profile.service.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.powermap.contract.NameKeys;

/** Resolution folds names with MatchKeys; the stored keys were folded with NameKeys: the two must agree. */
class MatchKeysTest {

    @Test
    void shouldFoldNamesAsNameKeysDoes() {
        for (String name : List.of("The Southern Poverty Law Center", "Doctors' Council", "St. John's Hospital",
            "AT&T", "Johnson & Johnson's board", "the", "The", "the ", " The  Fund ", "THE FUND", "theory fund",
            "Barnes's", "Barnes'", "O'Neil", "it's_me", "a's's", "x'S", "'s", "Ms. Eva Millona, Jr.", "Fund #2",
            "under_score", "tab\tseparated\nlines", "", "   ", "!!", "Caf\u00e9 Europ\u00e9en", "\u00c6on Fund",
            "Mar\u00eda's Fund", "Smith\u2019s Trust", "\ufb01nance Co")) {
            assertEquals(NameKeys.of(name), MatchKeys.of(name), name);
        }
        assertEquals("", MatchKeys.of(null));
    }

    @Test
    void shouldFoldGeneratedNamesAsNameKeysDoes() {
        String[] pieces = {"a", "B", "s", "S", "the", "The ", "THE", " ", "  ", "'", "'s", "'S", "&", "_", "-", ".", ",",
            "1", "9", "(", ")", "\t", "x", "Fund", "Council", "\u00e9", "\u2019s", "/", "\"", ";"};
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(8);
            for (int j = 0; j < length; j++) {
                name.append(pieces[random.nextInt(pieces.length)]);
            }
            assertEquals(NameKeys.of(name.toString()), MatchKeys.of(name.toString()), "[" + name + "]");
        }
    }
}
