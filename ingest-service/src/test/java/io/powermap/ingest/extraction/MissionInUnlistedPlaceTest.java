package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * An embassy or delegation named with the town it sits in ("the Embassy of X in Y") keeps the town in its name even
 * when the town is in no word list; a month after "in" stays outside. Every text is invented here.
 */
class MissionInUnlistedPlaceTest {

    @Test
    void shouldKeepAnUnlistedTownInAnEmbassysName() throws Exception {
        Extraction x = Fixtures.extract("The Quarry Lane Legal Desk (QLLD) gives free advice to miners' families. "
            + "Last year the Embassy of the Grand Duchy of Ostmark in Velmora gave the desk €60,000 for its outreach.",
            "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, "Embassy of the Grand Duchy of Ostmark in Velmora").isPresent(),
            Fixtures.names(x, EntityType.ORGANIZATION).toString());
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Embassy of the Grand Duchy of Ostmark in Velmora",
            "Quarry Lane Legal Desk");
    }

    @Test
    void shouldLeaveAMonthOutsideTheName() throws Exception {
        Extraction x = Fixtures.extract("The Quarry Lane Legal Desk (QLLD) gives free advice to miners' families. "
            + "The Embassy of Ostmark in November doubled its grant to the desk.", "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, "Embassy of Ostmark").isPresent(),
            Fixtures.names(x, EntityType.ORGANIZATION).toString());
    }
}
