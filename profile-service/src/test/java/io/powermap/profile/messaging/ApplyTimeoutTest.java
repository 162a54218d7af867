package io.powermap.profile.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.powermap.contract.DocumentParsed;
import io.powermap.contract.DocumentSource;
import io.powermap.contract.EntityType;
import io.powermap.contract.EventJson;
import io.powermap.contract.Evidence;
import io.powermap.contract.ExtractedEntity;
import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.RelationshipType;
import io.powermap.profile.domain.TieRows;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A poll that outlives the default transaction timeout (issue 9: Narayana's reaper aborting a slow
 * batch from its own thread, "multiple threads active" / "Enlisted connection used without active
 * transaction"). The default timeout is 2 s here and the work between two statements in the middle
 * of the poll takes 4 s. With {@code -Dpowermap.profile.transaction-timeout=2s} (the poll's timeout
 * before) the reaper aborts the poll and its documents are redone one at a time: the first
 * assertion fails. Either way every document must end up applied once and whole: its sentence,
 * statement and mentions there, its event id claimed, no entity twice.
 */
@QuarkusTest
@TestProfile(ApplyTimeoutTest.ShortTimeout.class)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class ApplyTimeoutTest {

    private static final int DOCUMENTS = 5;

    @Inject
    DocumentParsedConsumer consumer;

    @Inject
    DataSource data;

    public static class ShortTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the whole poll in one transaction from the start (no warm-start cutting): that transaction is the one timed
            return Map.of("quarkus.transaction-manager.default-transaction-timeout", "2s",
                "powermap.profile.first-transaction-documents", "1000");
        }
    }

    @Test
    void shouldApplyEveryDocumentOfAPollThatOutlivedTheTransactionTimeoutOnceAndWhole() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<DocumentParsed> documents = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            documents.add(funded("https://example.org/timeout/" + run + "/" + i, "Riverbend Coalition " + run,
                "Funder " + i + " " + run));
        }
        try (Connection db = DriverManager.getConnection(PostgresResource.jdbcUrl(), "postgres", "postgres")) {
            // the slow part of a batch, in its middle, between two statements: the first tie upsert
            // of these documents is followed by twice the timeout of work in the service
            SlowAfterUpsert slow = new SlowAfterUpsert(data, "https://example.org/timeout/" + run + "/");
            QuarkusMock.installMockForType(slow, TieRows.class);
            // one poll, as the Kafka connector hands it over
            consumer.consume(documents.stream().map(EventJson::write).toList());
            String like = "https://example.org/timeout/" + run + "/%";
            String events = String.join(",", documents.stream().map(d -> "'" + d.eventId() + "'").toList());
            await().atMost(Duration.ofSeconds(60)).until(() -> count(db,
                "select count(*) from processed_event where event_id in (" + events + ") and ? <> ''", like) == DOCUMENTS);
            // whatever the consumer made of the aborted transaction, give it time to finish
            Thread.sleep(3000);
            // the poll's own transaction outlasts the 2 s default (powermap.profile.transaction-timeout):
            // applied together, once; before, the reaper aborted it and its documents were redone one by one
            assertEquals(1, slow.calls.get(), "the poll's ties written once, by the poll");
            assertEquals(DOCUMENTS, count(db, "select count(*) from evidence where document_id like ?", like),
                "one sentence per document");
            assertEquals(DOCUMENTS, count(db, "select count(*) from tie_statement_standing where document_id like ?", like),
                "one statement per document");
            assertEquals(2L * DOCUMENTS, count(db, "select count(*) from entity_document where document_id like ?", like),
                "two mentions per document");
            assertEquals(1, count(db, "select count(*) from entity where name = ?", "Riverbend Coalition " + run),
                "the coalition once");
            assertEquals(DOCUMENTS, count(db, "select count(*) from relationship r join entity e on e.id = r.target_id "
                + "where e.name = ?", "Riverbend Coalition " + run), "one tie per funder");
        }
    }

    /** The tie rows, but the first upsert of the run's documents is followed by a pause of twice the timeout. */
    static final class SlowAfterUpsert extends TieRows {
        private final String prefix;
        private final AtomicBoolean slept = new AtomicBoolean();
        private final AtomicInteger calls = new AtomicInteger();

        SlowAfterUpsert(DataSource data, String prefix) {
            super(data);
            this.prefix = prefix;
        }

        @Override
        public Map<Key, Upserted> upsert(Collection<Stated> ties, List<EvidenceRow> evidence, List<Statement> statements,
                                         Instant now, int fewSentences) {
            Map<Key, Upserted> upserted = super.upsert(ties, evidence, statements, now, fewSentences);
            boolean mine = evidence.stream().anyMatch(e -> e.documentId().startsWith(prefix));
            if (mine) {
                calls.incrementAndGet();
            }
            if (mine && slept.compareAndSet(false, true)) {
                try {
                    Thread.sleep(4000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return upserted;
        }
    }

    private static DocumentParsed funded(String documentId, String organization, String funder) {
        String text = funder + " gave $10 to " + organization + ".";
        var org = new ExtractedEntity("e1", EntityType.ORGANIZATION, organization, List.of(), Map.of(), List.of());
        var fund = new ExtractedEntity("e2", EntityType.ORGANIZATION, funder, List.of(), Map.of(), List.of());
        var grant = new ExtractedRelationship("r1", RelationshipType.FUNDING, "e2", "e1", null, null, null, true,
            new BigDecimal("10"), "USD", 0.9, List.of(new Evidence(0, text.length(), List.of())));
        return new DocumentParsed(1, UUID.randomUUID().toString(), documentId,
            new DocumentSource(documentId, organization, "text/plain", null), text, "e1", List.of(org, fund), List.of(grant));
    }

    private static long count(Connection db, String sql, String param) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, param);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
