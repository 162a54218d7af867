package io.powermap.ingest.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import io.powermap.contract.DocumentStatusEvent;
import io.powermap.contract.EventJson;
import io.powermap.contract.Topics;
import io.powermap.ingest.service.DocumentStatusStore;

/**
 * Reads every partition of documents.status from its beginning into a view, without a consumer
 * group: every instance holds all statuses, and there is nothing to commit because each start
 * reads the compacted topic again. Caught up once it has read up to the end offsets the topic had
 * when reading began. Not thread-safe: one thread polls it.
 */
public class StatusTopicReader implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StatusTopicReader.class);

    private final KafkaConsumer<String, String> consumer;
    private final DocumentStatusStore view;
    private Map<TopicPartition, Long> endAtStart;

    /** {@code settings}: bootstrap servers and the channels' security settings. */
    public StatusTopicReader(Map<String, Object> settings, DocumentStatusStore view) {
        Map<String, Object> config = new HashMap<>(settings);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "ingest-service-status-view");
        this.consumer = new KafkaConsumer<>(config);
        this.view = view;
    }

    /** Reads what is there; returns whether the view has caught up (a topic that does not exist yet holds nothing). */
    public boolean poll(Duration wait) throws InterruptedException {
        if (endAtStart == null && !assign()) {
            Thread.sleep(wait.toMillis());
            return true;
        }
        for (ConsumerRecord<String, String> record : consumer.poll(wait)) {
            if (record.value() == null) {
                continue;
            }
            try {
                view.apply(record.key(), EventJson.read(record.value(), DocumentStatusEvent.class));
            } catch (EventJson.MalformedEventException e) {
                LOG.warnf("skipping malformed status at offset %d: %s", record.offset(), e.getMessage());
            }
        }
        return endAtStart.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private boolean assign() {
        List<PartitionInfo> partitions = consumer.partitionsFor(Topics.DOCUMENTS_STATUS, Duration.ofSeconds(10));
        if (partitions == null || partitions.isEmpty()) {
            return false;
        }
        List<TopicPartition> assigned = partitions.stream()
            .map(partition -> new TopicPartition(partition.topic(), partition.partition())).toList();
        consumer.assign(assigned);
        consumer.seekToBeginning(assigned);
        endAtStart = consumer.endOffsets(assigned, Duration.ofSeconds(10));
        return true;
    }

    public void wakeup() {
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
