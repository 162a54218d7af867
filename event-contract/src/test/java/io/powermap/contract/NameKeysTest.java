package io.powermap.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void possessiveApostrophesOfEveryKindFoldToOneKey() {
        String plain = NameKeys.of("Workers' Rights Fund");
        assertEquals(NameKeys.of("Workers\u2019 Rights Fund"), plain);
        assertEquals(NameKeys.of("Children's Aid League"), NameKeys.of("Children\u2019s Aid League"));
        assertEquals(NameKeys.of("Children's Aid League"), NameKeys.of("Childrens Aid League"));
    }

    @Test
    void caseAccentsLigaturesAndLeadingArticleDoNotSeparateNames() {
        assertEquals(NameKeys.of("Stiftung Müller & Söhne"), NameKeys.of("stiftung muller and sohne"));
        assertEquals(NameKeys.of("Paci\uFB01c Coast Trust"), NameKeys.of("The Pacific Coast Trust"));
    }

    @Test
    void differentWordsStayDifferent() {
        assertNotEquals(NameKeys.of("Harbor Tenants Union"), NameKeys.of("Harbor Tenants Unit"));
        assertEquals("", NameKeys.of(null));
    }

    @Test
    void theAsciiPathFoldsListedNamesAsTheGeneralPathDoes() {
        for (String name : List.of("The Southern Poverty Law Center", "Doctors' Council", "St. John's Hospital",
            "AT&T", "Johnson & Johnson's board", "the", "The", "the ", " The  Fund ", "THE FUND", "theory fund",
            "Barnes's", "Barnes'", "O'Neil", "it's_me", "a's's", "x'S", "'s", "Ms. Eva Millona, Jr.", "Fund #2",
            "under_score", "tab\tseparated\nlines", "", "   ", "!!", "Caf\u00e9 Europ\u00e9en", "\u00c6on Fund",
            "Mar\u00eda's Fund", "Smith\u2019s Trust", "\ufb01nance Co")) {
            assertEquals(NameKeys.unicode(name), NameKeys.of(name), name);
        }
        assertEquals("", NameKeys.of(null));
    }

    @Test
    void theAsciiPathFoldsGeneratedNamesAsTheGeneralPathDoes() {
        String[] pieces = {"a", "B", "s", "S", "the", "The ", "THE", " ", "  ", "'", "'s", "'S", "&", "_", "-", ".", ",",
            "1", "9", "(", ")", "\t", "x", "Fund", "Council", "\u00e9", "\u2019s", "/", "\"", ";"};
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(8);
            for (int j = 0; j < length; j++) {
                name.append(pieces[random.nextInt(pieces.length)]);
            }
            assertEquals(NameKeys.unicode(name.toString()), NameKeys.of(name.toString()), "[" + name + "]");
        }
    }
}
