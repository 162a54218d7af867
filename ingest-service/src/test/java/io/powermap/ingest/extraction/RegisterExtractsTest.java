package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * An extract from a public register is printed under the letterhead of the body that keeps the register; the record's
 * name field, not the letterhead, says which body the extract is about. Its labels may be in the register's language
 * ("Denominación", "Raison sociale") with an English gloss in brackets, and a value too long for its line goes on
 * under the value's column. Every name and sentence here is invented.
 */
class RegisterExtractsTest {

    private static final String EXTRACT = """
        REPUBLIC OF VELMORA
        National Office for Community Registration (NOCR)

        EXTRACT FROM THE REGISTER OF COMMUNITY BODIES

        ------------------------------------------------------------------
        Denominación (registered name) .... Liga Campesina del Valle Osk
        Otras denominaciones .............. Liga Campesina Osk (the form the
                                            league itself prints); LCVO
        Domicilio ......................... Tarn
        Antecedente ....................... Set up in 1987 by village assemblies.
        ------------------------------------------------------------------
        Presidenta ........................ Ilse Marquardt Ybarra, since 2021
        Tesorero .......................... Tomas Brennig Soto, since 2019
        """;

    @Test
    void shouldTakeTheRecordsNameFieldOverTheLetterheadForTheSubject() throws Exception {
        Extraction x = Fixtures.extract(EXTRACT, "text/plain");
        var league = Fixtures.entity(x, EntityType.ORGANIZATION, "Liga Campesina del Valle Osk");
        assertTrue(league.isPresent(), x.entities().toString());
        assertEquals(league.get().id(), x.subjectId(), x.entities().toString());
    }

    @Test
    void shouldCarryAValueOnToTheLinesUnderItsColumn() throws Exception {
        Extraction x = Fixtures.extract(EXTRACT, "text/plain");
        assertFalse(Fixtures.entityNamed(x, "Liga Campesina del Valle Osk Otras").isPresent(), x.entities().toString());
        var league = Fixtures.entity(x, EntityType.ORGANIZATION, "Liga Campesina del Valle Osk").orElseThrow();
        assertTrue(league.aliases().contains("LCVO"), league.toString());
    }

    @Test
    void shouldReadTheOfficersAsTheRecordsBodys() throws Exception {
        Extraction x = Fixtures.extract(EXTRACT, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Tomas Brennig Soto", "Liga Campesina del Valle Osk");
        assertFalse(Fixtures.relation(x, RelationshipType.POSITION, "Tomas Brennig Soto", "National Office for Community Registration")
            .isPresent(), x.relationships().toString());
    }

    @Test
    void shouldReadAFrenchNameFieldToo() throws Exception {
        Extraction x = Fixtures.extract("""
            GREFFE DU TRIBUNAL DE KESTREL
            Bureau of Associations

            Raison sociale: Cercle des Pêcheurs de Morvaux
            Siège: Morvaux
            Trésorier: Anselm Okonkwo-Ries (since 2020)
            """, "text/plain");
        var circle = Fixtures.entity(x, EntityType.ORGANIZATION, "Cercle des Pêcheurs de Morvaux");
        assertTrue(circle.isPresent(), x.entities().toString());
        assertEquals(circle.get().id(), x.subjectId(), x.entities().toString());
    }
}
