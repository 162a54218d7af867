package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * Whoever a kinship is named through is a person, whatever the first names: "the nephew of X", "X is the widow of
 * Y". Names here use no listed first name, and every sentence is invented.
 */
class KinshipPeopleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tarik Oyelaran Vesk is the daughter of Ondru Malvik Teshe.|Tarik Oyelaran Vesk|Ondru Malvik Teshe",
        "The new treasurer, Aukai Renfold, is a nephew of Velimir Stoyko Brann.|Aukai Renfold|Velimir Stoyko Brann",
        "Ngozika Terhune Baal, the widow of Osric Pellam Dunne, opened the archive in 2019.|Ngozika Terhune Baal|Osric Pellam Dunne",
    })
    void shouldTakeANameReachedThroughKinshipForAPerson(String text, String one, String other) throws Exception {
        Extraction x = Fixtures.extract(text, "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.PERSON, other).isPresent(), x.entities().toString());
        assertTrue(Fixtures.relation(x, RelationshipType.FAMILY, one, other).isPresent()
            || Fixtures.relation(x, RelationshipType.FAMILY, other, one).isPresent(), x.relationships().toString());
    }
}
