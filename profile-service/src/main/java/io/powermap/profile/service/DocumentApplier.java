package io.powermap.profile.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.powermap.contract.DocumentParsed;
import io.powermap.contract.ExtractedEntity;
import io.powermap.profile.domain.DocumentRows;
import io.powermap.profile.domain.EntityRows;
import io.powermap.profile.domain.EntityWrites;
import io.powermap.profile.domain.TieRows;

/**
 * Applies parsed documents to the graph. A poll of new documents is applied together, in a fixed
 * number of set-wise statements whatever its size: documents are resolved one after another in
 * memory (each seeing what the earlier ones resolved), then written at once. A document sent
 * before is applied on its own: what it said before is withdrawn first (deletes before adds), so
 * re-sending a document, changed or not, leaves exactly what it says now.
 */
@ApplicationScoped
@Transactional
public class DocumentApplier {

    private static final Logger LOG = Logger.getLogger(DocumentApplier.class);

    private final DocumentRows documents;
    private final EntityRows entities;
    private final TieRows ties;
    private final EntityResolver resolver;
    private final ChangeLog changes;
    private final BackendCpu backend;

    public DocumentApplier(DocumentRows documents, EntityRows entities, TieRows ties, EntityResolver resolver,
                           ChangeLog changes, BackendCpu backend) {
        this.backend = backend;
        this.documents = documents;
        this.entities = entities;
        this.ties = ties;
        this.resolver = resolver;
        this.changes = changes;
    }

    /**
     * Applies a poll's documents in order, in the caller's transaction. When any of them was sent
     * before (or twice in the poll), they are applied one at a time instead.
     *
     * @return whether any was applied (false when all were applied before)
     */
    public boolean applyAll(List<DocumentParsed> poll) {
        Set<String> documentIds = new HashSet<>();
        Set<String> eventIds = new HashSet<>();
        boolean distinct = poll.stream().allMatch(d -> documentIds.add(d.documentId()) && eventIds.add(d.eventId()));
        if (poll.size() < 2 || !distinct || documents.lockAndFindKnown(List.copyOf(documentIds), List.copyOf(eventIds))) {
            boolean applied = false;
            for (DocumentParsed document : poll) {
                applied |= apply(document);
            }
            return applied;
        }
        long[] db = new long[9];
        db[0] = backend.millis();
        long t0 = System.nanoTime();
        Instant start = Instant.now();
        documents.beginAll(poll.stream().map(d -> new DocumentRows.NewDocument(d.eventId(), d.documentId(), d.source()))
            .toList(), start);
        long tBegun = System.nanoTime();
        db[1] = backend.millis();
        PollWrites writes = new PollWrites();
        EntityResolver.Session session = resolver.session(poll.stream().map(this::known).toList(), ChangeLog.MAX_DOCUMENTS);
        long t1 = System.nanoTime();
        db[2] = backend.millis();
        Instant now = start.truncatedTo(ChronoUnit.MICROS);
        for (DocumentParsed document : poll) {
            // each document its own moment, in order, as when applied one after another
            now = now.plus(1, ChronoUnit.MICROS);
            EntityResolver.Resolution resolved = session.resolve(now);
            writes.entities(resolved, document.documentId(), now);
            writes.ties(document, resolved, now).forEach(tie -> session.tie(tie.sourceId(), tie.targetId()));
        }
        // an entity's event is published again only when what it shows changes (read before the mentions are written)
        Set<UUID> changedEntities = new LinkedHashSet<>(session.fewDocuments());
        long t2 = System.nanoTime();
        db[3] = backend.millis();
        changedEntities.addAll(writes.createdIds());
        changedEntities.addAll(entities.write(writes.entityRows()));
        long t3 = System.nanoTime();
        db[4] = backend.millis();
        Set<UUID> changedTies = new LinkedHashSet<>();
        ties.upsert(writes.ties(), writes.evidence(), writes.statements(), now, ChangeLog.MAX_SENTENCES).values().stream()
            .filter(TieRows.Upserted::changed).forEach(tie -> changedTies.add(tie.id()));
        long t4 = System.nanoTime();
        db[5] = backend.millis();
        ChangeLog.Pending events = changes.begin();
        changes.entitiesUpserted(events, changedEntities);
        long t5 = System.nanoTime();
        db[6] = backend.millis();
        changes.tiesUpserted(events, changedTies);
        long t6 = System.nanoTime();
        db[7] = backend.millis();
        changes.flush(events);
        long t7 = System.nanoTime();
        db[8] = backend.millis();
        if (BackendCpu.on()) {
            LOG.debugf("PostgreSQL CPU of %d documents; ms: begin %d, candidates %d, resolution %d, entities %d, ties %d, "
                + "entity events %d, tie events %d, outbox %d", poll.size(), db[1] - db[0], db[2] - db[1], db[3] - db[2],
                db[4] - db[3], db[5] - db[4], db[6] - db[5], db[7] - db[6], db[8] - db[7]);
        }
        LOG.debugf("applied %d documents together; ms: begin %d, candidates %d, resolution %d, entities %d, ties %d, "
            + "entity events %d (%d), tie events %d (%d), outbox %d",
            poll.size(), (tBegun - t0) / 1000000, (t1 - tBegun) / 1000000, (t2 - t1) / 1000000, (t3 - t2) / 1000000, (t4 - t3) / 1000000,
            (t5 - t4) / 1000000, changedEntities.size(), (t6 - t5) / 1000000, changedTies.size(), (t7 - t6) / 1000000);
        return true;
    }

    /** @return false when this event was applied before */
    public boolean apply(DocumentParsed document) {
        Instant now = Instant.now();
        String documentId = document.documentId();
        Optional<DocumentRows.Withdrawn> begun = documents.begin(document.eventId(), documentId, document.source(), now);
        if (begun.isEmpty()) {
            LOG.debugf("event %s already applied", document.eventId());
            return false;
        }
        DocumentRows.Withdrawn previous = begun.get();

        EntityResolver.Session session = resolver.session(List.of(known(document)), ChangeLog.MAX_DOCUMENTS);
        EntityResolver.Resolution resolved = session.resolve(now);
        PollWrites writes = new PollWrites();
        writes.entities(resolved, documentId, now);
        // an entity's event is published again only when what it shows changes
        Set<UUID> changedEntities = new LinkedHashSet<>(session.fewDocuments());
        changedEntities.addAll(writes.createdIds());
        changedEntities.addAll(entities.write(writes.entityRows()));

        List<TieRows.Stated> stated = writes.ties(document, resolved, now);
        Map<TieRows.Key, TieRows.Upserted> upserted = ties.upsert(writes.ties(), writes.evidence(), writes.statements(), now,
            ChangeLog.MAX_SENTENCES);
        Set<UUID> tied = new LinkedHashSet<>();
        Set<UUID> restated = new LinkedHashSet<>();
        stated.forEach(tie -> {
            TieRows.Upserted row = upserted.get(tie.key());
            if (row != null) { // null: marked wrong by a user
                tied.add(row.id());
            }
        });
        // a revised document replaces what it said: aliases, attributes and tie fields it no longer gives go
        changedEntities.addAll(entities.restate(previous.aliases(), previous.attributes()));
        restated.addAll(ties.restate(previous.statements()));

        ChangeLog.Pending events = changes.begin();
        withdrawLeftovers(events, previous.ties(), previous.entities(), tied, resolved.touched());
        changes.entitiesUpserted(events, changedEntities);
        upserted.values().stream().filter(TieRows.Upserted::changed).forEach(tie -> restated.add(tie.id()));
        changes.tiesUpserted(events, restated);
        changes.flush(events);
        LOG.debugf("applied document %s: %d entities, %d relationships", documentId, resolved.touched().size(), tied.size());
        return true;
    }

    /** The document's entities of types this version knows. */
    private List<ExtractedEntity> known(DocumentParsed document) {
        List<ExtractedEntity> known = document.entities().stream()
            .filter(entity -> entity.type() != null && entity.name() != null && entity.id() != null).toList();
        if (known.size() < document.entities().size()) {
            LOG.warnf("document %s: left out %d entities of a type this version does not know", document.documentId(),
                document.entities().size() - known.size());
        }
        return known;
    }

    /** Ties and entities that only this document supported, and that it no longer states, go. */
    private void withdrawLeftovers(ChangeLog.Pending events, Set<UUID> previousTies, Set<UUID> previousEntities,
                                   Set<UUID> tied, Set<UUID> touched) {
        Set<UUID> staleTies = new LinkedHashSet<>(previousTies);
        staleTies.removeAll(tied);
        List<TieRows.Snapshot> deletedTies = ties.deleteUnsupported(staleTies);
        deletedTies.forEach(tie -> staleTies.remove(tie.id()));
        changes.tiesDeleted(events, deletedTies);
        changes.tiesUpserted(events, staleTies);

        Set<UUID> staleEntities = new LinkedHashSet<>(previousEntities);
        staleEntities.removeAll(touched);
        List<EntityRows.Snapshot> deletedEntities = entities.deleteUnsupported(staleEntities);
        deletedEntities.forEach(entity -> staleEntities.remove(entity.id()));
        changes.entitiesDeleted(events, deletedEntities);
        changes.entitiesUpserted(events, staleEntities);
    }
}
