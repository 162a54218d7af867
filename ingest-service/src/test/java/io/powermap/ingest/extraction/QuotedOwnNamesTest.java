package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/**
 * A body named by its kind and then the name it goes by in quotation marks (straight, curly or guillemets) is one
 * body, and the quoted word alone later in the text is the same body; a quoted title followed by "campaign" is not
 * part of the body's name. Every name and sentence here is invented.
 */
class QuotedOwnNamesTest {

    @Test
    void shouldKeepTheQuotedNameInsideTheBodysName() throws Exception {
        Extraction x = Fixtures.extract("The Tenant Advice Centre \"Lanternwick\" was set up in Dravosk in 2004. "
            + "Its chair since 2016 is Orsolya Benedek-Várkonyi. Lanternwick publishes a yearly count of evictions.",
            "text/plain");
        assertTrue(Fixtures.entity(x, EntityType.ORGANIZATION, "Tenant Advice Centre \"Lanternwick\"").isPresent(),
            Fixtures.names(x, EntityType.ORGANIZATION).toString());
        assertEquals(1, x.entities().stream().filter(e -> e.name().contains("Lanternwick")
            || e.aliases().contains("Lanternwick")).count(), x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Orsolya Benedek-Várkonyi", "Tenant Advice Centre \"Lanternwick\"");
    }

    @Test
    void shouldReadGuillemetsSetOffBySpaces() throws Exception {
        Extraction x = Fixtures.extract("Farmers in the hills formed the Association des Meuniers « Tessaluve » in 1999. "
            + "The Greyfen Rural Fund gave Tessaluve €12,000 in 2024 to repair two mills.", "text/plain");
        Fixtures.expectRelation(x, RelationshipType.FUNDING, "Greyfen Rural Fund", "Association des Meuniers « Tessaluve »");
    }

    @Test
    void shouldLeaveAQuotedCampaignTitleOutside() throws Exception {
        Extraction x = Fixtures.extract("Last spring the Pellmarsh Wetland Trust \"Reeds Return\" campaign planted "
            + "four thousand stems along the estuary.", "text/plain");
        assertFalse(x.entities().stream().anyMatch(e -> e.name().contains("\"")), x.entities().toString());
    }
}
