package io.powermap.profile.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import io.powermap.profile.domain.ProcessedEvent;
import io.powermap.profile.domain.ProfileEntity;
import io.powermap.profile.domain.Relationship;
import io.powermap.profile.domain.RelationshipEvidence;
import io.powermap.profile.domain.SourceDocument;

/**
 * Applies one parsed document to the graph. What the document said before is withdrawn first
 * (deletes before adds), so re-sending a document, changed or not, leaves exactly what it says now.
 */
@ApplicationScoped
@Transactional
public class DocumentApplier {

    private static final Logger LOG = Logger.getLogger(DocumentApplier.class);

    private final EntityResolver resolver;
    private final ChangeLog changes;

    public DocumentApplier(EntityResolver resolver, ChangeLog changes) {
        this.resolver = resolver;
        this.changes = changes;
    }

    /** @return false when this event was applied before */
    public boolean apply(DocumentParsed document) {
        if (ProcessedEvent.seen(document.eventId())) {
            LOG.debugf("event %s already applied", document.eventId());
            return false;
        }
        ProcessedEvent.record(document.eventId());
        String documentId = document.documentId();
        saveSource(document);

        List<Relationship> previousTies = Relationship.findEvidencedBy(documentId);
        previousTies.forEach(tie -> tie.evidence.removeIf(e -> documentId.equals(e.documentId)));
        List<ProfileEntity> previousEntities = ProfileEntity.findByDocument(documentId);
        previousEntities.forEach(entity -> entity.documentIds.remove(documentId));

        Map<String, ProfileEntity> byLocalId = new HashMap<>();
        Set<ProfileEntity> touched = new LinkedHashSet<>();
        for (ExtractedEntity extracted : document.entities()) {
            ProfileEntity entity = resolver.resolve(extracted, documentId);
            byLocalId.put(extracted.id(), entity);
            touched.add(entity);
        }
        Set<Relationship> tied = new LinkedHashSet<>();
        for (ExtractedRelationship extracted : document.relationships()) {
            ProfileEntity source = byLocalId.get(extracted.sourceId());
            ProfileEntity target = byLocalId.get(extracted.targetId());
            if (source == null || target == null || source == target) {
                LOG.debugf("skipping relationship %s of %s: its ends are not two distinct entities", extracted.id(), documentId);
                continue;
            }
            tied.add(tie(extracted, source, target, document));
        }

        withdrawLeftovers(previousTies, previousEntities, tied, touched);
        touched.forEach(changes::entityUpserted);
        tied.forEach(changes::relationshipUpserted);
        LOG.infof("applied document %s: %d entities, %d relationships", documentId, touched.size(), tied.size());
        return true;
    }

    private Relationship tie(ExtractedRelationship extracted, ProfileEntity source, ProfileEntity target,
                             DocumentParsed document) {
        String roleKey = NameKeys.of(extracted.role());
        Relationship tie = Relationship.findTie(extracted.type(), source, target, roleKey).orElseGet(() -> {
            Relationship created = new Relationship();
            created.id = UUID.randomUUID();
            created.type = extracted.type();
            created.source = source;
            created.target = target;
            created.roleKey = roleKey;
            created.confidence = extracted.confidence();
            created.updatedAt = Instant.now();
            created.persist();
            return created;
        });
        tie.role = firstNonNull(extracted.role(), tie.role);
        tie.startYear = firstNonNull(extracted.start(), tie.startYear);
        tie.endYear = firstNonNull(extracted.end(), tie.endYear);
        tie.current = firstNonNull(extracted.current(), tie.current);
        tie.amount = firstNonNull(extracted.amount(), tie.amount);
        tie.currency = firstNonNull(extracted.currency(), tie.currency);
        tie.confidence = Math.max(tie.confidence, extracted.confidence());
        tie.updatedAt = Instant.now();
        String text = document.text();
        for (Evidence evidence : extracted.evidence()) {
            RelationshipEvidence sentence = new RelationshipEvidence();
            sentence.relationship = tie;
            sentence.documentId = document.documentId();
            sentence.startOffset = evidence.start();
            sentence.endOffset = evidence.end();
            sentence.sentence = text == null ? "" : text.substring(clamp(evidence.start(), text), clamp(evidence.end(), text));
            sentence.footnotes = new ArrayList<>(evidence.footnotes());
            tie.evidence.add(sentence);
        }
        return tie;
    }

    /** Ties and entities that only this document supported, and that it no longer states, go. */
    private void withdrawLeftovers(List<Relationship> previousTies, List<ProfileEntity> previousEntities,
                                   Set<Relationship> tied, Set<ProfileEntity> touched) {
        for (Relationship tie : previousTies) {
            if (tie.evidence.isEmpty() && !tied.contains(tie)) {
                changes.relationshipDeleted(tie);
                tie.delete();
            } else if (!tied.contains(tie)) {
                changes.relationshipUpserted(tie);
            }
        }
        Relationship.flush();
        for (ProfileEntity entity : previousEntities) {
            if (entity.documentIds.isEmpty() && !touched.contains(entity)
                && Relationship.count("source = ?1 or target = ?1", entity) == 0) {
                changes.entityDeleted(entity);
                entity.delete();
            } else if (!touched.contains(entity)) {
                changes.entityUpserted(entity);
            }
        }
    }

    private static void saveSource(DocumentParsed document) {
        SourceDocument source = SourceDocument.<SourceDocument>findByIdOptional(document.documentId())
            .orElseGet(SourceDocument::new);
        source.id = document.documentId();
        if (document.source() != null) {
            source.title = truncate(document.source().title(), 1000);
            source.uri = document.source().uri();
            source.mediaType = document.source().mediaType();
            source.copyright = truncate(document.source().copyright(), 1000);
        }
        source.parsedAt = Instant.now();
        source.persist();
    }

    private static int clamp(int offset, String text) {
        return Math.max(0, Math.min(offset, text.length()));
    }

    private static <T> T firstNonNull(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
