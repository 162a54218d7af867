package io.powermap.ingest.extraction.relations;

import java.util.List;

import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;

/** A rule that reads the whole document once every sentence has been read: its entities and the ties found so far. */
public interface DocumentRule {

    /** A stable id, {@code <family>.<name>}, carried by every relationship the rule states. */
    String id();

    void apply(RelationContext ctx, List<EntityDraft> entities, List<SentenceView> views);
}
