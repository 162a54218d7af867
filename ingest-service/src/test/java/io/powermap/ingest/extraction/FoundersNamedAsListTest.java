package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.powermap.contract.RelationshipType;

/**
 * Founders named by a count and a colon ("its deed lists two founders: A and B") or named first and then said to count
 * as the founders ("A and B ... are regarded as its founders"): each is a founder of the body. Every text is invented.
 */
class FoundersNamedAsListTest {

    @Test
    void shouldReadTheFoundersListedAfterAColon() throws Exception {
        Extraction x = Fixtures.extract("The Brackenford Tenants Union (BTU) opened an office in Wexley in 1993. "
            + "Its deed of trust names three founders: the nurse Ilse Marrow-Tande, the lawyer Cosmo Rieveld-Ansah "
            + "and the teacher Petra Volk-Imani.", "text/plain");
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Ilse Marrow-Tande", "Brackenford Tenants Union");
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Cosmo Rieveld-Ansah", "Brackenford Tenants Union");
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Petra Volk-Imani", "Brackenford Tenants Union");
    }

    @Test
    void shouldReadPeopleNamedBeforeTheyAreCountedAsFounders() throws Exception {
        Extraction x = Fixtures.extract("The Brackenford Tenants Union (BTU) grew out of a rent strike in 1993. "
            + "Two of the strikers, the nurse Ilse Marrow-Tande and the lawyer Cosmo Rieveld-Ansah, wrote its rules "
            + "and are regarded as its founders.", "text/plain");
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Ilse Marrow-Tande", "Brackenford Tenants Union");
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Cosmo Rieveld-Ansah", "Brackenford Tenants Union");
    }

    @Test
    void shouldNotCountPeopleOfAnotherClause() throws Exception {
        Extraction x = Fixtures.extract("The Brackenford Tenants Union (BTU) grew out of a rent strike in 1993. "
            + "Ilse Marrow-Tande chairs it; Cosmo Rieveld-Ansah and Petra Volk-Imani are regarded as its founders.",
            "text/plain");
        Fixtures.expectRelation(x, RelationshipType.FOUNDED, "Petra Volk-Imani", "Brackenford Tenants Union");
        assertFalse(Fixtures.relation(x, RelationshipType.FOUNDED, "Ilse Marrow-Tande", "Brackenford Tenants Union").isPresent(),
            x.relationships().toString());
    }
}
