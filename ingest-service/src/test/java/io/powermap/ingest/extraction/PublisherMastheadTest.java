package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.powermap.contract.RelationshipType;

/**
 * A newsletter, bulletin or annual report says under its headline whose it is ("newsletter of the X", "a
 * publication of X", "published by X"); the body whose voice it is ("we", "our union") is what it is about, even
 * when another body is named more often. Every name and sentence here is invented.
 */
class PublisherMastheadTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"THE NET MENDER · newsletter of the", "Quarterly bulletin of the", "A publication of the",
        "Published by the"})
    void shouldTakeThePublisherForTheSubject(String masthead) throws Exception {
        String text = "How we kept the harbour open through the winter\n\n"
            + masthead + " Lakeshore Dockworkers Union · Issue 12\n\n"
            + "Friends, we held the line. The Northern Ports Federation backed our claim from the first day, and the "
            + "Northern Ports Federation wrote to the port authority twice. The Northern Ports Federation also lent us "
            + "its hall for the strike meetings. Our treasurer, Ilse Varga, kept the strike fund in order.";
        Extraction x = Fixtures.extract(text, "text/plain");
        String subject = x.entities().stream().filter(e -> e.id().equals(x.subjectId())).findFirst().orElseThrow().name();
        assertEquals("Lakeshore Dockworkers Union", subject, x.entities().toString());
        Fixtures.expectRelation(x, RelationshipType.POSITION, "Ilse Varga", "Lakeshore Dockworkers Union");
    }
}
