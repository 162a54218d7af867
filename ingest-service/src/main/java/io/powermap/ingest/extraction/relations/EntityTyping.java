package io.powermap.ingest.extraction.relations;

import java.util.List;

import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;

/**
 * Settles the types of names no rule typed, once the sentence rules have read the document and
 * before the document rules that need types (the learned pairs) run. The product's is
 * {@code TypeSettler#settle}; {@link #NONE} leaves types to the end of extraction.
 */
@FunctionalInterface
public interface EntityTyping {

    EntityTyping NONE = (stated, entities, views) -> {
    };

    void settle(List<RelationDraft> stated, List<EntityDraft> entities, List<SentenceView> views);
}
