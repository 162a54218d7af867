package io.powermap.search.messaging;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.powermap.contract.EventJson;
import io.powermap.contract.ProfileChange;
import io.powermap.search.index.IndexedChange;
import io.powermap.search.index.SearchIndex;
import io.smallrye.common.annotation.Blocking;

/**
 * profiles.changes, the only input of search-service, read in batches. A batch is acknowledged
 * only after the index has committed it; where to resume is taken from the index itself
 * ({@link IndexOffsets}), so an index and its position can never disagree.
 */
@ApplicationScoped
public class ProfileChangesConsumer {

    private static final Logger LOG = Logger.getLogger(ProfileChangesConsumer.class);

    private final SearchIndex index;

    public ProfileChangesConsumer(SearchIndex index) {
        this.index = index;
    }

    @Incoming("profiles-changes")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) throws IOException {
        List<IndexedChange> batch = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            if (record.value() == null) {
                continue; // a compaction tombstone: the delete event before it was already applied
            }
            try {
                ProfileChange change = EventJson.read(record.value(), ProfileChange.class);
                if (change.schemaVersion() != ProfileChange.SCHEMA_VERSION) {
                    LOG.errorf("skipping %s at offset %d: schema version %d", record.key(), record.offset(), change.schemaVersion());
                    continue;
                }
                batch.add(new IndexedChange(change, record.topic(), record.partition(), record.offset()));
            } catch (EventJson.MalformedEventException e) {
                LOG.errorf("skipping malformed change at offset %d: %s", record.offset(), e.getMessage());
            }
        }
        index.apply(batch);
        LOG.debugf("indexed %d changes", batch.size());
    }
}
