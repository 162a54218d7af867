package io.powermap.ingest.extraction.relations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.resolution.EntityDraft;

/**
 * The relationships of one document, one per (type, source, target): stating a fact again returns
 * the draft already held (its attributes stay as first set) and records the rule and sentence.
 */
public final class RelationStore {

    /** Ends compare by identity, as drafts are the entities of this one document. */
    private record Key(RelationshipType type, EntityDraft source, EntityDraft target) {
    }

    private final Map<Key, RelationDraft> byKey = new HashMap<>();
    private final List<RelationDraft> drafts = new ArrayList<>();

    public RelationDraft add(String rule, RelationshipType type, EntityDraft source, EntityDraft target, int sentence) {
        Key key = new Key(type, source, target);
        RelationDraft r = byKey.get(key);
        if (r != null) {
            r.restated(rule, sentence);
            return r;
        }
        r = new RelationDraft(rule, type, source, target, sentence);
        byKey.put(key, r);
        drafts.add(r);
        return r;
    }

    /** Whether this exact fact is held. */
    public boolean has(RelationshipType type, EntityDraft source, EntityDraft target) {
        return byKey.containsKey(new Key(type, source, target));
    }

    /** Whether some relationship of {@code type} points at {@code target}. */
    public boolean hasTarget(RelationshipType type, EntityDraft target) {
        for (RelationDraft r : drafts) {
            if (r.type == type && r.target == target) {
                return true;
            }
        }
        return false;
    }

    /** In the order first found. */
    public List<RelationDraft> drafts() {
        return Collections.unmodifiableList(drafts);
    }
}
