package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.relation;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.RelationshipType;

/** Sides taken on laws and parties, in wordings news uses. Every sentence is invented here. */
class StanceShapesTest {

    private static Extraction plain(String text) throws DocumentRejectedException {
        return Fixtures.extract("The Fjordline Trust is a Norwegian charity. " + text, "text/plain");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Fjordline Trust backed the Coastal Protection Directive throughout its passage.|Coastal Protection Directive",
        "The Fjordline Trust supported the Harbour Safety Act 2021 despite its costs.|Harbour Safety Act 2021",
        "It supports both the Coastal Party and the Green Alliance Party.|Coastal Party",
        "Its director used a hearing to press for the Fair Wages Bill.|Fair Wages Bill",
        "The Fjordline Trust keeps pushing for a Plastic Levy Regulation in every budget round.|Plastic Levy Regulation",
        "It lobbied for the Fisheries Quota Act of 2004, which capped catches, and for the Reef Protection Act of 2019.|Reef Protection Act of 2019",
        "It campaigned against the Coastal Drilling Bill, which the cabinet tabled in May, and against the Seabed Permits Act.|Seabed Permits Act",
    })
    void shouldReadTheSideTaken(String sentence, String target) throws Exception {
        Extraction x = plain(sentence);
        RelationshipType side = sentence.contains("against") ? RelationshipType.OPPOSES : RelationshipType.SUPPORTS;
        assertTrue(relation(x, side, "Fjordline Trust", target).isPresent(),
            "no SUPPORTS -> " + target + " in " + x.relationships() + " among " + x.entities());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Net Fishing Bill, sponsored by the Ministry of Fisheries, reached its second reading in May.|Ministry of Fisheries|Net Fishing Bill",
        "The Quay Safety Act, championed by the Dockers Union of Bergen, took effect in 2022.|Dockers Union of Bergen|Quay Safety Act",
    })
    void shouldReadTheAgentOfAParticipleAfterALaw(String sentence, String agent, String law) throws Exception {
        Extraction x = plain(sentence);
        assertTrue(relation(x, RelationshipType.SUPPORTS, agent, law).isPresent(),
            "no SUPPORTS " + agent + " -> " + law + " in " + x.relationships() + " among " + x.entities());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "It supports the Fishers League, a trade body.|Fishers League",
        "It pressed for the Fair Wages Bill, a measure tabled by the Coastal Party.|Coastal Party",
    })
    void shouldNotTakeBackingABodyForAStance(String sentence, String target) throws Exception {
        Extraction x = plain(sentence);
        assertTrue(relation(x, RelationshipType.SUPPORTS, "Fjordline Trust", target).isEmpty(), x.relationships().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "With the Harbour Food Network, the Fjordline Trust urged ministers to fund free school meals.|Harbour Food Network",
        "The Fjordline Trust has asked the county to give the Quay Youth Club a new hall.|Quay Youth Club",
    })
    void shouldNotTakeAnAppealForMoneyAsAPayment(String sentence, String other) throws Exception {
        Extraction x = plain(sentence);
        assertTrue(x.relationships().stream().noneMatch(r -> r.type() == RelationshipType.FUNDING), x.relationships().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Governor Ilse Brandt vetoed the Fair Rent Bill in 2021.|Ilse Brandt|Fair Rent Bill|OPPOSES",
        "Governor Ilse Brandt signed the Tenant Safety Act in 2022.|Ilse Brandt|Tenant Safety Act|SUPPORTS",
        "The Fjordline Trust took a public stand against the Marco Temporal bill.|Fjordline Trust|Marco Temporal|OPPOSES",
        "The trust drafted HB 2210, a rent bill; Governor Ilse Brandt vetoed it in May.|Ilse Brandt|HB 2210|OPPOSES",
    })
    void shouldReadASignatureOrAVetoAndABillNamedBeforeItsKind(String sentence, String actor, String law, RelationshipType type)
        throws Exception {
        Extraction x = plain(sentence);
        assertTrue(relation(x, type, actor, law).isPresent(), "no " + type + " " + actor + " -> " + law + " in " + x.relationships()
            + " among " + x.entities());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Fjordline Trust signed on to the boycott of the Harbour Safety Act campaign.|Harbour Safety Act",
        "Minister Ilse Brandt signed off on the Harbour Safety Act plan in March.|Harbour Safety Act",
    })
    void shouldNotTakeJoiningOrApprovingForSigningALaw(String sentence, String law) throws Exception {
        Extraction x = plain(sentence);
        assertTrue(x.relationships().stream().noneMatch(r -> r.type() == RelationshipType.SUPPORTS), x.relationships().toString());
    }
}
