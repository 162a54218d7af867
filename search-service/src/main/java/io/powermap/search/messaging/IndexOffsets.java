package io.powermap.search.messaging;

import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import io.powermap.search.index.SearchIndex;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;

/**
 * On assignment, seeks each partition to just after the last offset the index has committed, or
 * to the beginning for a new index: a lost or rebuilt index replays the compacted topic in full.
 */
@ApplicationScoped
@Identifier("search-index-offsets")
public class IndexOffsets implements KafkaConsumerRebalanceListener {

    private static final Logger LOG = Logger.getLogger(IndexOffsets.class);

    private final SearchIndex index;

    public IndexOffsets(SearchIndex index) {
        this.index = index;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            var committed = index.committedOffset(partition.topic(), partition.partition());
            if (committed.isPresent()) {
                consumer.seek(partition, committed.getAsLong() + 1);
                LOG.infof("resuming %s at offset %d from the index", partition, committed.getAsLong() + 1);
            } else {
                consumer.seekToBeginning(java.util.List.of(partition));
                LOG.infof("reading %s from the beginning into a new index", partition);
            }
        }
    }
}
