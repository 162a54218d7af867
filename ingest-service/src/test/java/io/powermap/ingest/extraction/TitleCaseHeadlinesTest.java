package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.powermap.contract.ExtractedEntity;

/**
 * A news story whose headline is set in title case: its subject is the body the lead opens with and
 * the story keeps calling "the group", not one named twice in passing. Every sentence is invented here.
 */
class TitleCaseHeadlinesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Heathland Charity Picks Former Auditor to Succeed Its Founder",
        "Coastal Trust Names New Director After Long Search",
        "Wetland Group Wins Court Fight Over Drainage Permits",
    })
    void shouldTakeTheLeadsBodyAsTheSubject(String headline) throws Exception {
        Extraction x = Fixtures.extract(headline + "\nBy Mirela Kovač, Split\n\n"
            + "The Dalmatian Heath Society, a conservation group founded in 1989, said on Monday that Petra Jurić would lead it from June. "
            + "She leaves the Adriatic Water Agency, where she audited grants; the Adriatic Water Agency has funded the group since 2015. "
            + "The group said the choice was unanimous. Its board chair said the organisation needed someone who knew the money. "
            + "A spokesman for the Adriatic Water Agency wished her well. The group will publish its plan in autumn.", "text/plain");
        ExtractedEntity subject = x.entities().stream().filter(e -> e.id().equals(x.subjectId())).findFirst().orElseThrow();
        assertEquals("Dalmatian Heath Society", subject.name());
    }

    @org.junit.jupiter.api.Test
    void shouldNotGiveTheStoryToABodyTheLeadOnlyQuotes() throws Exception {
        Extraction x = Fixtures.extract("Water agency cuts its grant to a heath group\nBy Mirela Kovac, Split\n\n"
            + "The Adriatic Water Agency said on Monday that it would stop paying for the heath work of the Dalmatian Heath Society "
            + "from June. The Dalmatian Heath Society has planted heath on the islands since 1990. The group said the decision would "
            + "cost it a third of its budget. It will appeal, the group said. Members of the Dalmatian Heath Society have given the "
            + "group money before, and the group hopes they will again.", "text/plain");
        ExtractedEntity subject = x.entities().stream().filter(e -> e.id().equals(x.subjectId())).findFirst().orElseThrow();
        assertEquals("Dalmatian Heath Society", subject.name());
    }
}
