package io.powermap.search.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.powermap.contract.EntityChanged;
import io.powermap.contract.EntityType;
import io.powermap.contract.EventJson;
import io.powermap.contract.ProfileChange;
import io.powermap.contract.ProfileChange.Change;
import io.powermap.contract.RelationshipChanged;
import io.powermap.contract.RelationshipType;
import io.powermap.contract.Topics;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.KafkaTopics;
import io.powermap.testsupport.ServiceProcess;

/**
 * Two search-service processes (the packaged jar, as deployed), each with its own consumer group
 * and index, fed by one profiles.changes topic (two partitions, compacted): half the changes are
 * there before they start (a rebuild), half come while they run, with updates and deletes among
 * them. Both end holding exactly what was published: the same entities with their latest names,
 * the same relationships, the same counts of ties. Runs after packaging (failsafe).
 */
class TwoInstancesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    /** What was published, as it stands now: entity id to name, relationship id to its two ends. */
    private final Map<String, String> entities = new LinkedHashMap<>();
    private final Map<String, String[]> ties = new LinkedHashMap<>();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void bothInstancesHoldWhatWasPublished() throws Exception {
        String kafka = KafkaBrokerResource.bootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            admin.createTopics(List.of(new NewTopic(Topics.PROFILES_CHANGES, 2, (short) 1)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))).all().get();
        }
        publishSome(0);

        try (ServiceProcess a = start(kafka, "a"); ServiceProcess b = start(kafka, "b")) {
            publishSome(1);
            for (ServiceProcess instance : List.of(a, b)) {
                await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                    JsonNode status = get(instance, "/api/v1/index/status");
                    assertEquals(entities.size(), status.get("entities").asInt(), "entities in " + instance.baseUrl());
                    assertEquals(ties.size(), status.get("relationships").asInt(), "relationships in " + instance.baseUrl());
                });
                assertEquals(new TreeMap<>(entities), names(instance), "entities and their latest names");
                assertEquals(expectedConnections(), connections(instance), "ties counted per entity");
                assertEquals(new TreeSet<>(ties.keySet()), relationshipIds(instance), "relationships");
            }
        }
    }

    private ServiceProcess start(String kafka, String name) {
        return ServiceProcess.start("search-service", Map.of(
            "KAFKA_BOOTSTRAP_SERVERS", kafka,
            "MP_MESSAGING_INCOMING_PROFILES_CHANGES_GROUP_ID", "search-" + name + "-" + run,
            "POWERMAP_SEARCH_INDEX_DIR", Path.of("target", "two-instances", run, name).toAbsolutePath().toString(),
            // no profile-service here: the graph answers without source documents
            "POWERMAP_SEARCH_PROFILE_URL", "http://127.0.0.1:9"));
    }

    /** Eight organizations, four people, ties among them; then a rename, a deleted tie and a deleted entity. */
    private void publishSome(int round) {
        List<String> orgs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            orgs.add(entity(EntityType.ORGANIZATION, "Harbor Light " + (i % 2 == 0 ? "Coalition" : "Fund") + " " + round + i));
        }
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            people.add(entity(EntityType.PERSON, "Morgan Ashby " + round + i));
        }
        for (int i = 0; i < 8; i++) {
            tie(RelationshipType.FUNDING, orgs.get(1 + 2 * (i % 4)), orgs.get((2 * i) % 8), "gave a grant");
            tie(RelationshipType.POSITION, people.get(i % 4), orgs.get(i), "serves on the board");
        }
        tie(RelationshipType.MEMBERSHIP, orgs.get(2), orgs.get(0), "is a member");
        String renamed = orgs.get(4);
        publish(new EntityChanged(1, UUID.randomUUID().toString(), Change.UPSERTED, Instant.now(), renamed,
            EntityType.ORGANIZATION, "Harbor Light Renamed " + round, List.of(), Map.of(), List.of()));
        entities.put(renamed, "Harbor Light Renamed " + round);

        String gone = ties.keySet().iterator().next();
        String[] ends = ties.remove(gone);
        publish(new RelationshipChanged(1, UUID.randomUUID().toString(), Change.DELETED, Instant.now(), gone,
            RelationshipType.FUNDING, ends[0], null, ends[1], null, null, null, null, null, null, null, 0.9, List.of()));

        // a person with no ties left: deleted with its ties, as profile-service deletes
        String person = people.get(3);
        for (var it = ties.entrySet().iterator(); it.hasNext(); ) {
            var tie = it.next();
            if (tie.getValue()[0].equals(person) || tie.getValue()[1].equals(person)) {
                publish(new RelationshipChanged(1, UUID.randomUUID().toString(), Change.DELETED, Instant.now(), tie.getKey(),
                    RelationshipType.POSITION, tie.getValue()[0], null, tie.getValue()[1], null, null, null, null, null,
                    null, null, 0.9, List.of()));
                it.remove();
            }
        }
        publish(new EntityChanged(1, UUID.randomUUID().toString(), Change.DELETED, Instant.now(), person,
            EntityType.PERSON, entities.remove(person), null, null, null));
    }

    private String entity(EntityType type, String name) {
        String id = UUID.randomUUID().toString();
        publish(new EntityChanged(1, UUID.randomUUID().toString(), Change.UPSERTED, Instant.now(), id, type,
            name + " " + run, List.of(), Map.of("headquarters", "Duluth"), List.of()));
        entities.put(id, name + " " + run);
        return id;
    }

    private void tie(RelationshipType type, String source, String target, String words) {
        String id = UUID.randomUUID().toString();
        publish(new RelationshipChanged(1, UUID.randomUUID().toString(), Change.UPSERTED, Instant.now(), id, type,
            source, entities.get(source), target, entities.get(target), null, "2020", null, true,
            type == RelationshipType.FUNDING ? new BigDecimal("5000") : null, type == RelationshipType.FUNDING ? "USD" : null,
            0.9, List.of(entities.get(source) + " " + words + " " + entities.get(target) + ".")));
        ties.put(id, new String[] {source, target});
    }

    private static void publish(ProfileChange change) {
        KafkaTopics.send(Topics.PROFILES_CHANGES, change.key(), KafkaTopics.utf8(EventJson.write(change)), Map.of());
    }

    private Map<String, Integer> expectedConnections() {
        Map<String, Integer> counts = new TreeMap<>();
        entities.keySet().forEach(id -> counts.put(id, 0));
        ties.values().forEach(ends -> {
            counts.merge(ends[0], 1, Integer::sum);
            counts.merge(ends[1], 1, Integer::sum);
        });
        return counts;
    }

    /** Every entity the instance has, browsed page by page. */
    private List<JsonNode> browse(ServiceProcess instance) throws IOException, InterruptedException {
        List<JsonNode> hits = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = get(instance, "/api/v1/search?q=&limit=100"
                + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            page.get("hits").forEach(hits::add);
            JsonNode next = page.get("next");
            cursor = next == null || next.isNull() ? null : next.asText();
        } while (cursor != null);
        return hits;
    }

    private Map<String, String> names(ServiceProcess instance) throws IOException, InterruptedException {
        Map<String, String> names = new TreeMap<>();
        browse(instance).forEach(hit -> names.put(hit.get("id").asText(), hit.get("name").asText()));
        return names;
    }

    private Map<String, Integer> connections(ServiceProcess instance) throws IOException, InterruptedException {
        Map<String, Integer> counts = new TreeMap<>();
        browse(instance).forEach(hit -> counts.put(hit.get("id").asText(), hit.get("connections").asInt()));
        return counts;
    }

    private Set<String> relationshipIds(ServiceProcess instance) throws IOException, InterruptedException {
        Set<String> ids = new TreeSet<>();
        for (String id : entities.keySet()) {
            get(instance, "/api/v1/graph/" + id + "?limit=1000").get("edges").forEach(edge -> ids.add(edge.get("id").asText()));
        }
        return ids;
    }

    private JsonNode get(ServiceProcess instance, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(instance.baseUrl() + path))
            .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }
}
