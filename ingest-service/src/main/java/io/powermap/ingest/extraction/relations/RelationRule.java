package io.powermap.ingest.extraction.relations;

import java.util.List;
import java.util.Set;

import io.powermap.ingest.extraction.resolution.SentenceView;

/**
 * One named pattern that reads relationships off a sentence. The engine looks each token up once
 * in a map from cue word to the rules that want it and runs those rules in priority order; a rule
 * with no cue words reads every sentence whole, after the cues. Rules keep no state of their own:
 * what reading carries from sentence to sentence lives in {@link RelationContext#state()}.
 */
public interface RelationRule {

    /** A stable id, {@code <family>.<name>} ("funding.gave"), carried by every relationship the rule states. */
    String id();

    /** Every id this rule states facts under: its own and those of the branches it names apart. */
    default List<String> ids() {
        return List.of(id());
    }

    /** The lower-case words that trigger the rule; empty for a rule that reads the whole sentence. */
    Set<String> cues();

    /** Rules sharing a cue word (and the whole-sentence rules) run lowest first. */
    int priority();

    /**
     * Reads {@code v} around the cue word at token {@code cue} ({@code -1} for a whole-sentence rule)
     * and states what it finds with {@link RelationContext#add}.
     */
    void apply(RelationContext ctx, SentenceView v, int cue);
}
