package io.powermap.search.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An entity's ties as its document is built from them, and the sentences it keeps from them: the
 * first sentence of every tie before the second of any, each sentence once (one naming five funders
 * is not weighted five times), up to {@link #MAX_EVIDENCE_CHARS}. So an entity with thousands of
 * ties is found by words of many of them, not of its oldest few.
 */
final class EntityTies {

    /** Characters of sentences kept for search and snippets; the count of ties is exact. */
    static final int MAX_EVIDENCE_CHARS = 8_000;

    private final List<TieSummary> ties = new ArrayList<>();

    void add(TieSummary tie) {
        ties.add(tie);
    }

    List<TieSummary> ties() {
        return ties;
    }

    int size() {
        return ties.size();
    }

    /** The sentences kept, in the order described above. */
    Set<String> sentences() {
        Set<String> kept = new LinkedHashSet<>();
        int chars = 0;
        boolean more = true;
        for (int round = 0; more && chars < MAX_EVIDENCE_CHARS; round++) {
            more = false;
            for (TieSummary tie : ties) {
                if (round < tie.evidence().size()) {
                    more = true;
                    String sentence = tie.evidence().get(round);
                    if (chars + sentence.length() <= MAX_EVIDENCE_CHARS && kept.add(sentence)) {
                        chars += sentence.length();
                    }
                }
            }
        }
        return kept;
    }
}
