package io.powermap.profile.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.powermap.testsupport.KafkaBrokerResource;

/**
 * deploy/local/up gives each service's consumer a static group.instance.id, so that a service
 * killed outright (kill -9: no LeaveGroup) and started again takes its partitions back as soon as
 * its consumer joins, instead of waiting for the broker to expire the dead member's session. This
 * checks that on the project's broker (KafkaBrokerMain) with members in processes of their own,
 * killed with SIGKILL, as in a crash: with a 45 s session the restarted member must have its
 * partition well before the session could have ended.
 */
class RestartedConsumerTest {

    private static final int SESSION_MS = 45_000;
    private final List<Process> members = new ArrayList<>();

    @AfterEach
    void stopMembers() {
        members.forEach(Process::destroyForcibly);
    }

    @Test
    void aKilledStaticMemberStartedAgainGetsItsPartitionBackBeforeItsOldSessionEnds() throws Exception {
        String bootstrap = KafkaBrokerResource.bootstrapServers();
        String topic = "restart-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        String group = "restart-group-" + UUID.randomUUID();

        Process first = member(bootstrap, topic, group, "member-1");
        assertEquals("[" + topic + "-0]", awaitAssigned(first, Duration.ofSeconds(60)));
        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: the member never leaves its group

        long restarted = System.nanoTime();
        Process second = member(bootstrap, topic, group, "member-1");
        String assigned;
        try {
            assigned = awaitAssigned(second, Duration.ofMillis(SESSION_MS));
        } catch (TimeoutException e) {
            throw new AssertionError("the restarted member had no partition within the dead member's "
                + SESSION_MS / 1000 + " s session: it waited for that session to end");
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - restarted);

        assertEquals("[" + topic + "-0]", assigned);
        // a JVM start and a join take a few seconds even on a loaded machine; waiting out the dead
        // member's session would take 45 s
        assertTrue(seconds < SESSION_MS / 1000 - 15,
            "the restarted member was assigned its partition after " + seconds + " s, as if it waited for the session");
    }

    /** A consumer in a JVM of its own that prints "ASSIGNED [partitions]" whenever it is given some. */
    private Process member(String bootstrap, String topic, String group, String instanceId) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1",
            "-cp", System.getProperty("java.class.path"), Member.class.getName(), bootstrap, topic, group, instanceId)
            .redirectError(new File("target", "restarted-consumer-" + instanceId + ".log"))
            .start();
        members.add(process);
        return process;
    }

    private static String awaitAssigned(Process member, Duration within) throws Exception {
        CompletableFuture<String> assigned = CompletableFuture.supplyAsync(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(member.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("ASSIGNED [") && !line.equals("ASSIGNED []")) {
                        return line.substring("ASSIGNED ".length());
                    }
                }
                return "the member exited with " + member.waitFor();
            } catch (Exception e) {
                return "the member's output could not be read: " + e;
            }
        });
        return assigned.get(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The member's own process. */
    public static final class Member {
        public static void main(String[] args) {
            Properties config = new Properties();
            config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
            config.put(ConsumerConfig.GROUP_ID_CONFIG, args[2]);
            config.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, args[3]);
            config.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, String.valueOf(SESSION_MS));
            config.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, "3000");
            config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
                consumer.subscribe(List.of(args[1]), new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    }

                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                        System.out.println("ASSIGNED " + partitions);
                        System.out.flush();
                    }
                });
                while (true) {
                    consumer.poll(Duration.ofMillis(500));
                }
            }
        }
    }
}
