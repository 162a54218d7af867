package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.expectRelation;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.powermap.contract.RelationshipType;

/**
 * A church office written before a person's name ("Archbishop A", "Archdeacon B") is a title, not part of the name,
 * as "Bishop" and "Father" already are; an office named after its see ("the Bishop of X") names no person X.
 * Invented names.
 */
class ClergyTitlesTest {

    @Test
    void shouldLeaveTheChurchOfficeOutOfThePersonsName() throws Exception {
        Extraction x = Fixtures.extract("The Harbourside Churches Forum was founded in 1981 by Archbishop Colm Rathmore.\n\n"
            + "The forum meets monthly. Archdeacon Ruth Abernethy-Sole, the chair of the Harbourside Churches Forum, opened "
            + "the last meeting.\n", "text/plain");
        expectRelation(x, RelationshipType.FOUNDED, "Colm Rathmore", "Harbourside Churches Forum");
        expectRelation(x, RelationshipType.POSITION, "Ruth Abernethy-Sole", "Harbourside Churches Forum");
        assertFalse(Fixtures.entityNamed(x, "Archbishop Colm Rathmore").isPresent(), x.entities().toString());
    }

    @Test
    void shouldNotTakeTheSeeOfAnOfficeForAPerson() throws Exception {
        Extraction x = Fixtures.extract("The Saint Brendan Trust helps families.\n\nThe Bishop of Carrowmore is the president "
            + "of the institution. The director is Aoife Delaney-Roche.\n", "text/plain");
        assertFalse(Fixtures.entity(x, io.powermap.contract.EntityType.PERSON, "Carrowmore").isPresent(), x.entities().toString());
        expectRelation(x, RelationshipType.POSITION, "Aoife Delaney-Roche", "Saint Brendan Trust");
    }
}
