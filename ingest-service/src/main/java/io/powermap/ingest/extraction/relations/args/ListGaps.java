package io.powermap.ingest.extraction.relations.args;

import java.util.List;
import java.util.Set;

import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.lexicon.Words;

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
        if (semicolonItem(t, from, to)) {
            return true;
        }
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

    /**
     * "include A, a center in Queens; the B; C of Fresno; and D": in a list set off by semicolons
     * (two or more in the sentence), whatever describes an item runs to the next semicolon.
     */
    private static boolean semicolonItem(List<Token> t, int from, int to) {
        if (to - from > 16) {
            return false;
        }
        int semi = -1;
        for (int k = from; k < to; k++) {
            String w = t.get(k).lower();
            if (t.get(k).is(";")) {
                semi = k;
            } else if (w.equals(".") || w.equals(":") || semi >= 0 && !(w.equals("and") || ARTICLES.contains(w))) {
                return false;
            }
        }
        if (semi < 0) {
            return false;
        }
        int semis = 0;
        for (Token x : t) {
            semis += x.is(";") ? 1 : 0;
        }
        return semis >= 2;
    }

    /** Whether a name at {@code to} stands inside the description of an item of a semicolon list. */
    public static boolean insideSemicolonItem(List<Token> t, int from, int to) {
        if (to - from > 12 || !t.get(from).is(",")) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (t.get(k).is(";") || t.get(k).is(".") || t.get(k).is(":")) {
                return false;
            }
        }
        int semis = 0;
        for (int k = to; k < t.size(); k++) {
            semis += t.get(k).is(";") ? 1 : 0;
        }
        return semis >= 2;
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
