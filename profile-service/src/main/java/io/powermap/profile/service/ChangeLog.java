package io.powermap.profile.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.powermap.contract.EntityChanged;
import io.powermap.contract.EventJson;
import io.powermap.contract.ProfileChange;
import io.powermap.contract.ProfileChange.Change;
import io.powermap.contract.RelationshipChanged;
import io.powermap.profile.domain.EntityRows;
import io.powermap.profile.domain.OutboxRows;
import io.powermap.profile.domain.TieRows;

/**
 * Writes the change events into the outbox, inside the caller's transaction. Events stay small
 * whatever the corpus: an entity lists at most {@value #MAX_DOCUMENTS} of the documents naming it,
 * a tie at most {@value #MAX_SENTENCES} of its evidence sentences; the full lists are one REST call
 * away. A document that leaves an entity's name, aliases and attributes as they were, and is not
 * among its first {@value #MAX_DOCUMENTS} documents, publishes nothing for it; likewise a tie whose
 * fields are unchanged and that already had {@value #MAX_SENTENCES} sentences.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ChangeLog {

    static final int MAX_ALIASES = 100;
    static final int MAX_DOCUMENTS = 20;
    static final int MAX_SENTENCES = 3;
    static final int MAX_SENTENCE_CHARS = 1000;

    private final EntityRows entities;
    private final TieRows ties;
    private final OutboxRows outbox;

    public ChangeLog(EntityRows entities, TieRows ties, OutboxRows outbox) {
        this.entities = entities;
        this.ties = ties;
        this.outbox = outbox;
    }

    public void entitiesUpserted(Pending pending, Collection<UUID> ids) {
        Instant now = Instant.now();
        append(pending, entities.snapshots(ids, MAX_ALIASES, MAX_DOCUMENTS).stream().map(entity -> (ProfileChange) new EntityChanged(
            ProfileChange.SCHEMA_VERSION, UUID.randomUUID().toString(), Change.UPSERTED, now, entity.id().toString(),
            entity.type(), entity.name(), entity.aliases(), entity.attributes(), entity.documentIds())).toList());
    }

    public void entitiesDeleted(Pending pending, List<EntityRows.Snapshot> deleted) {
        Instant now = Instant.now();
        append(pending, deleted.stream().map(entity -> (ProfileChange) new EntityChanged(ProfileChange.SCHEMA_VERSION,
            UUID.randomUUID().toString(), Change.DELETED, now, entity.id().toString(), entity.type(), entity.name(),
            null, null, null)).toList());
        tombstones(pending, deleted.stream().map(entity -> entity.id().toString()).toList());
    }

    public void tiesUpserted(Pending pending, Collection<UUID> ids) {
        Instant now = Instant.now();
        append(pending, ties.snapshots(ids, MAX_SENTENCES, MAX_SENTENCE_CHARS).stream()
            .map(tie -> event(tie, Change.UPSERTED, now)).toList());
    }

    public void tiesDeleted(Pending pending, List<TieRows.Snapshot> deleted) {
        Instant now = Instant.now();
        append(pending, deleted.stream().map(tie -> event(tie, Change.DELETED, now)).toList());
        tombstones(pending, deleted.stream().map(tie -> tie.id().toString()).toList());
    }

    private static ProfileChange event(TieRows.Snapshot tie, Change change, Instant now) {
        return new RelationshipChanged(ProfileChange.SCHEMA_VERSION, UUID.randomUUID().toString(), change, now,
            tie.id().toString(), tie.type(), tie.sourceId().toString(), tie.sourceName(), tie.targetId().toString(),
            tie.targetName(), tie.role(), tie.start(), tie.end(), tie.current(), tie.amount(), tie.currency(),
            tie.confidence(), tie.evidence());
    }

    /** Collects the events of one document; {@link #flush} writes them in one batch, in order. */
    public static final class Pending {
        private final List<OutboxRows.Row> rows = new ArrayList<>();
    }

    public Pending begin() {
        return new Pending();
    }

    public void flush(Pending pending) {
        outbox.append(pending.rows, Instant.now());
    }

    /**
     * After its DELETED event, a key gets a tombstone (no value), so compaction drops it from the
     * topic; readers skip tombstones, having applied the delete before.
     */
    private static void tombstones(Pending pending, List<String> keys) {
        keys.forEach(key -> pending.rows.add(new OutboxRows.Row(key, null)));
    }

    private static void append(Pending pending, List<ProfileChange> changes) {
        changes.forEach(change -> pending.rows.add(new OutboxRows.Row(change.key(), EventJson.write(change))));
    }
}
