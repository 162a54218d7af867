package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * A law whose name opens with a possessive and carries a bracketed part before its kind ("Workers' (Amendment) Act
 * 2021", "Children's (Miscellaneous Provisions) Bill 2025") is one piece of legislation, so a stance on it lands on
 * the whole name. Every text is invented here.
 */
class PossessiveAmendmentLawsTest {

    @Test
    void shouldReadAPossessiveLawWithABracketedPartAsOneLaw() throws Exception {
        Extraction x = Fixtures.extract("""
            The Harbour Dockers Union opposed the Children's (Miscellaneous Provisions) Bill 2025, \
            and it had campaigned for the Workers' (Amendment) Act 2021.
            """, "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.LEGISLATION, "Children's (Miscellaneous Provisions) Bill 2025").isPresent(),
            x.entities().toString());
        assertTrue(Fixtures.entity(x, EntityType.LEGISLATION, "Workers' (Amendment) Act 2021").isPresent(), x.entities().toString());
        assertFalse(Fixtures.entityNamed(x, "Miscellaneous Provisions").isPresent(), x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.OPPOSES, "Harbour Dockers Union", "Children's (Miscellaneous Provisions) Bill 2025");
    }

    @Test
    void shouldLeaveABracketAfterAPossessiveThatIsNoLaw() throws Exception {
        Extraction x = Fixtures.extract("""
            Marta Quill runs Rosa's (formerly the Dock Canteen) with her brother.
            """, "text/plain");
        assertTrue(x.entities().stream().noneMatch(e -> e.type() == EntityType.LEGISLATION), x.entities().toString());
    }
}
