package io.powermap.profile.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;

import io.powermap.contract.EventJson;
import io.powermap.contract.NameKeys;
import io.powermap.contract.problem.ProblemException;
import io.powermap.profile.domain.CorrectionRows;
import io.powermap.profile.domain.CorrectionRows.Head;
import io.powermap.profile.domain.EntityRows;
import io.powermap.profile.domain.TieRows;

/**
 * Hand corrections of the graph: merge, split, edit and delete entities. Each runs in one
 * transaction under the apply lock, is written to the history of every entity it touches with an
 * edit id, and writes its change events to the outbox in that transaction. What a correction
 * decides wins over later documents: a split-off name no longer resolves to its old entity, a
 * deleted entity's names are left out of documents, attributes set by hand are not overwritten.
 * A stale {@code ifMatch} version is a 409; an unknown entity a 404; a request that cannot be
 * carried out (merging an entity into itself or across types, splitting off a name it does not
 * have) a 400.
 */
@ApplicationScoped
@Transactional
public class Corrections {

    private final CorrectionRows rows;
    private final TieRows ties;
    private final ChangeLog changes;
    private final Editor editor;

    public Corrections(CorrectionRows rows, TieRows ties, ChangeLog changes, Editor editor) {
        this.editor = editor;
        this.rows = rows;
        this.ties = ties;
        this.changes = changes;
    }

    /** The result of a correction: the entity it leaves and its version, and the edit's id. */
    public record Outcome(UUID entityId, int version, UUID editId) {
    }

    /** Folds {@code other} into {@code keep}: names, attributes, documents and ties; {@code other} is deleted. */
    public Outcome merge(UUID keep, UUID other, Integer ifMatch) {
        if (keep.equals(other)) {
            throw new ProblemException(Status.BAD_REQUEST, "An entity cannot be merged into itself.");
        }
        rows.lockApply();
        Head kept = locked(keep, ifMatch);
        Head gone = locked(other, null);
        if (kept.type() != gone.type()) {
            throw new ProblemException(Status.BAD_REQUEST, "Cannot merge a " + gone.type() + " into a " + kept.type() + ".");
        }
        Instant now = Instant.now();
        UUID edit = UUID.randomUUID();
        ChangeLog.Pending events = changes.begin();
        rows.absorbNames(keep, other);
        List<UUID> selfTies = rows.tiesBetween(keep, other);
        List<UUID> dropped = new ArrayList<>(selfTies);
        Set<UUID> survivors = new LinkedHashSet<>();
        for (UUID[] pair : rows.collisions(keep, other)) {
            rows.moveEvidence(pair[0], pair[1]);
            dropped.add(pair[0]);
            survivors.add(pair[1]);
        }
        changes.tiesDeleted(events, ties.snapshots(dropped, ChangeLog.MAX_SENTENCES, ChangeLog.MAX_SENTENCE_CHARS));
        rows.deleteTies(dropped);
        survivors.addAll(rows.repoint(other, keep, null, now));
        rows.repointSuppressions(other, keep);
        rows.deleteEntityRow(other);
        int version = rows.touch(keep, now);
        rows.record(keep, "MERGED", edit, EventJson.write(Map.of("from", other.toString(), "name", gone.name())), now, editor.name());
        rows.record(other, "MERGED_INTO", edit, EventJson.write(Map.of("into", keep.toString(), "name", kept.name())), now, editor.name());
        changes.entitiesDeleted(events, List.of(new EntityRows.Snapshot(other, gone.type(), gone.name(), null, null, null)));
        changes.entitiesUpserted(events, List.of(keep));
        changes.tiesUpserted(events, survivors);
        changes.flush(events);
        return new Outcome(keep, version, edit);
    }

    /**
     * Takes names (aliases of the entity) off into a new entity of the same type, named by the
     * first; the mentions by the given documents and the ties only they support go with it. The
     * old entity never gets these names back from resolution.
     */
    public Outcome split(UUID id, List<String> names, List<String> documents, Integer ifMatch) {
        List<String> keys = names.stream().map(NameKeys::of).filter(key -> !key.isEmpty()).distinct().toList();
        if (keys.isEmpty()) {
            throw new ProblemException(Status.BAD_REQUEST, "names must hold at least one name to split off.");
        }
        rows.lockApply();
        Head entity = locked(id, ifMatch);
        List<String> missing = new ArrayList<>(keys);
        missing.removeAll(rows.aliasKeys(id, keys));
        if (!missing.isEmpty()) {
            throw new ProblemException(Status.BAD_REQUEST, "Only aliases can be split off; not an alias of this entity: "
                + String.join(", ", missing) + ".");
        }
        Instant now = Instant.now();
        UUID edit = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        String name = names.stream().filter(n -> NameKeys.of(n).equals(keys.get(0))).findFirst().orElseThrow().strip();
        List<String> taken = rows.takeAliases(id, keys);
        rows.createEntity(fresh, entity.type(), name, keys.get(0), now);
        List<String> otherNames = taken.stream().filter(n -> !NameKeys.of(n).equals(keys.get(0))).toList();
        rows.addAliases(fresh, otherNames, otherNames.stream().map(NameKeys::of).toList());
        List<UUID> moved = List.of();
        if (!documents.isEmpty()) {
            moved = rows.repoint(id, fresh, rows.tiesOnlyFrom(id, documents), now);
            rows.moveMentions(id, fresh, documents);
        }
        int version = rows.touch(id, now);
        rows.record(id, "SPLIT", edit, EventJson.write(Map.of("names", taken, "into", fresh.toString(),
            "documents", documents)), now, editor.name());
        rows.record(fresh, "SPLIT_FROM", edit, EventJson.write(Map.of("from", id.toString(), "names", taken)), now, editor.name());
        ChangeLog.Pending events = changes.begin();
        changes.entitiesUpserted(events, List.of(id, fresh));
        changes.tiesUpserted(events, moved);
        changes.flush(events);
        return new Outcome(fresh, version, edit);
    }

    /** What an edit changes; null fields are left alone. A null attribute value removes the attribute. */
    public record EntityEdit(String name, Map<String, String> attributes, List<String> addAliases,
                             List<String> removeAliases) {
    }

    /** Renames, sets attributes, adds or removes aliases; a renamed entity keeps its old name as an alias. */
    public Outcome edit(UUID id, EntityEdit edit, Integer ifMatch) {
        rows.lockApply();
        Head entity = locked(id, ifMatch);
        Instant now = Instant.now();
        UUID editId = UUID.randomUUID();
        Map<String, Object> detail = new LinkedHashMap<>();
        if (edit.name() != null && !edit.name().isBlank() && !edit.name().strip().equals(entity.name())) {
            String key = NameKeys.of(edit.name());
            if (key.isEmpty()) {
                throw new ProblemException(Status.BAD_REQUEST, "name must contain letters or digits.");
            }
            rows.namedBy(entity.type(), key, id).ifPresent(other -> {
                throw new ProblemException(Status.CONFLICT, "Another entity is named so (" + other + "); merge them instead.");
            });
            rows.rename(entity, edit.name().strip(), key);
            detail.put("name", Map.of("from", entity.name(), "to", edit.name().strip()));
        }
        if (edit.attributes() != null && !edit.attributes().isEmpty()) {
            rows.setAttributes(id, EventJson.write(edit.attributes()));
            detail.put("attributes", edit.attributes());
        }
        if (edit.addAliases() != null && edit.addAliases().stream().anyMatch(java.util.Objects::isNull)
            || edit.removeAliases() != null && edit.removeAliases().stream().anyMatch(java.util.Objects::isNull)) {
            // "addAliases": [null] was a 500 (found by rest/HostileInputFuzzTest, seed 50339908728523)
            throw new ProblemException(Status.BAD_REQUEST, "An alias must be a string, not null.");
        }
        if (edit.addAliases() != null && !edit.addAliases().isEmpty()) {
            List<String> names = edit.addAliases().stream().map(String::strip).filter(n -> !NameKeys.of(n).isEmpty()).toList();
            rows.addAliases(id, names, names.stream().map(NameKeys::of).toList());
            detail.put("addAliases", names);
        }
        if (edit.removeAliases() != null && !edit.removeAliases().isEmpty()) {
            List<String> keys = edit.removeAliases().stream().map(NameKeys::of).filter(k -> !k.isEmpty()).toList();
            detail.put("removeAliases", rows.takeAliases(id, keys));
        }
        if (detail.isEmpty()) {
            throw new ProblemException(Status.BAD_REQUEST, "Nothing to change: give name, attributes, addAliases or removeAliases.");
        }
        int version = rows.touch(id, now);
        rows.record(id, "EDITED", editId, EventJson.write(detail), now, editor.name());
        ChangeLog.Pending events = changes.begin();
        changes.entitiesUpserted(events, List.of(id));
        changes.flush(events);
        return new Outcome(id, version, editId);
    }

    /** Deletes the entity with its ties; documents naming it later leave it out. */
    public UUID delete(UUID id, Integer ifMatch) {
        rows.lockApply();
        Head entity = locked(id, ifMatch);
        Instant now = Instant.now();
        UUID edit = UUID.randomUUID();
        ChangeLog.Pending events = changes.begin();
        List<UUID> tieIds = rows.tiesOf(id);
        changes.tiesDeleted(events, ties.snapshots(tieIds, ChangeLog.MAX_SENTENCES, ChangeLog.MAX_SENTENCE_CHARS));
        rows.deleteEntity(entity);
        rows.record(id, "DELETED", edit, EventJson.write(Map.of("name", entity.name())), now, editor.name());
        changes.entitiesDeleted(events, List.of(new EntityRows.Snapshot(id, entity.type(), entity.name(), null, null, null)));
        changes.flush(events);
        return edit;
    }

    /** The entity locked; 404 when unknown, 409 when {@code ifMatch} is given and is not its version. */
    Head locked(UUID id, Integer ifMatch) {
        Head entity = rows.lockEntity(id)
            .orElseThrow(() -> new ProblemException(Status.NOT_FOUND, "No entity with id " + id + "."));
        if (ifMatch != null && ifMatch != entity.version()) {
            throw new ProblemException(Status.CONFLICT, "Entity " + id + " is at version " + entity.version()
                + ", not " + ifMatch + ": it was changed meanwhile; read it again.");
        }
        return entity;
    }
}
