package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.expectRelation;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.powermap.contract.RelationshipType;

/**
 * An about page whose heading sits in its section's own header ("About the X", inside main) names what the page
 * is about, even when the body only ever calls it "the Bureau": the section's header is not the site's banner,
 * which stays dropped. Invented names.
 */
class AboutPageHeadingTest {

    private static final String PAGE = "<!DOCTYPE html><html><head><title>About us – CVTB</title></head><body>"
        + "<header class=\"site\"><a href=\"/\">Home</a><p>Give to the Saltmarsh Lending Circle today</p></header>"
        + "<main><section id=\"about\"><header><h1>About the Corran Valley Tenants Bureau</h1>"
        + "<p class=\"tagline\">Homes that last</p></header>"
        + "<p>We help renters keep their homes. The Bureau was set up in 1994 by two housing lawyers, Idris Mallon and "
        + "Perpetua Oyelade-Marsh. Since 2021 the Bureau has been led by Hamish Torvaldsen-Reid, its director.</p>"
        + "</section></main><footer><p>© 2026 CVTB</p></footer></body></html>";

    @Test
    void shouldTakeTheSubjectFromTheAboutHeadingInsideTheSection() throws Exception {
        Extraction x = Fixtures.extract(PAGE, "text/html");
        expectRelation(x, RelationshipType.FOUNDED, "Idris Mallon", "Corran Valley Tenants Bureau");
        expectRelation(x, RelationshipType.POSITION, "Hamish Torvaldsen-Reid", "Corran Valley Tenants Bureau");
        assertFalse(Fixtures.entityNamed(x, "Saltmarsh Lending Circle").isPresent(), x.entities().toString());
    }
}
