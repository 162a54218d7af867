package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * Laws numbered the way some parliaments number them, with the legislature, a series letter and the law's own
 * number ("Law No. 07/L-112 on ..."), and two numbered laws joined by "and": each is one law with its own title,
 * and a stance reaches each. Every text is invented here.
 */
class NumberedLawSeriesTest {

    @Test
    void shouldKeepASeriesLetterInsideTheNumber() throws Exception {
        Extraction x = Fixtures.extract("The Harbour Rights Forum has campaigned against Law No. 07/L-112 on Public Assemblies "
            + "since the spring.", "text/plain");
        String law = "Law No. 07/L-112 on Public Assemblies";
        assertTrue(Fixtures.entity(x, EntityType.LEGISLATION, law).isPresent(), x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.OPPOSES, "Harbour Rights Forum", law);
    }

    @Test
    void shouldEndATitleWhereASecondNumberedLawBegins() throws Exception {
        Extraction x = Fixtures.extract("The Harbour Rights Forum welcomed Law No. 31/2019 on the Selection of Magistrates and "
            + "Law No. 32/2019 on Court Budgets.", "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.LEGISLATION, "Law No. 31/2019 on the Selection of Magistrates").isPresent(),
            x.entities().toString());
        assertTrue(Fixtures.entity(x, EntityType.LEGISLATION, "Law No. 32/2019 on Court Budgets").isPresent(),
            x.entities().toString());
    }
}
