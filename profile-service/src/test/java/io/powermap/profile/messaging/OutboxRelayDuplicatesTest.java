package io.powermap.profile.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.powermap.contract.Topics;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.KafkaTopics;
import io.powermap.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Each outbox row reaches profiles.changes once, also when a relay sent rows it did not get to
 * delete: the chaos run found events twice on the topic after profile-service was killed between
 * the broker's acknowledgement of a batch and the deletion of its rows.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class OutboxRelayDuplicatesTest {

    /** domain.OutboxRows.RELAY_LOCK: the advisory lock the relay of each instance tries before a batch. */
    private static final long RELAY_LOCK = 0x706d_7265_6c61_79L;

    private record Row(String key, String payload) {
    }

    @Inject
    OutboxRelay relay;

    @Test
    void shouldNotSendAgainWhatADeadRelaySentBeforeDeletingItsRows() throws Exception {
        String run = UUID.randomUUID().toString();
        List<Row> sentByTheDeadRelay = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            sentByTheDeadRelay.add(change("dead-" + i % 4 + "-" + run));
        }
        // a deleted entity: its DELETED event and tombstone were sent too
        String deletedKey = "deleted-" + run;
        sentByTheDeadRelay.add(change(deletedKey));
        sentByTheDeadRelay.add(new Row(deletedKey, null));
        List<Row> notSentYet = List.of(change("dead-0-" + run), change("later-" + run));

        try (Connection deadInstance = DriverManager.getConnection(PostgresResource.jdbcUrl(), "postgres", "postgres")) {
            // the dying instance holds the relay lock while it sends (so this service's relay keeps out)
            try (PreparedStatement lock = deadInstance.prepareStatement("select pg_advisory_lock(?)")) {
                lock.setLong(1, RELAY_LOCK);
                lock.execute();
            }
            insert(deadInstance, sentByTheDeadRelay);
            insert(deadInstance, notSentYet);
            sentByTheDeadRelay.forEach(row -> KafkaTopics.send(Topics.PROFILES_CHANGES, row.key(),
                row.payload() == null ? null : KafkaTopics.utf8(row.payload()), Map.of()));
            relay.relay(); // as a sweep of this service would: it finds the lock taken
        } // and dies before deleting the rows: its connection closes, its lock goes with it

        try (Connection db = DriverManager.getConnection(PostgresResource.jdbcUrl(), "postgres", "postgres")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> waiting(db, run), count -> count == 0);
        }
        var records = KafkaTopics.collect(Topics.PROFILES_CHANGES, r -> r.key() != null && r.key().endsWith(run),
            Duration.ofSeconds(4));

        Map<String, Long> timesOnTopic = records.stream().filter(r -> r.value() != null)
            .collect(Collectors.groupingBy(r -> r.value(), Collectors.counting()));
        List<Row> all = new ArrayList<>(sentByTheDeadRelay);
        all.addAll(notSentYet);
        List<String> twice = timesOnTopic.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        assertEquals(List.of(), twice, "events on " + Topics.PROFILES_CHANGES + " more than once");
        assertEquals(all.stream().map(Row::payload).filter(payload -> payload != null).collect(Collectors.toSet()),
            timesOnTopic.keySet(), "every event on " + Topics.PROFILES_CHANGES);
        assertEquals(1, records.stream().filter(r -> r.value() == null).count(), "the tombstone once");
        assertEquals(all.stream().map(Row::key).toList(), records.stream().map(r -> r.key()).toList(),
            "in outbox order");
    }

    @Test
    void shouldNotSendAgainTheRowsOfAFailedBatchThatReachedTheBroker() throws Exception {
        String run = UUID.randomUUID().toString();
        Row refused = new Row("refused-" + run, "x".repeat(17 * 1024 * 1024)); // above the producer's 16 MB limit
        Row behind = change("behind-" + run);
        try (Connection db = DriverManager.getConnection(PostgresResource.jdbcUrl(), "postgres", "postgres")) {
            db.setAutoCommit(false); // one commit, so that one batch holds both
            insert(db, List.of(refused, behind));
            db.commit();
            db.setAutoCommit(true);
            // the batch is refused as a whole (one of its records is), then the refused row is tried on its
            // own until it is set aside; the row behind it went out with the batch at the first try
            await().atMost(Duration.ofSeconds(90)).until(() -> attempts(db, refused.key()), tries -> tries == 5);
            await().atMost(Duration.ofSeconds(30)).until(() -> waiting(db, run), count -> count == 1);
        }
        var records = KafkaTopics.collect(Topics.PROFILES_CHANGES, r -> behind.key().equals(r.key()), Duration.ofSeconds(4));
        assertEquals(1, records.size(), "the change behind the refused one, once on " + Topics.PROFILES_CHANGES);
    }

    private static Row change(String key) {
        return new Row(key, "{\"schemaVersion\":1,\"eventId\":\"" + UUID.randomUUID() + "\",\"key\":\"" + key + "\"}");
    }

    private static void insert(Connection db, List<Row> rows) throws Exception {
        try (PreparedStatement insert = db.prepareStatement(
            "insert into outbox (record_key, payload, created_at) values (?, ?, now())")) {
            for (Row row : rows) {
                insert.setString(1, row.key());
                insert.setString(2, row.payload());
                insert.executeUpdate();
            }
        }
    }

    private static int attempts(Connection db, String key) throws Exception {
        try (PreparedStatement select = db.prepareStatement("select attempts from outbox where record_key = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getInt(1) : -1;
            }
        }
    }

    private static int waiting(Connection db, String run) throws Exception {
        try (PreparedStatement select = db.prepareStatement("select count(*) from outbox where record_key like ?")) {
            select.setString(1, "%" + run);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
