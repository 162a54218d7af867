package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The clause verbs of a resolution, set in capitals at the head of each clause ("RECALLING its earlier decision",
 * "HAVING HEARD the auditors"), are not names of people or bodies. Every text is invented here.
 */
class PreambleOpenersTest {

    private static boolean named(Extraction x, String name) {
        return x.entities().stream().anyMatch(e -> e.name().equalsIgnoreCase(name) || e.name().toUpperCase().startsWith(name));
    }

    @Test
    void shouldNotMakeEntitiesOfCapitalisedClauseVerbs() throws Exception {
        Extraction x = Fixtures.extract("""
            The members of the Larkspur Valley Growers Cooperative, meeting in general assembly,

            RECALLING its decision of March 2030 to open a seed bank;

            HAVING HEARD the auditors of the Cooperative on 2 May 2031;

            RECOGNISING that two orchards have left the scheme;

            DECIDES to close the seed bank at the end of the season.
            """, "text/plain");
        assertTrue(named(x, "Larkspur Valley Growers Cooperative"), x.entities().toString());
        for (String w : new String[] {"RECALLING", "HAVING HEARD", "HAVING", "RECOGNISING", "DECIDES"}) {
            assertFalse(named(x, w), w + " in " + x.entities());
        }
    }

    @Test
    void shouldKeepTheNameThatFollowsANumberedClauseVerb() throws Exception {
        Extraction x = Fixtures.extract("""
            2.1 NOTING the letter from the Brackenfield Heritage Society dated 9 January 2032, the meeting agreed to reply.

            2.2 CONSIDERING the offer from Maria Thornquist, the meeting deferred a decision.
            """, "text/plain");
        assertFalse(named(x, "NOTING"), x.entities().toString());
        assertFalse(named(x, "CONSIDERING"), x.entities().toString());
        assertTrue(named(x, "Brackenfield Heritage Society"), x.entities().toString());
    }
}
