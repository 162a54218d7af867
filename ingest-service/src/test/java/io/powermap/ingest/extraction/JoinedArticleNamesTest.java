package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * An Arabic article written in lower case and joined by a hyphen to a capitalised word ("al-", "el-", "ash-") is part
 * of a person's or a body's name, which keeps it as written; "et al." and a lower-case word after the hyphen open no
 * name. Every name and sentence here is invented.
 */
class JoinedArticleNamesTest {

    private static final String STORY = """
        The Wadi Lantern Collective trains village paralegals in four provinces.

        Its director is Samira Fadel al-Dabbagh, and its treasurer is Karim Yunis el-Zoubi. The collective was set up
        by Rula ash-Shami in 2009. It has asked the Majlis al-Watani to revise the wells code.
        """;

    @Test
    void shouldKeepTheArticleInsidePeoplesNames() throws Exception {
        Extraction x = Fixtures.extract(STORY, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Samira Fadel al-Dabbagh", "Wadi Lantern Collective");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Karim Yunis el-Zoubi", "Wadi Lantern Collective");
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Rula ash-Shami", "Wadi Lantern Collective");
    }

    @Test
    void shouldKeepTheArticleInsideABodysName() throws Exception {
        Extraction x = Fixtures.extract(STORY, "text/plain");
        assertTrue(Fixtures.names(x, EntityType.ORGANIZATION).contains("Majlis al-Watani"), x.entities().toString());
    }
}
