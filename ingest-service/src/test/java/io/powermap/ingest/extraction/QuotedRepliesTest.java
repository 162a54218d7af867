package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.expectRelation;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * A plain-text email thread quotes earlier messages with "&gt;" marks, one more per level: the quoted
 * messages read as their own lines and paragraphs, so their people and ties are found as in the
 * newest message. Invented thread.
 */
class QuotedRepliesTest {

    @Test
    void shouldReadQuotedMessagesAsTheirOwnParagraphs() throws Exception {
        String text = "From: Odile Marchetti <odile@example.org>\n"
            + "To: Bram Keijzer <bram@example.org>\n"
            + "Subject: RE: RE: annual figures\n\n"
            + "Bram,\n\nThe figures are attached. The Saltmarsh Wardens Network closed the year with a small surplus.\n\n"
            + "Odile\n\n"
            + "> From: Bram Keijzer <bram@example.org>\n"
            + "> Subject: RE: annual figures\n"
            + ">\n"
            + "> Odile, two questions from the board before Friday.\n"
            + ">\n"
            + ">> From: Wendela Oosterhuis <wendela@example.org>\n"
            + ">> Subject: annual figures\n"
            + ">>\n"
            + ">> Two things for the history page. The Saltmarsh Wardens Network was founded in 1994 by\n"
            + ">> Jurre Hofstede, who chaired it until 2009.\n"
            + ">>\n"
            + ">> On money, please say it as last year: the\n"
            + ">> Kestrel Coast Foundation supports the network.\n"
            + ">>\n"
            + ">> - The Tidewater Lottery Fund gave the network EUR 40,000 in 2025 for the tern\n"
            + ">>   survey and the new hide.\n";
        Extraction x = Fixtures.extract(text, "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.PERSON, "Jurre Hofstede").isPresent(), x.entities().toString());
        expectRelation(x, RelationshipType.FOUNDED, "Jurre Hofstede", "Saltmarsh Wardens Network");
        expectRelation(x, RelationshipType.FUNDING, "Tidewater Lottery Fund", "Saltmarsh Wardens Network");
        assertTrue(x.text().contains("EUR 40,000 in 2025 for the tern survey and the new hide"), x.text());
        assertTrue(x.text().contains("the Kestrel Coast Foundation supports"), x.text());
    }
}
