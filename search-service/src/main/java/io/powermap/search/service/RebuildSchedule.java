package io.powermap.search.service;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.powermap.contract.EntityChanged;

/**
 * Which touched entities a refresh rebuilds now and which it leaves to a later one. An entity with
 * many ties (a funder of hundreds, a law every coalition backs) is touched by nearly every batch,
 * and rebuilding it reads its ties and analyses up to {@link EntityTies#MAX_EVIDENCE_CHARS} of
 * sentences again, for a document that differs only in its connection count and facets. So once
 * rebuilt, such an entity is rebuilt again at most once an interval, unless its type, name, aliases
 * or attributes change. Its new ties are searchable at once as ties and from their other end (a new
 * entity is never deferred); its own document shows them within the interval. Before a durable
 * commit every deferred rebuild is done, so a commit never holds an entity older than its offsets.
 * Not thread-safe: {@link LuceneIndex} calls it under its lock.
 */
final class RebuildSchedule {

    /** Connections from which an entity's rebuild is paced (below it, a rebuild is cheap). */
    static final int LARGE_CONNECTIONS = 10;
    /** Large entities remembered; past it the memory is dropped and they are rebuilt as new. */
    private static final int MAX_TRACKED = 100_000;

    private record Rebuilt(long at, int content) {
    }

    private final long intervalNanos;
    private final Map<String, Rebuilt> large = new HashMap<>();
    /** Deferred entities and their latest change, null when none came since their last rebuild. */
    private final Map<String, EntityChanged> deferred = new LinkedHashMap<>();

    RebuildSchedule(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    /**
     * Whether the entity's rebuild waits: it is large, was rebuilt within the interval, and
     * {@code change} (null: none since) leaves what is searched of it as it was. A deferred entity
     * keeps its newest change for the rebuild that comes due.
     */
    boolean defer(String id, EntityChanged change, long now) {
        Rebuilt last = large.get(id);
        if (last == null || now - last.at() >= intervalNanos || change != null && content(change) != last.content()) {
            return false;
        }
        if (change != null || !deferred.containsKey(id)) {
            deferred.put(id, change);
        }
        return true;
    }

    /** Records a rebuild just written: a large entity is paced from now on, a small one is not. */
    void rebuilt(String id, EntityChanged entity, int connections, long now) {
        deferred.remove(id);
        if (connections < LARGE_CONNECTIONS) {
            large.remove(id);
            return;
        }
        if (large.size() >= MAX_TRACKED && !large.containsKey(id)) {
            large.clear();
        }
        large.put(id, new Rebuilt(now, content(entity)));
    }

    /** The entity is deleted: nothing of it waits. */
    void forget(String id) {
        large.remove(id);
        deferred.remove(id);
    }

    /** Takes out the deferred entities whose interval has passed (all of them when {@code all}), with their latest change. */
    Map<String, EntityChanged> takeDue(long now, boolean all) {
        Map<String, EntityChanged> due = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, EntityChanged>> it = deferred.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, EntityChanged> e = it.next();
            Rebuilt last = large.get(e.getKey());
            if (all || last == null || now - last.at() >= intervalNanos) {
                due.put(e.getKey(), e.getValue());
                it.remove();
            }
        }
        return due;
    }

    boolean anyDue(long now) {
        for (String id : deferred.keySet()) {
            Rebuilt last = large.get(id);
            if (last == null || now - last.at() >= intervalNanos) {
                return true;
            }
        }
        return false;
    }

    boolean anyDeferred() {
        return !deferred.isEmpty();
    }

    /** What of an entity its document is searched by: a change that keeps it only moves counts. */
    private static int content(EntityChanged e) {
        return Objects.hash(e.type(), e.name(), e.aliases(), e.attributes());
    }
}
