package io.powermap.profile.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jboss.logging.Logger;

import io.powermap.contract.DocumentParsed;
import io.powermap.contract.Evidence;
import io.powermap.contract.EventJson;
import io.powermap.contract.ExtractedRelationship;
import io.powermap.contract.NameKeys;
import io.powermap.profile.domain.EntityRows.NewEntity;
import io.powermap.profile.domain.EntityWrites;
import io.powermap.profile.domain.TieRows.EvidenceRow;
import io.powermap.profile.domain.TieRows.Key;
import io.powermap.profile.domain.TieRows.Stated;
import io.powermap.profile.domain.TieRows.Statement;

/**
 * What one or more resolved documents write, gathered so that entities go in one statement and
 * ties in another, whatever the number of documents. Rows that each document writes for itself
 * (mentions, aliases' and attributes' sources, tie statements, sentences, history) keep their
 * document; what several documents change in one row is folded in document order, later values
 * winning, as when they are written one after another.
 */
final class PollWrites {

    private static final Logger LOG = Logger.getLogger(PollWrites.class);

    /** An entity a document of the poll created, with the attributes later documents gave it folded in. */
    private record Created(NewEntity entity, Instant at, Map<String, String> attributes, boolean[] touchedLater) {
    }

    private final EntityWrites rows = new EntityWrites();
    private final Map<UUID, Created> created = new LinkedHashMap<>();
    private final Map<UUID, Map<String, String>> touched = new LinkedHashMap<>();
    private final Map<UUID, Instant> touchedAt = new HashMap<>();
    private final Map<Key, Stated> ties = new LinkedHashMap<>();
    private final List<EvidenceRow> evidence = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();

    void entities(EntityResolver.Resolution resolved, String documentId, Instant now) {
        for (NewEntity entity : resolved.created()) {
            created.put(entity.id(), new Created(entity, now, new HashMap<>(entity.attributes()), new boolean[1]));
            rows.attributed(entity.id(), documentId, EventJson.write(entity.attributes()), now);
        }
        resolved.attributes().forEach((id, attributes) -> {
            Created fresh = created.get(id);
            if (fresh != null) {
                fresh.attributes().putAll(attributes);
                fresh.touchedLater()[0] = true;
            } else {
                touched.computeIfAbsent(id, key -> new HashMap<>()).putAll(attributes);
                touchedAt.put(id, now);
            }
            rows.attributed(id, documentId, EventJson.write(attributes), now);
        });
        resolved.aliases().forEach(alias -> rows.alias(alias.entityId(), alias.alias(), alias.matchKey(), documentId));
        resolved.touched().forEach(id -> rows.named(id, documentId));
        resolved.history().forEach(line -> rows.history(line.entityId(), line.kind(), documentId, line.detailJson(), now));
    }

    /**
     * Gathers the ties the document states between two distinct resolved entities, with their
     * sentences; returns them (the same tie stated twice in the document once).
     */
    List<Stated> ties(DocumentParsed document, EntityResolver.Resolution resolved, Instant now) {
        String documentId = document.documentId();
        String text = document.text() == null ? "" : document.text();
        Map<Key, Stated> stated = new LinkedHashMap<>();
        List<EvidenceRow> sentences = new ArrayList<>();
        for (ExtractedRelationship extracted : document.relationships()) {
            UUID source = resolved.byLocalId().get(extracted.sourceId());
            UUID target = resolved.byLocalId().get(extracted.targetId());
            if (source == null || target == null || source.equals(target) || extracted.type() == null) {
                LOG.debugf("skipping relationship %s of %s: its ends are not two distinct entities", extracted.id(),
                    documentId);
                continue;
            }
            Stated tie = stated(extracted, source, target);
            stated.merge(tie.key(), tie, PollWrites::merge);
            for (Evidence sentence : extracted.evidence()) {
                int start = clamp(sentence.start(), text);
                int end = Math.max(start, clamp(sentence.end(), text));
                sentences.add(new EvidenceRow(tie.key(), documentId, text.substring(start, end), sentence.start(),
                    sentence.end(), sentence.footnotes()));
            }
        }
        // sentences go in per tie, in the order the document states the ties, as their ids show
        for (Key key : stated.keySet()) {
            sentences.stream().filter(row -> row.key().equals(key)).forEach(evidence::add);
        }
        stated.values().forEach(tie -> {
            statements.add(new Statement(tie, documentId, now));
            ties.merge(tie.key(), tie, PollWrites::merge);
        });
        return List.copyOf(stated.values());
    }

    /** The entity rows; created entities carry the attributes later documents of the poll gave them. */
    EntityWrites entityRows() {
        created.values().forEach(fresh -> {
            Map<String, String> attributes = fresh.attributes();
            if (fresh.touchedLater()[0]) {
                attributes.values().removeIf(Objects::isNull); // the update that would have followed strips nulls
            }
            NewEntity entity = fresh.entity();
            rows.created(entity.id(), entity.type(), entity.name(), entity.matchKey(), EventJson.write(attributes), fresh.at());
        });
        touched.forEach((id, attributes) -> rows.touched(id, EventJson.write(attributes), touchedAt.get(id)));
        return rows;
    }

    Set<UUID> createdIds() {
        return created.keySet();
    }

    Collection<Stated> ties() {
        return ties.values();
    }

    List<EvidenceRow> evidence() {
        return evidence;
    }

    List<Statement> statements() {
        return statements;
    }

    private static Stated stated(ExtractedRelationship extracted, UUID source, UUID target) {
        return new Stated(UUID.randomUUID(), extracted.type(), source, target, extracted.role(), NameKeys.of(extracted.role()),
            extracted.start(), extracted.end(), extracted.current(), extracted.amount(), extracted.currency(),
            extracted.confidence());
    }

    /** The same tie stated twice: the later statement's fields win where given. */
    private static Stated merge(Stated earlier, Stated later) {
        return new Stated(earlier.newId(), earlier.type(), earlier.sourceId(), earlier.targetId(),
            firstNonNull(later.role(), earlier.role()), earlier.roleKey(), firstNonNull(later.start(), earlier.start()),
            firstNonNull(later.end(), earlier.end()), firstNonNull(later.current(), earlier.current()),
            firstNonNull(later.amount(), earlier.amount()), firstNonNull(later.currency(), earlier.currency()),
            Math.max(earlier.confidence(), later.confidence()));
    }

    private static int clamp(int offset, String text) {
        return Math.max(0, Math.min(offset, text.length()));
    }

    private static <T> T firstNonNull(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
