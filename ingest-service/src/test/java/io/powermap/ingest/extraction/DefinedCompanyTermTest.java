package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * A report a business issues calls it "the Company", capitalised, far more often than it writes its name; under
 * a title naming no body, that is what the report is about, though another body is named more often.
 * Every name and sentence here is invented.
 */
class DefinedCompanyTermTest {

    private static final String REPORT = """
        Statement on Community Programmes, Year 2025

        Harwick Timber Limited, appendix to the directors' report

        The Company set up the Riverside Safety Board in 2019. The Riverside Safety Board meets four times a year, \
        and the Riverside Safety Board reports to the Company's directors. The Company was founded in 1962 by \
        Oskar Lindqvist. The Riverside Safety Board also advises the Company on its mills, and the Company pays \
        its costs. Ingrid Salo is a director of the Company.
        """;

    @Test
    void shouldTakeTheBusinessCalledTheCompanyForTheSubject() throws Exception {
        Extraction x = Fixtures.extract(REPORT, "text/plain");
        String id = Fixtures.entity(x, EntityType.ORGANIZATION, "Harwick Timber").orElseThrow().id();
        assertEquals(id, x.subjectId(), x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Oskar Lindqvist", "Harwick Timber");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Ingrid Salo", "Harwick Timber");
    }
}
