package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.expectRelation;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * A name followed by itself in its own script, in brackets, reads as if the bracket were not there:
 * the cues that must touch the name (a dash and a role, an apposition) still do. Invented names.
 */
class ScriptGlossesTest {

    @Test
    void shouldReadARoleAfterANameWithAKanjiGloss() throws Exception {
        String text = "The Lakeside Weavers Guild\n\nOfficers\n\nKenta Morishige (森重 健太) — President\n\n"
            + "He has chaired the Lakeside Weavers Guild since 2020.\n\n"
            + "Tomiko Arakawa (荒川 富美子), a tax adviser and partner of Northgate Audit Office, keeps the Guild's accounts.\n";
        Extraction x = Fixtures.extract(text, "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.PERSON, "Kenta Morishige").isPresent(), x.entities().toString());
        expectRelation(x, RelationshipType.POSITION, "Kenta Morishige", "Lakeside Weavers Guild");
        expectRelation(x, RelationshipType.POSITION, "Tomiko Arakawa", "Northgate Audit Office");
    }

    @Test
    void shouldReadAnAppositionAfterACyrillicGloss() throws Exception {
        String text = "The Dnipro Riverkeepers Network met in Kyiv on Monday.\n\n"
            + "Olesya Barvinok (Олеся Барвінок), an ecologist and director of the Podil Water Institute, opened the meeting.\n";
        Extraction x = Fixtures.extract(text, "text/plain");
        expectRelation(x, RelationshipType.POSITION, "Olesya Barvinok", "Podil Water Institute");
    }
}
