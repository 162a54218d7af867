package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * A report defines a capitalised term for the body it is about ("the Trust") and uses it far more often than the
 * body's name; under a title naming no body, that body is the subject, though another is named more often.
 * Every name and sentence here is invented.
 */
class DefinedTermSubjectTest {

    private static final String REPORT = """
        Findings on Governance and Income, Year 2025

        This note covers Marlow Heath Trust ("the Trust"), a registered charity. The Heathland Grazing Network \
        shares an office with the Trust. The Heathland Grazing Network was formed in 2012, and the Heathland \
        Grazing Network now has forty members. The Trust's board is chaired by Petra Ambrose. The Trust was \
        established in 2004 by Lionel Okafor. The Heathland Grazing Network is not examined here, and the Trust \
        pays its own rent.
        """;

    @Test
    void shouldTakeTheBodyCalledByItsDefinedTermForTheSubject() throws Exception {
        Extraction x = Fixtures.extract(REPORT, "text/plain");
        String id = Fixtures.entity(x, EntityType.ORGANIZATION, "Marlow Heath Trust").orElseThrow().id();
        assertEquals(id, x.subjectId(), x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Petra Ambrose", "Marlow Heath Trust");
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Lionel Okafor", "Marlow Heath Trust");
    }
}
