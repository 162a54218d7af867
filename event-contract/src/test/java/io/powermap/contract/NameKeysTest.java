package io.powermap.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
}
