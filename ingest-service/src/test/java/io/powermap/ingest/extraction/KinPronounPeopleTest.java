package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * Only a person has a wife or a brother: a name that "with his wife" or "her husband" later in its clause goes back
 * to is a person's, whatever its first name. Every name and
 * sentence here is invented.
 */
class KinPronounPeopleTest {

    private static final String OPENING = "The Utrecht Tenants League is a renters' association in the Netherlands. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Hannes Wyrsch founded the league in 2008 with his wife, Therese Wyrsch-Kurmann.|Hannes Wyrsch|Therese Wyrsch-Kurmann",
        "Ruud Hoekstra started the league with his brother, Wim Hoekstra.|Ruud Hoekstra|Wim Hoekstra",
        "Zsófia Tarr set up the league in 2011 together with her husband, Gergő Tarr.|Zsófia Tarr|Gergő Tarr",
    })
    void shouldTakeTheAntecedentOfAKinPronounForAPerson(String sentence, String person, String kin) throws Exception {
        Extraction x = Fixtures.extract(OPENING + sentence, "text/plain");
        assertEquals(EntityType.PERSON, Fixtures.entityNamed(x, person).orElseThrow().type(), x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.FAMILY, person, kin);
    }
}
