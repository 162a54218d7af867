package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.relation;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.RelationshipType;

/** Foundings told with a split particle, a later venture or a partner. Every sentence is invented here. */
class FoundingShapesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ana Duarte set the Lisbon Data Trust up in 2009 to keep court records open.|Ana Duarte|Lisbon Data Trust",
        "Bo Lind started the Nordic Renters Forum in 2004 and went on to co-found the tenants movement Boplats Now.|Bo Lind|Boplats Now",
        "In 2019 the Nordic Renters Forum co-founded Fair Rent Watch together with the Oslo group Leie Rett.|Leie Rett|Fair Rent Watch",
        "In 2019 the Nordic Renters Forum co-founded Fair Rent Watch together with the Oslo group Leie Rett.|Nordic Renters Forum|Fair Rent Watch",
        "The Arkwright Trust belongs to the Delta Budget Network, which it co-founded in 2012 with the Pell Institute and Tarn University.|Pell Institute|Delta Budget Network",
        "The Arkwright Trust belongs to the Delta Budget Network, which it co-founded in 2012 with the Pell Institute and Tarn University.|Tarn University|Delta Budget Network",
        "The Arkwright Trust joined the Fenland Water Coalition, a regional coalition created in 2016 with the Ouse Rivers Society.|Ouse Rivers Society|Fenland Water Coalition",
        "The Marlow Civic Institute was set up in 2003 alongside the Kestrel Press Guild.|Kestrel Press Guild|Marlow Civic Institute",
        "Ilse Harju co-founded the Baltic Tenants League with the lawyer Mart Kivi in 1994.|Mart Kivi|Baltic Tenants League",
    })
    void shouldReadTheFounder(String sentence, String founder, String founded) throws Exception {
        Extraction x = Fixtures.extract(sentence, "text/plain");
        assertTrue(relation(x, RelationshipType.FOUNDED, founder, founded).isPresent(),
            "no FOUNDED " + founder + " -> " + founded + " in " + x.relationships() + " among " + x.entities());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ana Duarte set the record straight at the Lisbon Data Trust in 2009.|Lisbon Data Trust",
        "The Lisbon Data Trust plans to create a Coastal Records Office next year.|Coastal Records Office",
        "The Lisbon Data Trust was founded in 2001 with a grant from the Aldgate Foundation.|Aldgate Foundation",
    })
    void shouldNotReadAFoundingThatDidNotHappen(String sentence, String body) throws Exception {
        Extraction x = Fixtures.extract(sentence, "text/plain");
        assertTrue(x.relationships().stream().noneMatch(r -> r.type() == RelationshipType.FOUNDED), x.relationships().toString());
    }
}
