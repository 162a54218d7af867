package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * A short family name and a romanised given name joined by a hyphen ("Oh Kyung-hwa", "Yoo Min-seo") are one person's
 * name after an honorific too; no name here is in the first-name list, and every sentence is invented.
 */
class RomanisedGivenNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Hanbit Labour Institute was set up in 2009 by Professor Oh Kyung-hwa, a retired economist.|Oh Kyung-hwa|FOUNDED|Hanbit Labour Institute",
        "Dr. Yoo Min-seo chairs the Jeonju Tenants Council.|Yoo Min-seo|POSITION|Jeonju Tenants Council",
        "Prof. Ha Seung-ri is the treasurer of the Mokpo Harbour Workers Union.|Ha Seung-ri|POSITION|Mokpo Harbour Workers Union",
    })
    void shouldReadTheWholeNameAfterAnHonorific(String text, String person, RelationshipType type, String org) throws Exception {
        Extraction x = Fixtures.extract(text, "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.PERSON, person).isPresent(), x.entities().toString());
        Fixtures.expectRelation(x, type, person, org);
    }
}
