package io.powermap.profile.service;

import java.time.Instant;
import java.util.ArrayList;
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
import io.powermap.contract.Evidence;
import io.powermap.contract.ExtractedEntity;
import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.NameKeys;
import io.powermap.profile.domain.DocumentRows;
import io.powermap.profile.domain.EntityRows;
import io.powermap.profile.domain.TieRows;
import io.powermap.profile.domain.TieRows.EvidenceRow;
import io.powermap.profile.domain.TieRows.Key;
import io.powermap.profile.domain.TieRows.Stated;

/**
 * Applies one parsed document to the graph. What the document said before is withdrawn first
 * (deletes before adds), so re-sending a document, changed or not, leaves exactly what it says now.
 * A fixed number of set-wise statements per document, whatever its size.
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

    public DocumentApplier(DocumentRows documents, EntityRows entities, TieRows ties, EntityResolver resolver,
                           ChangeLog changes) {
        this.documents = documents;
        this.entities = entities;
        this.ties = ties;
        this.resolver = resolver;
        this.changes = changes;
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

        List<ExtractedEntity> known = document.entities().stream()
            .filter(entity -> entity.type() != null && entity.name() != null && entity.id() != null).toList();
        if (known.size() < document.entities().size()) {
            LOG.warnf("document %s: left out %d entities of a type this version does not know", documentId,
                document.entities().size() - known.size());
        }
        EntityResolver.Resolution resolved = resolver.resolve(known, now, ChangeLog.MAX_DOCUMENTS);
        // an entity's event is published again only when what it shows changes
        Set<UUID> changedEntities = new LinkedHashSet<>(resolved.fewDocuments());
        resolved.created().forEach(entity -> changedEntities.add(entity.id()));
        changedEntities.addAll(entities.write(resolved.created(), resolved.attributes(), resolved.aliases(),
            resolved.touched(), resolved.history(), documentId, now));

        Tied tied = writeTies(document, resolved, now);
        // a revised document replaces what it said: aliases, attributes and tie fields it no longer gives go
        changedEntities.addAll(entities.restate(previous.aliases(), previous.attributes()));
        Set<UUID> restated = new LinkedHashSet<>(ties.restate(previous.statements()));

        ChangeLog.Pending events = changes.begin();
        withdrawLeftovers(events, previous.ties(), previous.entities(), tied.all(), resolved.touched());
        changes.entitiesUpserted(events, changedEntities);
        restated.addAll(tied.changed());
        changes.tiesUpserted(events, restated);
        changes.flush(events);
        LOG.debugf("applied document %s: %d entities, %d relationships", documentId, resolved.touched().size(),
            tied.all().size());
        return true;
    }

    /** The document's ties, and those of them whose events must be published again. */
    private record Tied(Set<UUID> all, Set<UUID> changed) {
    }

    /** Upserts the ties the document states between two distinct resolved entities, with their sentences. */
    private Tied writeTies(DocumentParsed document, EntityResolver.Resolution resolved, Instant now) {
        String documentId = document.documentId();
        Map<Key, Stated> stated = new LinkedHashMap<>();
        Map<Key, List<Evidence>> evidence = new LinkedHashMap<>();
        for (ExtractedRelationship extracted : document.relationships()) {
            UUID source = resolved.byLocalId().get(extracted.sourceId());
            UUID target = resolved.byLocalId().get(extracted.targetId());
            if (source == null || target == null || source.equals(target) || extracted.type() == null) {
                LOG.debugf("skipping relationship %s of %s: its ends are not two distinct entities", extracted.id(),
                    documentId);
                continue;
            }
            Stated tie = stated(extracted, source, target);
            stated.merge(tie.key(), tie, DocumentApplier::merge);
            evidence.computeIfAbsent(tie.key(), key -> new ArrayList<>()).addAll(extracted.evidence());
        }
        Map<Key, TieRows.Upserted> upserted = ties.upsert(stated.values(), evidenceRows(evidence, document), documentId,
            now, ChangeLog.MAX_SENTENCES);
        Set<UUID> all = new LinkedHashSet<>();
        Set<UUID> changed = new LinkedHashSet<>();
        stated.keySet().forEach(key -> {
            TieRows.Upserted tie = upserted.get(key);
            if (tie == null) {
                return; // marked wrong by a user
            }
            all.add(tie.id());
            if (tie.changed()) {
                changed.add(tie.id());
            }
        });
        return new Tied(all, changed);
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

    private static Stated stated(ExtractedRelationship extracted, UUID source, UUID target) {
        return new Stated(UUID.randomUUID(), extracted.type(), source, target, extracted.role(), NameKeys.of(extracted.role()),
            extracted.start(), extracted.end(), extracted.current(), extracted.amount(), extracted.currency(),
            extracted.confidence());
    }

    /** The same tie stated twice in one document: the later statement's fields win where given. */
    private static Stated merge(Stated earlier, Stated later) {
        return new Stated(earlier.newId(), earlier.type(), earlier.sourceId(), earlier.targetId(),
            firstNonNull(later.role(), earlier.role()), earlier.roleKey(), firstNonNull(later.start(), earlier.start()),
            firstNonNull(later.end(), earlier.end()), firstNonNull(later.current(), earlier.current()),
            firstNonNull(later.amount(), earlier.amount()), firstNonNull(later.currency(), earlier.currency()),
            Math.max(earlier.confidence(), later.confidence()));
    }

    private static List<EvidenceRow> evidenceRows(Map<Key, List<Evidence>> evidence, DocumentParsed document) {
        String text = document.text() == null ? "" : document.text();
        List<EvidenceRow> rows = new ArrayList<>();
        evidence.forEach((key, sentences) -> sentences.forEach(sentence -> {
            int start = clamp(sentence.start(), text);
            int end = Math.max(start, clamp(sentence.end(), text));
            rows.add(new EvidenceRow(key, text.substring(start, end), sentence.start(), sentence.end(),
                sentence.footnotes()));
        }));
        return rows;
    }

    private static int clamp(int offset, String text) {
        return Math.max(0, Math.min(offset, text.length()));
    }

    private static <T> T firstNonNull(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
