package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.relation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.EntityType;
import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;

/**
 * Stances on laws that are not written "A opposes the X Act": a law taken up again as "the bill",
 * "it" after a stance verb, a judgement said of a law, an agent after the law (passive voice,
 * "which P signed"), a law brought before a legislature; and a date after a name that is not part of
 * it. Also programs listed under a heading, and a unit run inside a body. Every sentence is invented here.
 */
class LawReferenceShapesTest {

    private static final String LAW = "Quiet Waters Act";
    private static final String OPENING = "Parliament debated river policy for a year. Parliament passed the " + LAW
        + " on Thursday. ";

    private static Extraction plain(String text) throws DocumentRejectedException {
        return Fixtures.extract(OPENING + text, "text/plain");
    }



    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Fourth Harbour Reform Package|OPPOSES", "Yedinci Kıyı Paketi|SUPPORTS"})
    void shouldTakeAPackageOfReformsForALawAndTheLaterPackageForIt(String law, RelationshipType type) throws Exception {
        String verb = type == RelationshipType.OPPOSES ? "condemned" : "welcomed";
        Extraction x = plain("The cabinet sent the " + law + " to parliament in May. The Riverside Anglers Club " + verb
            + " the package on Monday.");
        assertTrue(Fixtures.names(x, EntityType.LEGISLATION).contains(law), x.entities().toString());
        Fixtures.expectRelation(x, type, "Riverside Anglers Club", law);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "The Riverside Anglers Club fought|Ley 3310 de 2019|OPPOSES",
        "The Riverside Anglers Club backed|Law No. 7/2021 on Inland Fisheries|SUPPORTS",
        "The Riverside Anglers Club opposed|DDL 2045|OPPOSES",
        "The Riverside Anglers Club welcomed|Lei Complementar 140/2011|SUPPORTS",
        "The Riverside Anglers Club campaigned against|Act XLII of 2017 on the Use of Rivers|OPPOSES",
        "The Riverside Anglers Club supported|Decreto 418/2020 sobre pesca artesanal|SUPPORTS",
        "The Riverside Anglers Club challenged|Boletín 12.884-12|OPPOSES",
        "The Riverside Anglers Club opposed|Bill K/20417 on the Registration of Fishing Clubs|OPPOSES",
        "The Riverside Anglers Club welcomed|Bill HB/88 on River Access|SUPPORTS",
    })
    void shouldFindALawNamedByItsNumberWithItsYearAndTitle(String agent, String law, RelationshipType type) throws Exception {
        Extraction x = plain(agent + " " + law + ", the government said.");
        assertTrue(Fixtures.names(x, EntityType.LEGISLATION).contains(law), x.entities().toString());
        Fixtures.expectRelation(x, type, "Riverside Anglers Club", law);
    }

    @Test
    void shouldNotTakeARomanNumberWithoutItsYearForALaw() throws Exception {
        Extraction x = plain("The Riverside Anglers Club staged Act II of the river pageant.");
        assertTrue(Fixtures.names(x, EntityType.LEGISLATION).stream().noneMatch(n -> n.startsWith("Act II")), x.entities().toString());
    }

    @Test
    void shouldEndANameBeforeTheDayItWasPassedOn() throws Exception {
        Extraction x = plain("The Riverside Anglers Club fought the " + LAW + ".");
        assertTrue(Fixtures.names(x, EntityType.LEGISLATION).contains(LAW), x.entities().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Riverside Anglers Club had lobbied against the bill for months.|Riverside Anglers Club|OPPOSES",
        "The Canal Boatmen Guild condemned the law in a statement.|Canal Boatmen Guild|OPPOSES",
        "The Wetland Birders Society campaigned for the legislation from the start.|Wetland Birders Society|SUPPORTS",
        "The Mill Town Chamber of Commerce voted against it.|Mill Town Chamber of Commerce|OPPOSES",
    })
    void shouldTakeTheBillOrItAsTheLawNamedJustBefore(String sentence, String actor, RelationshipType type) throws Exception {
        Extraction x = plain(sentence);
        Fixtures.expectRelation(x, type, actor, LAW);
    }

    @Test
    void shouldNotTakeItAsALawNamedLongBefore() throws Exception {
        Extraction x = plain("Anglers fished all summer. Boats were repaired. The water was clear again. "
            + "The Riverside Anglers Club profiles local rivers. The Mill Town Chamber of Commerce criticised it.");
        assertTrue(relation(x, RelationshipType.OPPOSES, "Mill Town Chamber of Commerce", LAW).isEmpty(), x.relationships().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Canal Boatmen Guild called the law an attack on small crews.|Canal Boatmen Guild|OPPOSES",
        "Greta Halvorsen said the act would hurt lock keepers.|Greta Halvorsen|OPPOSES",
        "The Wetland Birders Society described the bill as a milestone for herons.|Wetland Birders Society|SUPPORTS",
        "Tomasz Wielgosz warned that the legislation was unworkable.|Tomasz Wielgosz|OPPOSES",
    })
    void shouldReadAJudgementOfALawAsAStance(String sentence, String speaker, RelationshipType type) throws Exception {
        Fixtures.expectRelation(plain(sentence), type, speaker, LAW);
    }

    @Test
    void shouldGiveTheStanceToTheSpeakerAndTheBodyHeSpeaksFor() throws Exception {
        Extraction x = plain("Ruben Okafor, director of the Canal Boatmen Guild, said the law was a disaster for crews.");
        Fixtures.expectRelation(x, RelationshipType.OPPOSES, "Ruben Okafor", LAW);
        Fixtures.expectRelation(x, RelationshipType.OPPOSES, "Canal Boatmen Guild", LAW);
    }

    @Test
    void shouldReadNothingFromAJudgementThatIsDenied() throws Exception {
        Extraction x = plain("The Canal Boatmen Guild said the law was not flawed in any way.");
        assertTrue(relation(x, RelationshipType.OPPOSES, "Canal Boatmen Guild", LAW).isEmpty(), x.relationships().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Lantern Street Safety Bill was first introduced in May by Senator Ilse Brandt and Representative Kofi Mensah.|Lantern Street Safety Bill|Ilse Brandt;Kofi Mensah|SUPPORTS",
        "The Lantern Street Safety Bill was strongly opposed by the Freight Haulers Federation.|Lantern Street Safety Bill|Freight Haulers Federation|OPPOSES",
        "The Lantern Street Safety Bill, which Governor Paloma Reyes signed in 2021, lit every alley.|Lantern Street Safety Bill|Paloma Reyes|SUPPORTS",
        "Within a year Senator Ilse Brandt had tabled the Lantern Street Safety Bill.|Lantern Street Safety Bill|Ilse Brandt|SUPPORTS",
    })
    void shouldFindTheAgentOfAStanceWrittenAfterTheLaw(String sentence, String law, String agents, RelationshipType type)
        throws Exception {
        Extraction x = Fixtures.extract("The Freight Haulers Federation speaks for lorry firms. " + sentence, "text/plain");
        for (String agent : agents.split(";")) {
            Fixtures.expectRelation(x, type, agent, law);
        }
    }

    @Test
    void shouldNotReadTablingAProgramAsAStance() throws Exception {
        Extraction x = Fixtures.extract("The Freight Haulers Federation speaks for lorry firms. "
            + "The federation introduced the Safe Cabs program in 2020.", "text/plain");
        assertTrue(x.relationships().stream().noneMatch(r -> r.type() == RelationshipType.SUPPORTS), x.relationships().toString());
    }

    @Test
    void shouldReadTermLinesUnderAWorkHeadingAsPrograms() throws Exception {
        Extraction x = Fixtures.extract("""
            Lantern Tenants Union

            The Lantern Tenants Union organises renters in Leeds.

            What we're working on
            Warm Walls — our push to make landlords insulate old terraces.
            Stair Check — a survey of fire exits in tower blocks.
            """, "text/plain");
        List<String> campaigns = Fixtures.names(x, EntityType.CAMPAIGN);
        assertTrue(campaigns.contains("Warm Walls") && campaigns.contains("Stair Check"), x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.CAMPAIGN, "Lantern Tenants Union", "Warm Walls");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ayesha Raza, who runs the housing desk at the Lantern Tenants Union, spoke first.|Ayesha Raza|Lantern Tenants Union|",
        "Its treasurer is Jon Elkins, who previously ran the digital team at the Moor Rail Union.|Jon Elkins|Moor Rail Union|false",
    })
    void shouldReadRunningAUnitAsAPostAtItsBody(String sentence, String person, String body, Boolean current) throws Exception {
        Extraction x = Fixtures.extract("The Lantern Tenants Union organises renters in Leeds. " + sentence, "text/plain");
        ExtractedRelationship r = Fixtures.expectRelation(x, RelationshipType.POSITION, person, body);
        assertEquals(current, r.current(), r.toString());
    }
}
