package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;

/**
 * A list of partner cards whose name and description sit in classed spans one after the other: the
 * name ends where its span ends, and is not run into the first words of the description. Invented page.
 */
class CardFieldSpansTest {

    @Test
    void shouldNotRunACardsNameIntoItsDescription() throws Exception {
        String html = "<html><head><title>Partners | Fenwater Delta Alliance</title></head><body><main><h1>Partners</h1>"
            + "<p>The Fenwater Delta Alliance works with universities and builders across the delta.</p>"
            + "<ul class='logos'>"
            + "<li><img src='a.svg' alt=''><span class='p-name'>University of Marrowby</span>\n"
            + "  <span class='p-role'>Delta Research Grants: partner university since 2019</span></li>"
            + "<li><img src='b.svg' alt=''><span class='p-name'>Corvane Institute</span>\n"
            + "  <span class='p-role'>Flood Mapping Programme: data partner</span></li>"
            + "</ul></main></body></html>";
        Extraction x = Fixtures.extract(html, "text/html");
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, "University of Marrowby").isPresent(), x.entities().toString());
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, "Corvane Institute").isPresent(), x.entities().toString());
        assertFalse(Fixtures.entityNamed(x, "University of Marrowby Delta Research Grants").isPresent(), x.entities().toString());
    }
}
