package io.powermap.ingest.extraction.relations.args;

import java.util.List;
import java.util.Set;

import io.powermap.ingest.extraction.Token;
import io.powermap.ingest.extraction.Words;

/**
 * Between two items of a coordinated list a writer may describe the first item before going on:
 * "by A, a Washington lawyer, and B" (an appositive) or "backs X, which would do this, and Y"
 * (a relative clause). Such a gap still joins the items when it closes with ", and" or ", or"
 * and contains no sentence-level break.
 */
public final class ListGaps {

    private static final Set<String> ARTICLES = Words.of("a", "an", "the", "his", "her", "their", "its", "then");
    private static final Set<String> RELATIVES = Words.of("which", "who", "whose", "that");
    private static final Set<String> BREAKS = Words.of(";", ".", ":", "(", ")", "but", "while", "although", "whereas");

    private ListGaps() {
    }

    public static boolean skippable(List<Token> t, int from, int to) {
        int len = to - from;
        if (len < 4 || len > 20 || !t.get(from).is(",")) {
            return false;
        }
        String opener = t.get(from + 1).lower();
        boolean appositive = ARTICLES.contains(opener) && len <= 12;
        boolean relative = RELATIVES.contains(opener);
        if (!appositive && !relative) {
            return false;
        }
        int close = closingConjunction(t, from, to);
        if (close < 0) {
            return false;
        }
        for (int k = from + 1; k < close; k++) {
            if (BREAKS.contains(t.get(k).lower()) || t.get(k).is(",")) {
                return false;
            }
        }
        return true;
    }

    /** The comma of the closing ", and" / ", and the" that hands over to the next item, or -1. */
    private static int closingConjunction(List<Token> t, int from, int to) {
        int k = to - 1;
        if (k > from && ARTICLES.contains(t.get(k).lower())) {
            k--;
        }
        if (k <= from + 1 || !(t.get(k).lower().equals("and") || t.get(k).lower().equals("or"))) {
            return -1;
        }
        return t.get(k - 1).is(",") ? k - 1 : -1;
    }
}
