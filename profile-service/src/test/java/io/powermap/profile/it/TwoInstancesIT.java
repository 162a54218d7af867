package io.powermap.profile.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.junit.jupiter.api.Test;

import io.powermap.contract.DocumentParsed;
import io.powermap.contract.DocumentSource;
import io.powermap.contract.EntityChanged;
import io.powermap.contract.EntityType;
import io.powermap.contract.Evidence;
import io.powermap.contract.EventJson;
import io.powermap.contract.ExtractedEntity;
import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.ProfileChange;
import io.powermap.contract.RelationshipType;
import io.powermap.contract.Topics;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.KafkaTopics;
import io.powermap.testsupport.PostgresResource;
import io.powermap.testsupport.ServiceProcess;

/**
 * Two profile-service processes (the packaged jar, as deployed) in one consumer group against one
 * broker and one database, fed documents that all name the same new organization and a few new
 * funders. Runs after packaging (failsafe), since it needs the jar.
 */
class TwoInstancesIT {

    private static final int DOCUMENTS = 16;
    private static final int PARTITIONS = 4;
    private static final String GROUP = "profile-service";

    @Test
    void twoInstancesCreateEachEntityOnceAndPublishItsChangesInCommitOrder() throws Exception {
        String kafka = KafkaBrokerResource.bootstrapServers();
        createPartitionedTopic(kafka);
        Map<String, String> environment = Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka,
            "QUARKUS_DATASOURCE_JDBC_URL", PostgresResource.jdbcUrl(),
            "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String shared = "Tideline Coalition " + run;
        try (ServiceProcess first = ServiceProcess.start("profile-service", environment);
             ServiceProcess second = ServiceProcess.start("profile-service", environment);
             Connection db = DriverManager.getConnection(PostgresResource.jdbcUrl(), "postgres", "postgres")) {
            // document keys spread over the partitions, so both instances apply documents naming the
            // same new organization and funders at the same time
            for (int i = 0; i < DOCUMENTS; i++) {
                String documentId = "two-instances://" + run + "/" + i;
                KafkaTopics.send(Topics.DOCUMENTS_PARSED, documentId,
                    KafkaTopics.utf8(EventJson.write(funded(documentId, shared, "Saltmarsh Fund " + run + " " + i % 3))),
                    Map.of());
            }
            await().atMost(Duration.ofSeconds(120)).until(() -> count(db,
                "select count(*) from source_document where id like ?", "two-instances://" + run + "/%") == DOCUMENTS);

            assertEquals(0, count(db, """
                select count(*) from (select 1 from entity where name like ? group by type, match_key having count(*) > 1) d
                """, "%" + run + "%"), "no (type, match key) stored twice");
            assertEquals(4, count(db, "select count(*) from entity where name like ?", "%" + run + "%"),
                "the organization and its three funders, once each");

            // offsets are committed a few seconds after the transaction (throttled commits)
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertBothApplied(kafka));

            String sharedId = single(db, "select id::text from entity where name = ?", shared);
            List<Integer> documentCounts = documentCountsPublishedFor(sharedId);
            // each document adds itself to the entity's (first 20) documents: events relayed in
            // commit order show 1, 2, 3 ... documents; a later commit published first would show a drop
            for (int i = 1; i < documentCounts.size(); i++) {
                assertTrue(documentCounts.get(i) >= documentCounts.get(i - 1),
                    "events of one key in commit order: " + documentCounts);
            }
            assertEquals(DOCUMENTS, documentCounts.get(documentCounts.size() - 1), "the last event names every document");
        }
    }

    /** Both instances hold partitions, and each has committed offsets past documents it applied. */
    private static void assertBothApplied(String kafka) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            var group = admin.describeConsumerGroups(List.of(GROUP)).all().get().get(GROUP);
            var offsets = admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
            assertEquals(2, group.members().size(), "two members in the group");
            for (var member : group.members()) {
                long applied = member.assignment().topicPartitions().stream()
                    .filter(partition -> partition.topic().equals(Topics.DOCUMENTS_PARSED))
                    .mapToLong(partition -> offsets.containsKey(partition) ? offsets.get(partition).offset() : 0).sum();
                assertTrue(applied > 0, "instance " + member.clientId() + " applied documents: " + offsets);
            }
        }
    }

    private static DocumentParsed funded(String documentId, String organization, String funder) {
        String text = funder + " gave $5,000 to " + organization + ".";
        var org = new ExtractedEntity("e1", EntityType.ORGANIZATION, organization, List.of(), Map.of(), List.of());
        var fund = new ExtractedEntity("e2", EntityType.ORGANIZATION, funder, List.of(), Map.of(), List.of());
        var grant = new ExtractedRelationship("r1", RelationshipType.FUNDING, "e2", "e1", null, null, null, true,
            new java.math.BigDecimal("5000"), "USD", 0.9, List.of(new Evidence(0, text.length(), List.of())));
        return new DocumentParsed(1, UUID.randomUUID().toString(), documentId,
            new DocumentSource(documentId, organization, "text/plain", null), text, "e1", List.of(org, fund), List.of(grant));
    }

    private static List<Integer> documentCountsPublishedFor(String entityId) {
        List<Integer> counts = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            counts.clear();
            KafkaTopics.collect(Topics.PROFILES_CHANGES, record -> entityId.equals(record.key()) && record.value() != null,
                    Duration.ofSeconds(5))
                .forEach(record -> {
                    ProfileChange change = EventJson.read(record.value(), ProfileChange.class);
                    if (change instanceof EntityChanged entity && entity.documentIds() != null) {
                        counts.add(entity.documentIds().size());
                    }
                });
            return !counts.isEmpty() && counts.get(counts.size() - 1) == DOCUMENTS;
        });
        return counts;
    }

    private static void createPartitionedTopic(String kafka) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            admin.createTopics(List.of(new NewTopic(Topics.DOCUMENTS_PARSED, PARTITIONS, (short) 1))).all().get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private static long count(Connection db, String sql, String param) throws SQLException {
        return Long.parseLong(single(db, sql, param));
    }

    private static String single(Connection db, String sql, String param) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, param);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
