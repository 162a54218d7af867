package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * Once a body, a bill or a person has been named in full, a writer goes on with a run of that name: its start without
 * the qualifier and place ("Liga Vecinal" for "Liga Vecinal Autónoma de Chile"), its end without the kind ("Semilla"
 * for "Colectivo Juvenil Semilla"), a numbered bill's last words, a Spanish double surname's first part. What is said
 * of the short name is said of the full one. Every name and sentence here is invented.
 */
class ShortNamesInsideFullNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Liga Vecinal Autónoma de Chile     | Liga Vecinal
        Red Ciudadana por el Agua en Bolivia | Red Ciudadana por el Agua
        Colectivo Juvenil Semilla          | Semilla
        Fundação Comunitária Ipê           | Ipê
        Harbour Tenants Forum of Canada    | Harbour Tenants Forum
        """)
    void shouldGiveTheShortNamesTiesToTheFullName(String full, String shortName) throws Exception {
        Extraction x = Fixtures.extract("The " + full + " opened a legal clinic in March. Its board chose Renata Ibarra Solis"
            + " as director. Later that year the Corwin Family Trust gave the " + shortName + " USD 40,000 for rent.",
            "text/plain");
        List<String> bodies = Fixtures.names(x, EntityType.ORGANIZATION);
        assertFalse(bodies.contains(shortName), "the short name stands alone: " + bodies);
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Corwin Family Trust", full);
    }

    @Test
    void shouldTieANumberedBillsLastWordsToItsFullTitle() throws Exception {
        Extraction x = Fixtures.extract("""
            Lawmakers tabled the Fisheries (Licensing) (Amendment) Bill 2031 in May. The Reef Guardians Network \
            opposes Bill 2031, and the Boat Owners Union supports Bill 2031.""", "text/plain");
        List<String> laws = Fixtures.names(x, EntityType.LEGISLATION);
        assertEquals(List.of("Fisheries (Licensing) (Amendment) Bill 2031"), laws, x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.OPPOSES, "Reef Guardians Network",
            "Fisheries (Licensing) (Amendment) Bill 2031");
    }

    @Test
    void shouldCallAPersonByTheFirstOfTwoSurnames() throws Exception {
        Extraction x = Fixtures.extract("""
            The Mesa Campesina del Sur named Yolanda Quispe Mamani as its spokeswoman in 2022. Ms Quispe is also a member \
            of the Andean Water Council.""", "text/plain");
        assertEquals(List.of("Yolanda Quispe Mamani"), Fixtures.names(x, EntityType.PERSON), x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.MEMBERSHIP, "Yolanda Quispe Mamani", "Andean Water Council");
    }

    @Test
    void shouldKeepABodyNamedAfterAnotherApart() throws Exception {
        Extraction x = Fixtures.extract("""
            The Lakeland High Court Bar Association asked for more judges. In June the Lakeland High Court struck down \
            the fee rule. Grain Savers Nepal, a branch of Grain Savers, runs seed banks; Grain Savers is based in Delft.""",
            "text/plain");
        List<String> bodies = Fixtures.names(x, EntityType.ORGANIZATION);
        assertTrue(bodies.containsAll(List.of("Lakeland High Court Bar Association", "Lakeland High Court",
            "Grain Savers Nepal", "Grain Savers")), bodies.toString());
    }
}
