package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.powermap.contract.RelationshipType;

/**
 * A document with no title line is about the body it keeps calling by the kind word of its name
 * ("the trust"), more often than another body it names in passing is named. Invented text.
 */
class UntitledSubjectTest {

    private static final String PROFILE = """
        After six years at the Riverside Bar Council (RBC), where she chaired the Riverside Bar Council's \
        access committee, Amara Oduya set up the Kelso Justice Trust in 2019 and has led it since.

        The trust trains volunteer paralegals, and the trust's board meets monthly. Tendai Moyo is its \
        treasurer. The trust says its clinics reached 4,000 people last year, and the trust plans \
        two more in the north.

        The Riverside Bar Council has praised the clinics. Moyo also keeps the trust's accounts.
        """;

    @Test
    void shouldTakeTheBodyTheTextKeepsCallingTheTrustAsTheSubject() throws Exception {
        Extraction x = Fixtures.extract(PROFILE, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Tendai Moyo", "Kelso Justice Trust");
        assertFalse(Fixtures.relation(x, RelationshipType.POSITION, "Tendai Moyo", "Riverside Bar Council").isPresent(),
            x.relationships().toString());
    }
}
