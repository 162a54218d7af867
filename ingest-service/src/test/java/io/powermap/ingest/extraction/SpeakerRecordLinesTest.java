package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * A programme's speaker lines, "Name, Title, Body" one to a line with no full stop and often under a "Panel:" label:
 * each line is read alone, and each speaker holds the post at the body named after the title, not at the host.
 * Every text is invented here.
 */
class SpeakerRecordLinesTest {

    private static final String PROGRAMME = "MARSHLAND WATER SUMMIT 2027\n"
        + "Convened by the Fenwick Estuary Trust (FET)\n\n"
        + "The Fenwick Estuary Trust has protected the tidal flats of the Lorne since 1988.\n\n"
        + "14:00  Round table on dredging\n"
        + "       Chair: Odalys Pemberton-Vau, Senior Engineer, Lorne Basin Authority\n"
        + "       Speakers: Tarik Ellsworth-Nam, Director, Saltmarsh Guild\n"
        + "              Wenna Tregarthen-Oyelaran, Research Fellow, Cardew Coastal Institute\n"
        + "              Piers Amankwah-Lisle, Youth Programme Officer, Fenwick Estuary Trust\n"
        + "       Supported by the Halloran Family Fund\n";

    @Test
    void shouldGiveEachSpeakerThePostAtTheBodyOnTheirLine() throws Exception {
        Extraction x = Fixtures.extract(PROGRAMME, "text/plain");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Odalys Pemberton-Vau", "Lorne Basin Authority");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Tarik Ellsworth-Nam", "Saltmarsh Guild");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Wenna Tregarthen-Oyelaran", "Cardew Coastal Institute");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Piers Amankwah-Lisle", "Fenwick Estuary Trust");
        assertFalse(Fixtures.relation(x, RelationshipType.POSITION, "Tarik Ellsworth-Nam", "Fenwick Estuary Trust").isPresent(),
            x.relationships().toString());
    }

    @Test
    void shouldNotRunOneSpeakerLineIntoTheNextName() throws Exception {
        Extraction x = Fixtures.extract(PROGRAMME, "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, "Saltmarsh Guild").isPresent(),
            Fixtures.names(x, EntityType.ORGANIZATION).toString());
        assertTrue(Fixtures.entity(x, EntityType.PERSON, "Piers Amankwah-Lisle").isPresent(),
            Fixtures.names(x, EntityType.PERSON).toString());
    }

    @Test
    void shouldKeepAHardWrappedSentenceWithCommasOneParagraph() throws Exception {
        Extraction x = Fixtures.extract("The Saltmarsh Guild, founded by Tarik Ellsworth-Nam, Wenna Tregarthen\n"
            + "and two boatmen, is now chaired by Odalys Pemberton-Vau.\n", "text/plain");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Odalys Pemberton-Vau", "Saltmarsh Guild");
    }
}
