package io.powermap.ingest.extraction;

import static io.powermap.ingest.extraction.Fixtures.expectRelation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;

/**
 * Board pages: the organs of a body ("Board of Trustees", "Audit Committee") are not organizations, a
 * page headed by one is about the body, and a board table's affiliation column gives each member's
 * post elsewhere. Invented pages.
 */
class BoardPagesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Board of Trustees", "Board of Directors", "Executive Board", "Supervisory Board",
        "Investment Committee", "Nominations and Remuneration Committee", "Advisory Council"})
    void shouldNotMakeAnOrganFromAPageHeading(String organ) throws Exception {
        String html = "<html><head><title>" + organ + " | Larkfield Policy Trust</title></head><body><h1>" + organ + "</h1>"
            + "<p>The Larkfield Policy Trust is an independent research charity founded in 2002. The " + organ
            + " meets four times a year and is chaired by Ines Okafor-Brandt.</p></body></html>";
        Extraction x = Fixtures.extract(html, "text/html");
        assertFalse(Fixtures.entityNamed(x, organ).isPresent(), "organ kept as an entity: " + x.entities());
        expectRelation(x, RelationshipType.POSITION, "Ines Okafor-Brandt", "Larkfield Policy Trust");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Our People", "Our Team", "Leadership", "Meet the Staff"})
    void shouldTakeTheBodyNotThePagesLabelForTheSubject(String label) throws Exception {
        String html = "<html><head><title>" + label + " | Marrow Creek Energy Watch</title></head><body>"
            + "<nav><ul><li><a href='/'>Home</a></li><li><a href='/people'>" + label + "</a></li></ul></nav>"
            + "<p class='crumbs'><a href='/'>Home</a> › " + label + "</p><h1>" + label + "</h1>"
            + "<p>Marrow Creek Energy Watch was set up in Tamale in 2014 by the economist Issah Danjuma-Fofana.</p>"
            + "<div class='card'><h3>Efua Amponsah-Reyes</h3><p>Executive Director</p><p>Efua has led the team since 2020.</p></div>"
            + "</body></html>";
        Extraction x = Fixtures.extract(html, "text/html");
        assertEquals("Marrow Creek Energy Watch", x.entities().stream().filter(e -> e.id().equals(x.subjectId()))
            .map(e -> e.name()).findFirst().orElse(null), x.entities().toString());
        expectRelation(x, RelationshipType.POSITION, "Efua Amponsah-Reyes", "Marrow Creek Energy Watch");
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = ';', value = {
        "Trustee; Principal affiliation",
        "Board member; Occupation",
        "Governor; Other roles",
    })
    void shouldReadAMembersPostElsewhereFromItsOwnColumn(String who, String elsewhere) throws Exception {
        String html = "<html><body><h1>Governance</h1><p>The Corvale Housing Foundation is governed by the trustees below.</p>"
            + "<table><tr><th>" + who + "</th><th>Role</th><th>" + elsewhere + "</th><th>Since</th></tr>"
            + "<tr><td>Tomasz Wierzbicki-Hale</td><td>Chair</td><td>Professor of Planning, Northmoor University</td><td>2017</td></tr>"
            + "<tr><td>Aiyana Castellanos</td><td>Treasurer</td><td>Finance Director, Greyledge Holdings (retired)</td><td>2020</td></tr>"
            + "</table></body></html>";
        Extraction x = Fixtures.extract(html, "text/html");
        ExtractedRelationship chair = expectRelation(x, RelationshipType.POSITION, "Tomasz Wierzbicki-Hale", "Corvale Housing Foundation");
        assertEquals("2017", chair.start());
        ExtractedRelationship professor = expectRelation(x, RelationshipType.POSITION, "Tomasz Wierzbicki-Hale", "Northmoor University");
        assertEquals("professor of planning", professor.role());
        ExtractedRelationship retired = expectRelation(x, RelationshipType.POSITION, "Aiyana Castellanos", "Greyledge Holdings");
        assertEquals(Boolean.FALSE, retired.current());
    }

    @Test
    void shouldTakeOnlyKnownBodiesFromABiographyColumn() throws Exception {
        String html = "<html><body><h1>Our board</h1><p>The Tallow Bay Legal Centre is run by a volunteer board.</p>"
            + "<table><tr><th>Name</th><th>Position</th><th>Background</th></tr>"
            + "<tr><td>Odile Mbeki-Laurent</td><td>Chair</td><td>Retired magistrate. Previously a partner at the Kestrel Law Group.</td></tr>"
            + "<tr><td>Rangi Whitcombe</td><td>Director</td><td>Runs a small orchard and teaches evening classes.</td></tr>"
            + "</table></body></html>";
        Extraction x = Fixtures.extract(html, "text/html");
        expectRelation(x, RelationshipType.POSITION, "Odile Mbeki-Laurent", "Kestrel Law Group");
        assertTrue(x.relationships().stream().noneMatch(r -> r.type() == RelationshipType.POSITION
            && Fixtures.entityNamed(x, "Runs").map(e -> e.id().equals(r.targetId())).orElse(false)), x.relationships().toString());
        assertFalse(Fixtures.entityNamed(x, "Retired").isPresent(), x.entities().toString());
    }

    @Test
    void shouldReadAFigureCardsTitleGivenWithItsYear() throws Exception {
        String html = "<html><head><title>Secretariat | Otaru Net Makers Cooperative</title></head><body><main>"
            + "<h1>Secretariat</h1><p>The Otaru Net Makers Cooperative has repaired fishing nets for its members since 1958.</p>"
            + "<figure><img src='a.jpg' alt='Portrait'><figcaption><b>Haruto Kisaragi</b> (如月 陽翔)<br>"
            + "Office Manager, since 2019. Before that nine years at a shipping agent.</figcaption></figure>"
            + "<figure><img src='b.jpg' alt='Portrait'><figcaption><b>Yuzuki Amamiya</b><br>"
            + "Membership Officer, since 2022.</figcaption></figure>"
            + "</main></body></html>";
        Extraction x = Fixtures.extract(html, "text/html");
        expectRelation(x, RelationshipType.POSITION, "Haruto Kisaragi", "Otaru Net Makers Cooperative");
        expectRelation(x, RelationshipType.POSITION, "Yuzuki Amamiya", "Otaru Net Makers Cooperative");
    }
}
