package io.powermap.profile.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.powermap.contract.DocumentParsed;
import io.powermap.contract.EventJson;
import io.powermap.contract.Topics;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Publishes N realistic DocumentParsed records to the real broker and times profile-service
 * applying them all (and relaying their changes). Runs only when asked:
 * {@code ./mvnw -B -pl profile-service test -Dtest=ApplyBenchmark -Dpowermap.bench.documents=2000}
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@EnabledIfSystemProperty(named = "powermap.bench.documents", matches = "\\d+")
class ApplyBenchmark {

    private static final long TIME_LIMIT_MS = Long.getLong("powermap.bench.time-limit-seconds", 900) * 1000;

    @Test
    void applyDocuments() throws Exception {
        int count = Integer.getInteger("powermap.bench.documents");
        Path samples = Path.of(System.getProperty("powermap.project.root", ".."), "deploy", "samples");
        SampleCorpus corpus = SampleCorpus.load(samples);
        List<String> payloads = new ArrayList<>(count);
        List<String> keys = new ArrayList<>(count);
        long facts = 0;
        for (int n = 0; n < count; n++) {
            DocumentParsed document = corpus.document(n);
            facts += corpus.facts(document);
            payloads.add(EventJson.write(document));
            keys.add(document.documentId());
        }
        String like = "bench://" + corpus.run() + "/%";
        try (Connection db = DriverManager.getConnection(PostgresResource.jdbcUrl(), "postgres", "postgres")) {
            long start = System.nanoTime();
            publish(keys, payloads);
            long published = System.nanoTime();
            int applied = awaitApplied(db, like, count, start);
            long done = System.nanoTime();
            awaitOutboxEmpty(db, done);
            long relayed = System.nanoTime();
            double seconds = (done - start) / 1e9;
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("%nBENCHMARK profile-service apply: %d of %d documents (%d facts: entities + relationships)%n"
                    + "  published in %.1f s; applied in %.1f s: %.1f documents/s, %.0f facts/s%n"
                    + "  outbox relayed %.1f s after the last apply; graph now %s%n  heap used %d MB of %d MB%n%n",
                applied, count, facts, (published - start) / 1e9, seconds, applied / seconds,
                facts * (applied / (double) count) / seconds, (relayed - done) / 1e9, graphSize(db),
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
            assertEquals(count, applied, "every document applied within the time limit");
            hold(db);
        }
    }

    /** With -Dpowermap.bench.hold-seconds=N, keeps the graph up for EXPLAIN (ANALYZE) and prints where. */
    private static void hold(Connection db) throws Exception {
        long seconds = Long.getLong("powermap.bench.hold-seconds", 0);
        if (seconds > 0) {
            System.out.printf("  holding the database at %s for %d s%n", db.getMetaData().getURL(), seconds);
            Thread.sleep(seconds * 1000);
        }
    }

    private static void publish(List<String> keys, List<String> payloads) throws Exception {
        // batches of many records: a document is about 45 KB, so the default 16 KB batch held one
        // record each, and publishing 2,000 took 15 to 27 s, a ceiling of about 100 documents/s on
        // what the benchmark could measure (it times from the first send)
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.bootstrapServers(),
            ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
            ProducerConfig.BATCH_SIZE_CONFIG, 1024 * 1024, ProducerConfig.BUFFER_MEMORY_CONFIG, 256L * 1024 * 1024,
            ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < keys.size(); i++) {
                producer.send(new ProducerRecord<>(Topics.DOCUMENTS_PARSED, keys.get(i), payloads.get(i)));
            }
            producer.flush();
        }
    }

    private static int awaitApplied(Connection db, String like, int count, long start) throws Exception {
        int applied = 0;
        int reported = 0;
        while (applied < count && System.nanoTime() - start < TIME_LIMIT_MS * 1_000_000) {
            Thread.sleep(200);
            applied = (int) single(db, "select count(*) from source_document where id like ?", like);
            if (applied - reported >= 500) {
                System.out.printf("  ... %d applied after %.1f s%n", applied, (System.nanoTime() - start) / 1e9);
                reported = applied;
            }
        }
        return applied;
    }

    private static void awaitOutboxEmpty(Connection db, long from) throws Exception {
        while (single(db, "select count(*) from outbox", null) > 0 && System.nanoTime() - from < 120_000_000_000L) {
            Thread.sleep(100);
        }
    }

    private static String graphSize(Connection db) throws SQLException {
        return single(db, "select count(*) from entity", null) + " entities, "
            + single(db, "select count(*) from relationship", null) + " relationships, "
            + single(db, "select count(*) from evidence", null) + " evidence sentences";
    }

    private static long single(Connection db, String sql, String param) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            if (param != null) {
                statement.setString(1, param);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
