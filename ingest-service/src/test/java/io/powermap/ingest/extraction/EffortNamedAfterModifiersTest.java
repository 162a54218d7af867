package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * "our respite programme Lindenhof", "its flagship project Luchtbrug": a campaign named right after its owner and
 * a kind noun, with a word or two describing it between them, is a campaign even when its name is one word no
 * list holds; "the programme's coordinator" still holds a post at the body that runs it. Every name and sentence here is invented.
 */
class EffortNamedAfterModifiersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Our respite programme Lindenhof finds volunteers for tired carers.|Lindenhof",
        "Its flagship project Luchtbrug trains young renters to read a lease.|Luchtbrug",
        "The league runs its new summer campaign Zonnedak in four towns.|Zonnedak",
        "We also fund our youth literacy initiative Boekenkast in two schools.|Boekenkast",
    })
    void shouldTakeTheNameForACampaign(String sentence, String name) throws Exception {
        Extraction x = Fixtures.extract("The Utrecht Tenants League is a renters' association in the Netherlands. " + sentence, "text/plain");
        var effort = Fixtures.entityNamed(x, name).orElseThrow(() -> new AssertionError(x.entities().toString()));
        assertEquals(EntityType.CAMPAIGN, effort.type());
        Fixtures.expectRelation(x, RelationshipType.CAMPAIGN, "Utrecht Tenants League", name);
    }

    @org.junit.jupiter.api.Test
    void shouldGiveTheProgrammesOfficerAPostAtItsOwner() throws Exception {
        Extraction x = Fixtures.extract("The Utrecht Tenants League is a renters' association in the Netherlands. Our research "
            + "programme Huurwacht published four reports. The programme's coordinator, Ilse Brouwer-Smit, joined the league "
            + "in 2018.", "text/plain");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Ilse Brouwer-Smit", "Utrecht Tenants League");
    }
}
