package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;

/**
 * An official report names the proceeding it records, capitalised ("Report of an Inquiry into ...", "the Review");
 * the word is no body, so it neither becomes an organization nor takes the subject from the body examined.
 * Every name and sentence here is invented.
 */
class ProceedingsTitleTest {

    private static final String REPORT = """
        Report of an Inquiry into the Affairs of Marlow Heath Trust

        Charities Registry, Inquiry under section 12 of the Charities Act, final report

        The Registry examined Marlow Heath Trust ("the Trust"), a registered charity. The Trust was established \
        in 2004 by Lionel Okafor. The Trust's board is chaired by Petra Ambrose. The \
        Registry opened the Inquiry after a complaint, and the Trust cooperated with the Review.
        """;

    @Test
    void shouldNotTakeTheProceedingForABody() throws Exception {
        Extraction x = Fixtures.extract(REPORT, "text/plain");
        for (String word : new String[] {"Inquiry", "Review"}) {
            assertTrue(Fixtures.entityNamed(x, word).isEmpty(), x.entities().toString());
        }
        String id = Fixtures.entity(x, EntityType.ORGANIZATION, "Marlow Heath Trust").orElseThrow().id();
        assertEquals(id, x.subjectId(), x.entities().toString());
    }
}
