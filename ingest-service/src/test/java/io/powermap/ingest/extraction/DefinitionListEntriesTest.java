package io.powermap.ingest.extraction;

import org.junit.jupiter.api.Test;

import io.powermap.contract.RelationshipType;

/**
 * A definition list typed in plain text: a person's name over an indented line giving the post ("A B" / "Treasurer
 * since 2018."), or a post over an indented line naming its holder ("Director" / "C D, in post since 2019."). Each
 * entry is one statement of who holds what. Every name and sentence here is invented.
 */
class DefinitionListEntriesTest {

    @Test
    void shouldReadANameOverItsPost() throws Exception {
        Extraction x = Fixtures.extract("""
            Harrowfield Seed Library

            The Harrowfield Seed Library lends old varieties of bean and kale to gardeners in the Welsh Marches.

            Trustees
            --------

            Eluned Vaughan-Price
                Chair of the trustees since 2020. She farmed at Clun for thirty years.

            Tomasz Wielgosz-Hart
                Treasurer since 2017.
            """, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Eluned Vaughan-Price", "Harrowfield Seed Library");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Tomasz Wielgosz-Hart", "Harrowfield Seed Library");
    }

    @Test
    void shouldReadAPostOverItsHolder() throws Exception {
        Extraction x = Fixtures.extract("""
            Harrowfield Seed Library

            The Harrowfield Seed Library lends old varieties of bean and kale to gardeners in the Welsh Marches.

            Staff
            -----

            Coordinator
                Ifor Castellano-Jones, in post since 2022. He came from the Marches Growers Guild, where he kept
                the seed bank for six years.

            Head of outreach
                Rhiannon Adeyemi-Clarke, part time, since 2024.
            """, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Ifor Castellano-Jones", "Harrowfield Seed Library");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Rhiannon Adeyemi-Clarke", "Harrowfield Seed Library");
    }
}
