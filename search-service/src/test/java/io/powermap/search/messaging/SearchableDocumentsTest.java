package io.powermap.search.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.powermap.contract.DocumentStatusEvent;
import io.powermap.contract.DocumentStatusEvent.State;
import io.powermap.contract.EventJson;
import io.powermap.contract.Topics;
import io.powermap.search.support.Changes;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.KafkaTopics;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class SearchableDocumentsTest {

    @Test
    void shouldSaySearchableOnceTheDocumentsChangesCanBeFound() {
        String word = Changes.uniqueWord();
        String documentId = "https://example.org/searchable/" + UUID.randomUUID();
        // as profile-service does: the document's changes first, then its APPLIED
        String id = Changes.organization(word + " Housing Trust");
        DocumentStatusEvent applied = DocumentStatusEvent.of(documentId, State.APPLIED, null, 1, 0, "sending-1", null, null,
            "profile-service");
        KafkaTopics.send(Topics.DOCUMENTS_STATUS, documentId, KafkaTopics.utf8(EventJson.write(applied)), Map.of());

        var record = KafkaTopics.find(Topics.DOCUMENTS_STATUS, r -> documentId.equals(r.key())
            && r.value().contains("\"SEARCHABLE\""), Duration.ofSeconds(30));

        assertTrue(record.isPresent(), "SEARCHABLE is on " + Topics.DOCUMENTS_STATUS);
        DocumentStatusEvent searchable = EventJson.read(record.get().value(), DocumentStatusEvent.class);
        assertEquals("sending-1", searchable.submission());
        assertEquals(1, searchable.entities());
        given().queryParam("q", word).get("/api/v1/search").then().statusCode(200).body("hits.id", hasItem(id));
    }
}
