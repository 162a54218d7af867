package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.powermap.contract.RelationshipType;

/**
 * "The company" and "the firm" stand for the latest business named (a legal form or a business word in its name), not
 * for the advocacy group a profile is about. Every name and sentence here is invented.
 */
class CompanyReferencesTest {

    @Test
    void shouldTieACompanyReferenceToTheLatestBusinessNotTheSubject() throws Exception {
        Extraction x = Fixtures.extract("""
            The Andean Handball Federation runs the national league. In 2024 the federation hired Eventos Quilla Ltda. to
            stage its finals. The company is run by Rosa Mejía Pardo.
            """, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Rosa Mejía Pardo", "Eventos Quilla");
    }

    @Test
    void shouldLeaveAFirmUnresolvedWhenNoBusinessWasNamed() throws Exception {
        Extraction x = Fixtures.extract("""
            The Andean Handball Federation runs the national league. The firm is run by Rosa Mejía Pardo.
            """, "text/plain");
        assertFalse(Fixtures.relation(x, RelationshipType.POSITION, "Rosa Mejía Pardo", "Andean Handball Federation").isPresent(),
            x.relationships().toString());
    }
}
