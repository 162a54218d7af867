package io.powermap.ingest.extraction.mentions.learned;

import java.util.List;

import io.powermap.contract.EntityType;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;

/**
 * Reads what a name no rule typed is: a person, an organization, a law, a campaign, or nothing worth
 * keeping. The product's judge is the trained {@link TypeModel}; training reads the names through a
 * judge that records them. Implementations are thread-safe.
 */
public interface TypeJudge {

    /** The label of a name that is none of the entity types. */
    String NONE_LABEL = "NONE";

    /** A judge that types nothing: names no rule typed are dropped. */
    TypeJudge NONE = (draft, views) -> null;

    /**
     * @param draft an entity of the document with no type after every rule, with its mentions
     * @param views the document's sentences ({@code Mention.sentence} indexes them)
     * @return its type, or null to leave it untyped (then it is not an entity of the document)
     */
    EntityType judge(EntityDraft draft, List<SentenceView> views);
}
