package io.powermap.search.messaging;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import io.powermap.search.service.Ingestion;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;

/**
 * On assignment, seeks each partition to just after the last offset the index has applied, or to
 * the beginning for a new index (a lost index replays the compacted topic in full), and notes the
 * partition's end offset then: the index is caught up once it has applied that far.
 *
 * <p>In a new process what the index has applied is its last durable commit. A process that is
 * assigned its partition again (after a broker restart, or a rebalance) keeps what it applied
 * since in the live index, which its next commit makes durable with these offsets; resuming at the
 * commit instead read thousands of changes a second time (a fault run's broker restart: offset
 * 3,117 again with the topic at 7,484, about 30 s before anything new was indexed).
 */
@ApplicationScoped
@Identifier("search-index-offsets")
public class IndexOffsets implements KafkaConsumerRebalanceListener {

    private static final Logger LOG = Logger.getLogger(IndexOffsets.class);

    private final Ingestion ingestion;
    private final IndexProgress progress;

    public IndexOffsets(Ingestion ingestion, IndexProgress progress) {
        this.ingestion = ingestion;
        this.progress = progress;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        var ends = consumer.endOffsets(partitions);
        for (TopicPartition partition : partitions) {
            Long applied = ingestion.appliedOffsets().get(partition.partition());
            long end = ends.getOrDefault(partition, 0L);
            if (applied != null && applied < end) {
                consumer.seek(partition, applied + 1);
                LOG.infof("resuming %s at offset %d from the index; the topic ends at %d", partition, applied + 1, end);
            } else if (applied != null) {
                consumer.seek(partition, end);
                if (applied >= end) {
                    LOG.warnf("%s: the index has read to offset %d but the topic ends at %d (was it recreated?); "
                        + "delete the index directory to rebuild it", partition, applied, end);
                }
            } else {
                consumer.seekToBeginning(List.of(partition));
                LOG.infof("reading %s from the beginning into a new index: %d offsets", partition, end);
            }
            progress.assigned(partition.partition(), end);
        }
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        partitions.forEach(partition -> progress.revoked(partition.partition()));
    }
}
