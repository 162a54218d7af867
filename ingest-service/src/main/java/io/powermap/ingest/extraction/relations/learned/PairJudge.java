package io.powermap.ingest.extraction.relations.learned;

import java.util.List;

/**
 * Reads what relationship, if any, a sentence states between two entities it names. The product's
 * judge is the trained {@link PairModel}; training reads candidates through a judge that records them.
 * Implementations are thread-safe.
 */
public interface PairJudge {

    /** The label of a pair that states no relationship. */
    String NONE_LABEL = "NONE";

    /** A judge that reads nothing: the rules alone decide. */
    PairJudge NONE = candidate -> List.of();

    /**
     * @return the relationships this candidate may state, most probable first, at least those whose
     *     probability reaches {@link #addAt()}
     */
    List<PairVerdict> judge(PairCandidate candidate);

    /**
     * Whether the judge must see every pair, those the rules already tied in the sentence too (training
     * learns from them); the product's judge sees only the pairs whose verdict could become a fact.
     */
    default boolean readsEveryPair() {
        return false;
    }

    /** The probability at which a verdict becomes a fact the rules did not state. */
    default double addAt() {
        return 1.0;
    }

}
