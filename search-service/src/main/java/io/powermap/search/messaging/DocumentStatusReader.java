package io.powermap.search.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.powermap.contract.DocumentStatusEvent;
import io.powermap.contract.EventJson;
import io.powermap.contract.KafkaSecurity;
import io.powermap.contract.Topics;
import io.powermap.search.service.Ingestion;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Reads every partition of documents.status from its beginning, on a thread of its own, without a
 * consumer group: each instance sees every APPLIED (and every later step that settles one), and a
 * restart reads the compacted topic again, so nothing needs committing. Records under a
 * documents.raw key repeat ingest-service's steps under another name and are skipped.
 */
@ApplicationScoped
public class DocumentStatusReader {

    private static final Logger LOG = Logger.getLogger(DocumentStatusReader.class);

    private final Map<String, Object> settings;
    private final SearchableDocuments searchable;
    private final Ingestion ingestion;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean stopping;

    /** {@code kafka}: the connection settings of every channel (kafka.*), TLS and SASL in production. */
    public DocumentStatusReader(@ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers,
                                @Identifier("default-kafka-broker") Map<String, Object> kafka,
                                SearchableDocuments searchable, Ingestion ingestion) {
        this.settings = new HashMap<>(KafkaSecurity.of(kafka));
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "search-service-document-status");
        this.searchable = searchable;
        this.ingestion = ingestion;
    }

    void onStart(@Observes StartupEvent event) {
        Thread thread = new Thread(this::run, "document-status-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (!stopping) {
            try (KafkaConsumer<String, String> open = new KafkaConsumer<>(settings)) {
                consumer = open;
                if (assign(open)) {
                    while (!stopping) {
                        read(open);
                    }
                } else {
                    Thread.sleep(2000); // the topic does not exist yet: ingest-service creates it
                }
            } catch (WakeupException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("reading %s failed (%s); reading it again in 2 s", Topics.DOCUMENTS_STATUS, e.getMessage());
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private static boolean assign(KafkaConsumer<String, String> open) {
        List<PartitionInfo> partitions = open.partitionsFor(Topics.DOCUMENTS_STATUS, Duration.ofSeconds(10));
        if (partitions == null || partitions.isEmpty()) {
            return false;
        }
        List<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        open.assign(assigned);
        open.seekToBeginning(assigned);
        return true;
    }

    private void read(KafkaConsumer<String, String> open) {
        List<DocumentStatusEvent> steps = new ArrayList<>();
        for (ConsumerRecord<String, String> record : open.poll(Duration.ofMillis(500))) {
            if (record.value() == null || record.key() == null
                    || record.key().startsWith(DocumentStatusEvent.KEY_RECORD_PREFIX)) {
                continue;
            }
            try {
                steps.add(EventJson.read(record.value(), DocumentStatusEvent.class));
            } catch (EventJson.MalformedEventException e) {
                LOG.warnf("skipping malformed status at offset %d: %s", record.offset(), e.getMessage());
            }
        }
        if (!steps.isEmpty()) {
            searchable.read(steps);
            searchable.indexed(ingestion.appliedOffsets()); // documents whose changes are visible already
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        KafkaConsumer<String, String> open = consumer;
        if (open != null) {
            open.wakeup();
        }
    }
}
