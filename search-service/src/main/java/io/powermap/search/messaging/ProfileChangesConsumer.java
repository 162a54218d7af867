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
import io.powermap.search.domain.IndexedChange;
import io.powermap.search.service.Ingestion;
import io.smallrye.common.annotation.Blocking;

/**
 * profiles.changes, the only input of search-service, read in batches and applied to the index,
 * which makes them searchable at once and durable (with their offsets) at its next commit. While
 * the index catches up (a rebuild, a restart after a while), batches are written and made
 * searchable together once the end the topic had is reached. Where
 * to resume is taken from the index ({@link IndexOffsets}), so the index and its position can
 * never disagree; the consumer group's own offsets are not used.
 */
@ApplicationScoped
public class ProfileChangesConsumer {

    private static final Logger LOG = Logger.getLogger(ProfileChangesConsumer.class);

    private final Ingestion ingestion;
    private final IndexProgress progress;
    private final RefreshPacer pacer;

    public ProfileChangesConsumer(Ingestion ingestion, IndexProgress progress, RefreshPacer pacer) {
        this.ingestion = ingestion;
        this.progress = progress;
        this.pacer = pacer;
    }

    @Incoming("profiles-changes")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) throws IOException {
        List<IndexedChange> batch = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            batch.add(new IndexedChange(read(record), record.partition(), record.offset()));
        }
        ingestion.write(batch);
        if (!progress.behind(ingestion.writtenOffsets())) {
            // while catching up, everything read becomes searchable together at the end (IndexProgress#behind),
            // and that end at once, since readiness waits for it; then each batch now or within the refresh interval
            if (progress.caughtUp()) {
                pacer.written();
            } else {
                pacer.refreshNow();
            }
        }
        progress.applied();
    }

    /** The change a record carries, or null for one that carries nothing to apply. */
    private static ProfileChange read(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            return null; // a compaction tombstone: the delete event before it was already applied
        }
        try {
            ProfileChange change = EventJson.read(record.value(), ProfileChange.class);
            if (change.schemaVersion() != ProfileChange.SCHEMA_VERSION) {
                LOG.errorf("skipping %s at offset %d: schema version %d", record.key(), record.offset(), change.schemaVersion());
                return null;
            }
            return change;
        } catch (EventJson.MalformedEventException e) {
            LOG.errorf("skipping malformed change at offset %d: %s", record.offset(), e.getMessage());
            return null;
        }
    }
}
