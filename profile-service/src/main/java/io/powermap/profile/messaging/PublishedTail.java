package io.powermap.profile.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.powermap.contract.KafkaSecurity;
import io.powermap.contract.Topics;
import io.powermap.profile.domain.OutboxRows;
import io.smallrye.common.annotation.Identifier;

/**
 * Finds outbox rows whose records already are at the end of their topic: the batch of a relay that
 * was acknowledged by the broker but whose rows were not deleted (the process killed in between, its
 * transaction rolled back, an instance that died holding the relay lock). Only one batch is ever in
 * flight (one relay at a time, across instances), so such rows are among the last {@code depth}
 * records of each partition, and the relay reads no further.
 *
 * A row is on the topic when a record there has its key and the very same value: every change
 * carries its own event id, so an equal value is that event. A tombstone (no value) counts as sent
 * when the key's last record is a tombstone and the row's earlier change for the key, if in the
 * same list, was found too.
 */
@ApplicationScoped
public class PublishedTail {

    private static final Logger LOG = Logger.getLogger(PublishedTail.class);
    private static final Duration LIMIT = Duration.ofSeconds(10);

    private final Map<String, Object> consumerConfig = new HashMap<>();
    /** Made on first use and kept: the relay reads the tail after a start, a failure or a takeover only. */
    private KafkaConsumer<String, String> consumer;

    /** {@code kafka} holds every channel's connection settings (kafka.*), TLS and SASL included in production. */
    public PublishedTail(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                         @Identifier("default-kafka-broker") Map<String, Object> kafka) {
        consumerConfig.putAll(KafkaSecurity.of(kafka));
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumerConfig.put(ConsumerConfig.CLIENT_ID_CONFIG, "profile-service-outbox-tail");
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        consumerConfig.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
    }

    private record Sent(String key, String value) {
    }

    /**
     * The rows among {@code rows} (in outbox order) already on their topic, read from the last
     * {@code depth} records of each partition. Called by the relay only, one call at a time.
     *
     * @throws KafkaException when the tails cannot be read within 10 s
     */
    synchronized Set<Long> alreadySent(List<OutboxRows.Pending> rows, int depth) {
        Map<String, List<OutboxRows.Pending>> byTopic = new LinkedHashMap<>();
        rows.forEach(row -> byTopic.computeIfAbsent(topicOf(row), topic -> new ArrayList<>()).add(row));
        Set<Long> found = new HashSet<>();
        for (Map.Entry<String, List<OutboxRows.Pending>> topic : byTopic.entrySet()) {
            Set<Sent> tail = new HashSet<>();
            Map<String, Boolean> lastIsTombstone = new HashMap<>();
            read(topic.getKey(), depth, record -> {
                tail.add(new Sent(record.key(), record.value()));
                lastIsTombstone.put(record.key(), record.value() == null);
            });
            Map<String, Boolean> earlierFound = new HashMap<>();
            for (OutboxRows.Pending row : topic.getValue()) {
                boolean sent = row.payload() != null
                    ? tail.contains(new Sent(row.key(), row.payload()))
                    : Boolean.TRUE.equals(lastIsTombstone.get(row.key())) && earlierFound.getOrDefault(row.key(), true);
                earlierFound.put(row.key(), sent);
                if (sent) {
                    found.add(row.id());
                }
            }
        }
        return found;
    }

    private static String topicOf(OutboxRows.Pending row) {
        return row.topic() == null ? Topics.PROFILES_CHANGES : row.topic();
    }

    private void read(String topic, int depth, Consumer<ConsumerRecord<String, String>> each) {
        if (consumer == null) {
            consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer());
        }
        long deadline = System.nanoTime() + LIMIT.toNanos();
        List<TopicPartition> partitions = consumer.partitionsFor(topic, LIMIT).stream()
            .map(info -> new TopicPartition(topic, info.partition())).toList();
        if (partitions.isEmpty()) {
            return; // no topic yet, so nothing was sent to it
        }
        consumer.assign(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, LIMIT);
        Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions, LIMIT);
        Set<TopicPartition> open = new HashSet<>();
        for (TopicPartition partition : partitions) {
            long end = ends.get(partition);
            long from = Math.max(starts.get(partition), end - depth);
            consumer.seek(partition, from);
            if (from < end) {
                open.add(partition);
            }
        }
        while (!open.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new KafkaException("the end of " + topic + " was not read within " + LIMIT.toSeconds() + " s");
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (record.offset() < ends.get(partition)) {
                    each.accept(record);
                }
            }
            open.removeIf(partition -> consumer.position(partition) >= ends.get(partition));
        }
        LOG.debugf("read the last records of %s (%d partitions)", topic, partitions.size());
    }

    @PreDestroy
    synchronized void close() {
        if (consumer != null) {
            consumer.close();
        }
    }
}
