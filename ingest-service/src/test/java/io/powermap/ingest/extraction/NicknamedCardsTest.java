package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.powermap.contract.RelationshipType;

/**
 * Team pages set a nickname in quotes and brackets after a person's name ("Dara Okonjo ("Didi")"); the card is
 * still a name above a post.
 * Every name and sentence here is invented.
 */
class NicknamedCardsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"(\"Didi\")", "(\u201cDidi\u201d)", "('Didi')"})
    void shouldReadTheCardOfANicknamedPerson(String nickname) throws Exception {
        String html = "<html><body><h1>Who we are</h1><p>We are the Cedar Valley Seed Trust.</p>"
            + "<div class=\"card\"><h3>Dara Okonjo <span>" + nickname + "</span></h3><p>Programme director, since 2021</p>"
            + "<p>Didi looks after the seed vaults.</p></div>"
            + "<div class=\"card\"><h3>Tomasz Wilk</h3><p>Treasurer</p><p>He keeps the ledgers.</p></div>"
            + "</body></html>";
        Extraction x = Fixtures.extract(html, "text/html");
        var post = Fixtures.relation(x, RelationshipType.POSITION, "Dara Okonjo", "Cedar Valley Seed Trust");
        assertEquals("programme director", post.orElseThrow(() -> new AssertionError(x.relationships().toString())).role());
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Tomasz Wilk", "Cedar Valley Seed Trust");
    }
}
