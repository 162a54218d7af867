package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * A page that splits its "about" text into tabs or fold-out sections marks every panel but the first as hidden until
 * its tab is clicked; those panels are the page's own text and are read. A hidden bar that no control opens (a
 * consent notice) is still left out. Every name and sentence here is invented.
 */
class HiddenTabPanelsTest {

    private static final String PAGE = "<html><body><main><h1>Who we are</h1>"
        + "<p>The Marsh Hollow Tenants Collective (MHTC) helps renters in the river towns keep their homes.</p>"
        + "<div role=\"tablist\"><button role=\"tab\" aria-controls=\"one\">Beginnings</button>"
        + "<button role=\"tab\" aria-controls=\"two\">People</button>"
        + "<button aria-controls=\"three\" aria-expanded=\"false\">Money</button></div>"
        + "<section role=\"tabpanel\" id=\"one\"><p>MHTC first met in a laundrette basement in 2012.</p></section>"
        + "<section role=\"tabpanel\" id=\"two\" hidden><p>Our coordinator since 2019 is Ysolde Brannagh-Quist, "
        + "who used to teach carpentry at the Fenwater Trades College.</p></section>"
        + "<div id=\"three\" hidden><p>The Orrin Vale Community Fund gave MHTC $18,000 in 2025 for eviction clinics.</p></div>"
        + "<div class=\"note\" hidden><p>Please accept tracking by the Pellucid Metrics Agency.</p></div>"
        + "</main></body></html>";

    @Test
    void shouldReadPanelsHiddenBehindTheirTabs() throws Exception {
        Extraction x = Fixtures.extract(PAGE, "text/html");
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Ysolde Brannagh-Quist", "Marsh Hollow Tenants Collective");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Orrin Vale Community Fund", "Marsh Hollow Tenants Collective");
    }

    @Test
    void shouldStillDropAHiddenNoticeNothingOpens() throws Exception {
        Extraction x = Fixtures.extract(PAGE, "text/html");
        assertTrue(Fixtures.entityNamed(x, "Marsh Hollow Tenants Collective").isPresent(), x.entities().toString());
        assertFalse(Fixtures.entity(x, EntityType.ORGANIZATION, "Pellucid Metrics Agency").isPresent(), x.entities().toString());
    }
}
