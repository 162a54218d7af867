package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * A law cited by its number keeps the rest of its citation: the Portuguese mark "n.º" (a dot, then the ordinal
 * sign), a qualifier before the mark ("Decreto Regulamentar n.º"), a French or Catalan title opened by "relative
 * à", "portant" or "per a", and in English a subject in plain lower case after the year ("... of 1997 on
 * cooperatives"), when it runs to the end of the clause. Every name and sentence here is invented.
 */
class NumberedLawTitlesTest {

    @Test
    void shouldReadThePortugueseNumberMark() throws Exception {
        Extraction x = Fixtures.extract("""
            The Rede Ribeirinha de Mulheres campaigned for Lei n.º 9/2018 for years. The Rede Ribeirinha de Mulheres \
            condemned Decreto Regulamentar n.º 3/2021 as soon as it appeared.
            """, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.SUPPORTS, "Rede Ribeirinha de Mulheres", "Lei n.o 9/2018");
        Fixtures.expectRelation(x, RelationshipType.OPPOSES, "Rede Ribeirinha de Mulheres", "Decreto Regulamentar n.o 3/2021");
    }

    @Test
    void shouldKeepAFrenchOrCatalanTitleAfterTheNumber() throws Exception {
        Extraction x = Fixtures.extract("""
            The Cercle Citoyen de Kayes opposed Loi n° 2019-04 relative à la liberté de réunion (the assembly law). \
            The Associació Veïnal de Lleida backed Llei 4/2016 per a la igualtat de tracte, which the chamber passed.
            """, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.OPPOSES, "Cercle Citoyen de Kayes", "Loi n° 2019-04 relative à la liberté de réunion");
        Fixtures.expectRelation(x, RelationshipType.SUPPORTS, "Associació Veïnal de Lleida", "Llei 4/2016 per a la igualtat de tracte");
    }

    @Test
    void shouldKeepALowerCaseEnglishSubjectAfterTheYear() throws Exception {
        Extraction x = Fixtures.extract("""
            The Lakeshore Growers Union wants the repeal of Law No. 41 of 1997 on cooperatives. It also fought \
            Law No. 12 of 2008 on fishing permits and quotas, which a court later struck down.
            """, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.OPPOSES, "Lakeshore Growers Union", "Law No. 41 of 1997 on cooperatives");
        assertTrue(Fixtures.entity(x, EntityType.LEGISLATION, "Law No. 12 of 2008 on fishing permits and quotas").isPresent(),
            x.entities().toString());
    }

    @Test
    void shouldLeaveAClauseAfterTheYearOutOfTheName() throws Exception {
        Extraction x = Fixtures.extract("""
            The Lakeshore Growers Union says Law No. 7 of 1994 on paper has never been applied.
            """, "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.LEGISLATION, "Law No. 7 of 1994").isPresent(), x.entities().toString());
        assertFalse(Fixtures.entityNamed(x, "Law No. 7 of 1994 on paper has").isPresent(), x.entities().toString());
    }
}
