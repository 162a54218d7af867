package io.powermap.ingest.extraction;

import io.powermap.contract.EntityType;

import static io.powermap.ingest.extraction.Fixtures.relation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;

/** Money stated recipient first or as a noun with its amount before its source. Every sentence is invented here. */
class FundingShapesTest {


    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Its core funders in recent years include the Ostrava Civic Fund, which gave EUR 200,000 for 2020-2022; the Lindqvist Foundation, SEK 900,000 in 2023 under the Nordic Democracy Programme; and the Carrow Trust, £30,000 in 2024.",
        "Main donors over the last decade included the Ostrava Civic Fund (EUR 200,000, 2020-2022), the Lindqvist Foundation (SEK 900,000 in 2023) and the Carrow Trust, which stopped its grant in 2024.",
    })
    void shouldReadEveryFunderOfAListWhoseItemsCarryTheirOwnAmounts(String sentence) throws Exception {
        Extraction x = Fixtures.extract("The Moorside Law Centre is a legal charity in Hull. " + sentence, "text/plain");
        assertEquals(200000, Fixtures.expectRelation(x, RelationshipType.FUNDING, "Ostrava Civic Fund", "Moorside Law Centre").amount().longValue());
        ExtractedRelationship second = Fixtures.expectRelation(x, RelationshipType.FUNDING, "Lindqvist Foundation", "Moorside Law Centre");
        assertEquals(900000, second.amount().longValue(), second.toString());
        assertEquals("SEK", second.currency());
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Carrow Trust", "Moorside Law Centre");
        assertTrue(relation(x, RelationshipType.FUNDING, "Nordic Democracy Programme", "Moorside Law Centre").isEmpty(), x.relationships().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Harbour House, a Leeds policy institute, received about £1.2 million between 2014 and 2019 to run a fellowship.|Harbour House|1200000|GBP",
        "The University of Tromsø got NOK 900,000 in 2016 for a chair in Arctic law.|University of Tromsø|900000|NOK",
    })
    void shouldGiveAFundersListedReceiptsToTheFunder(String item, String recipient, long amount, String currency) throws Exception {
        Extraction x = Fixtures.extract("# The Weston Trust\n\nThe Weston Trust funds research on public governance.\n\n"
            + "## Grants\n\n- " + item + "\n", "text/markdown");
        ExtractedRelationship r = Fixtures.expectRelation(x, RelationshipType.FUNDING, "Weston Trust", recipient);
        assertEquals(amount, r.amount().longValue());
        assertEquals(currency, r.currency());
    }

    @Test
    void shouldNotMakeTheSubjectFundItself() throws Exception {
        Extraction x = Fixtures.extract("# The Weston Trust\n\nThe Weston Trust funds research.\n\n- The trust received £2 million in 2020.\n",
            "text/markdown");
        assertTrue(x.relationships().stream().noneMatch(r -> r.type() == RelationshipType.FUNDING), x.relationships().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "In its first year the Quay Renters Network ran on a start-up grant of €40,000 from the Elbe Stiftung.|Elbe Stiftung|Quay Renters Network",
        "The Quay Renters Network won a grant of EUR 15,000 from the Alster Fund in 2022.|Alster Fund|Quay Renters Network",
        "The Alster Fund itself made a $200,000 grant to the Quay Renters Network in 2022.|Alster Fund|Quay Renters Network",
    })
    void shouldReadAGrantOfAnAmountFromASource(String sentence, String funder, String recipient) throws Exception {
        Fixtures.expectRelation(Fixtures.extract(sentence, "text/plain"), RelationshipType.FUNDING, funder, recipient);
    }

    @Test
    void shouldMakeTheItemsUnderAFundersLeadInFundTheSubject() throws Exception {
        Extraction x = Fixtures.extract("# The Harbour Institute\n\nThe Harbour Institute is a policy institute. "
            + "Foundations that have supported it include:\n\n- the Quay Freedom Trust (US$ 350,000 in 2020);\n"
            + "- the Lantern Foundation.\n\nIts partners:\n\n- the Coastal Law Centre\n", "text/markdown");
        assertEquals(350000L, Fixtures.expectRelation(x, RelationshipType.FUNDING, "Quay Freedom Trust", "Harbour Institute").amount().longValue());
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Lantern Foundation", "Harbour Institute");
        assertTrue(relation(x, RelationshipType.FUNDING, "Coastal Law Centre", "Harbour Institute").isEmpty(), x.relationships().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Its main institutional supporters in 2022 were the Birchwood Trust, the Fenland Fund and the Osier Foundation.|Fenland Fund|",
        "The Larchmont Fund put $750,000 into the Heron Bay Institute in 2016.|Larchmont Fund|750000",
        "The only company money in its accounts is GBP 30,000 from the Saltmarsh Mills Trust in 2021.|Saltmarsh Mills Trust|30000",
        "Its research is co-financed by the Reedbed Foundation and by the Sandpiper Trust.|Sandpiper Trust|",
    })
    void shouldReadFundersNamedWithoutAGivingVerb(String sentence, String funder, Long amount) throws Exception {
        Extraction x = Fixtures.extract("The Heron Bay Institute studies estuaries. " + sentence, "text/plain");
        ExtractedRelationship r = Fixtures.expectRelation(x, RelationshipType.FUNDING, funder, "Heron Bay Institute");
        if (amount != null) {
            assertEquals(amount.longValue(), r.amount().longValue(), r.toString());
        }
    }

    @Test
    void shouldNotReadSupportersAloneAsFunders() throws Exception {
        Extraction x = Fixtures.extract("The Heron Bay Institute studies estuaries. "
            + "Its supporters include the Wader Watchers Club and the Dune Society.", "text/plain");
        assertTrue(relation(x, RelationshipType.FUNDING, "Wader Watchers Club", "Heron Bay Institute").isEmpty(), x.relationships().toString());
    }

    @Test
    void shouldGiveMoneyForANamedProjectToThatProject() throws Exception {
        Extraction x = Fixtures.extract("The Heron Bay Institute studies estuaries. "
            + "Its Mudflat Futures project is funded by EUR 90,000 from the Avocet Stiftung.", "text/plain");
        assertEquals(90000L, Fixtures.expectRelation(x, RelationshipType.FUNDING, "Avocet Stiftung", "Mudflat Futures").amount().longValue());
    }

    @Test
    void shouldTakeAOneWordNameCalledABodyAsAnOrganization() throws Exception {
        Extraction x = Fixtures.extract("Brackwater is a Dutch campaign group. "
            + "Its only foundation money is EUR 60,000 from the Kievit Stichting in 2019.", "text/plain");
        assertTrue(x.entities().stream().anyMatch(e -> e.name().equals("Brackwater") && e.type() == EntityType.ORGANIZATION),
            x.entities().toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("Dutch")), x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Kievit Stichting", "Brackwater");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Quillon Trust has been a donor since 2018, with €60.000 in 2023.|Quillon Trust|Lakeside Tenants Alliance",
        "Our largest funder is the Marsh Valley Community Fund.|Marsh Valley Community Fund|Lakeside Tenants Alliance",
        "The Pell Trust is also a major funder of the Ferry Street Law Centre.|Pell Trust|Ferry Street Law Centre",
    })
    void shouldTakeOneFunderNamedWithTheNoun(String sentence, String funder, String recipient) throws Exception {
        Extraction x = Fixtures.extract("The Lakeside Tenants Alliance is a housing charity founded in 2004. " + sentence, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, funder, recipient);
    }
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Our work last year was made possible by the Ostrava Civic Fund and the Embassy of Norway in Accra (GHS 90,000 for paralegals).",
        "Our grants come from a circle of long-standing partners, chiefly the Ostrava Civic Fund and the Embassy of Norway.",
        "Its funders, by its own account, include the Ostrava Civic Fund and the Embassy of Norway.",
        "Its biggest gift so far, EUR 80,000 over two years, came from the Ostrava Civic Fund; the Embassy of Norway gave the rest.",
    })
    void shouldReadTheGiversAfterWordsThatSayWhereTheMoneyCameFrom(String sentence) throws Exception {
        Extraction x = Fixtures.extract("The Moorside Law Centre is a legal charity in Hull. " + sentence, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Ostrava Civic Fund", "Moorside Law Centre");
        assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("Accra")), "a city after 'in' is no giver: " + x.entities());
    }

    @Test
    void shouldNotReadPressureThatCameFromAPartyAsMoney() throws Exception {
        Extraction x = Fixtures.extract("The Moorside Law Centre is a legal charity in Hull. The minister had come under pressure "
            + "from the Harbour Party, whose support the coalition needs.", "text/plain");
        assertTrue(x.relationships().stream().noneMatch(r -> r.type() == RelationshipType.FUNDING), x.relationships().toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Support for its housing bill has come from the Harbour Party and the Green Union.",
        "Its court win was made possible by a ruling of the Supreme Court and evidence from the Hull Tenants Union.",
        "Oxfam, Avaaz and other funders, as well as its members, were at the launch, including the Heron Lake Foundation.",
    })
    void shouldNotReadSupportOrHelpThatIsNoMoneyAsFunding(String sentence) throws Exception {
        Extraction x = Fixtures.extract("The Moorside Law Centre is a legal charity in Hull. " + sentence, "text/plain");
        assertTrue(x.relationships().stream().noneMatch(r -> r.type() == RelationshipType.FUNDING
            && !r.sourceId().equals(x.subjectId()) && x.entities().stream().anyMatch(e -> e.id().equals(r.sourceId())
            && (e.name().contains("Party") || e.name().contains("Union") || e.name().contains("Court") || e.name().contains("Heron")))),
            x.relationships().toString());
    }

    @Test
    void shouldGiveWhatMoneyMadePossibleToItsOwner() throws Exception {
        Extraction x = Fixtures.extract("The Moorside Law Centre is a legal charity in Hull. "
            + "The Heron Tenants Union's new clinic was made possible by the Ostrava Civic Fund.", "text/plain");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Ostrava Civic Fund", "Heron Tenants Union");
        assertTrue(relation(x, RelationshipType.FUNDING, "Ostrava Civic Fund", "Moorside Law Centre").isEmpty(), x.relationships().toString());
    }

    @Test
    void shouldReadEachNamedFunderUnderAFundingLabelWithItsAmount() throws Exception {
        Extraction x = Fixtures.extract("Tallgrass Legal Aid Office (TLAO)\n\nThe Office gives free advice to tenants.\n\n"
            + "SOURCES OF FUNDING\n- Wren Civic Trust: GBP 40,000 in 2025.\n- Harrow Lake Foundation: CHF 75 000 for 2024\u20132026.\n",
            "text/plain");
        assertEquals(40000L, Fixtures.expectRelation(x, RelationshipType.FUNDING, "Wren Civic Trust", "Tallgrass Legal Aid Office")
            .amount().longValue());
        assertEquals("CHF", Fixtures.expectRelation(x, RelationshipType.FUNDING, "Harrow Lake Foundation", "Tallgrass Legal Aid Office")
            .currency());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Fenwick Fund backed us for a decade but stopped funding us in 2019.|2019",
        "The Fenwick Fund paid for the Tallgrass Legal Aid Office's clinics until it stopped funding them in 2021.|2021",
    })
    void shouldEndTheFundingOfTheOneAPronounStandsFor(String sentence, String end) throws Exception {
        Extraction x = Fixtures.extract("Tallgrass Legal Aid Office (TLAO)\n\nThe Office gives free advice to tenants. " + sentence,
            "text/plain");
        ExtractedRelationship r = Fixtures.expectRelation(x, RelationshipType.FUNDING, "Fenwick Fund", "Tallgrass Legal Aid Office");
        assertEquals(end, r.end(), r.toString());
        assertEquals(Boolean.FALSE, r.current(), r.toString());
    }

    @Test
    void shouldNotReadAGrantMakersOwnFundingLabelAsItsFunders() throws Exception {
        Extraction x = Fixtures.extract("Wren Civic Foundation (WCF)\n\nThe Foundation makes grants to tenants' groups.\n\n"
            + "OUR FUNDING\n- Quay Renters Network: GBP 40,000.\n- Dune Tenants Union: GBP 15,000.\n", "text/plain");
        assertTrue(relation(x, RelationshipType.FUNDING, "Quay Renters Network", "Wren Civic Foundation").isEmpty(),
            x.relationships().toString());
    }

    @Test
    void shouldNotEndAGrantForAStopVerbAboutSomethingElse() throws Exception {
        Extraction x = Fixtures.extract("The Lindqvist Foundation gave the Quay Renters Network EUR 40,000 in 2018 after the "
            + "council cut its budget.", "text/plain");
        ExtractedRelationship r = Fixtures.expectRelation(x, RelationshipType.FUNDING, "Lindqvist Foundation", "Quay Renters Network");
        assertEquals("2018", r.start(), r.toString());
        assertTrue(r.end() == null, r.toString());
    }

    @Test
    void shouldKeepTheGiverNamedRightBeforeTheStopVerb() throws Exception {
        Extraction x = Fixtures.extract("The Quay Renters Network said the Fenwick Fund stopped funding it in 2019.", "text/plain");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Fenwick Fund", "Quay Renters Network");
        assertTrue(relation(x, RelationshipType.FUNDING, "Quay Renters Network", "Fenwick Fund").isEmpty(), x.relationships().toString());
    }
}
