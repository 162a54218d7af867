package io.powermap.ingest.extraction.relations;

import java.util.Set;

/** A rule whose id, cue words and priority are fixed when it is made: the common case, without the three getters. */
public abstract class CuedRule implements RelationRule {

    private final String id;
    private final Set<String> cues;
    private final int priority;

    protected CuedRule(String id, Set<String> cues, int priority) {
        this.id = id;
        this.cues = cues;
        this.priority = priority;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Set<String> cues() {
        return cues;
    }

    @Override
    public final int priority() {
        return priority;
    }
}
