package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.expectRelation;

import org.junit.jupiter.api.Test;

import io.powermap.contract.RelationshipType;

/**
 * A plain-text list item wrapped onto lines indented under its text goes on there, whatever word the next line opens
 * with: a numbered item's sentence and a bullet's "Name – Post,\n Body" are read whole. Invented names.
 */
class HangingListItemsTest {

    private static final String TEXT = "Grants in brief\n\nTwo of this year's notes:\n\n"
        + "  1. The Fenwick Lantern Trust gave USD 40,000 to the\n"
        + "     Quillmoor Reading Circle for its mobile library.\n"
        + "  2. Our board met four times.\n"
        + "  · Teodora Hallvik – Chair,\n"
        + "    Brackwater Credit Union\n";

    @Test
    void shouldReadAWrappedItemWhole() throws Exception {
        Extraction x = Fixtures.extract(TEXT, "text/plain");
        expectRelation(x, RelationshipType.FUNDING, "Fenwick Lantern Trust", "Quillmoor Reading Circle");
        expectRelation(x, RelationshipType.POSITION, "Teodora Hallvik", "Brackwater Credit Union");
    }
}
