package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.powermap.contract.RelationshipType;

/**
 * A register entry laid out as a two-column table of labels and values, in plain text with a rule line whose bars
 * cross it ("----+----") or in Markdown, reads like the same entry written as "Label: value" lines: the name row
 * names the body, the founders, officers and networks rows tie people and bodies to it, and a row with no label
 * carries on the row above. A table of people under "Name | Role" stays a table. Every name and sentence here is
 * invented.
 */
class RecordTablesTest {

    private static final String PLAIN = """
        Parish directory extract, sheet 12

         Field               | Value
        ---------------------+--------------------------------------
         Name (in full)      | Quarry Lane Allotment Society
         Founders            | Ysolde Brankwell; Marisol Aldhouse
         Chair               | Ysolde Brankwell (since 2016)
         Networks            | Federation of Upland Growers (2012-)
                             | Wessex Seed Savers Association
        ---------------------+--------------------------------------

        The society lets forty plots and keeps bees on the old tip.
        """;

    private static final String MARKDOWN = """
        # Directory extract

        | Item | Detail |
        |---|---|
        | Name | Marlpit Common Friends |
        | Treasurer | Gideon Pellow-Hart (since 2020) |
        | Member of | Heathland Trusts Alliance |

        The friends clear bracken every autumn.
        """;

    @Test
    void shouldReadAPlainTextRecordTableAsFields() throws Exception {
        Extraction x = Fixtures.extract(PLAIN, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Ysolde Brankwell", "Quarry Lane Allotment Society");
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Marisol Aldhouse", "Quarry Lane Allotment Society");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Ysolde Brankwell", "Quarry Lane Allotment Society");
        Fixtures.expectRelation(x, RelationshipType.MEMBERSHIP, "Quarry Lane Allotment Society", "Wessex Seed Savers Association");
    }

    @Test
    void shouldReadAMarkdownRecordTableAsFields() throws Exception {
        Extraction x = Fixtures.extract(MARKDOWN, "text/markdown");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Gideon Pellow-Hart", "Marlpit Common Friends");
        Fixtures.expectRelation(x, RelationshipType.MEMBERSHIP, "Marlpit Common Friends", "Heathland Trusts Alliance");
    }

    @Test
    void shouldKeepATableOfPeopleAsATable() throws Exception {
        Extraction x = Fixtures.extract("""
            Our committee

            | Name | Role |
            |---|---|
            | Ysolde Brankwell | Chair |
            | Marisol Aldhouse | Secretary |

            Quarry Lane Allotment Society lets forty plots.
            """, "text/markdown");
        assertFalse(Fixtures.relation(x, RelationshipType.POSITION, "Ysolde Brankwell", "Chair").isPresent());
    }
}
