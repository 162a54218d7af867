package io.powermap.ingest.extraction.relations.args;

import java.util.List;
import java.util.Set;

import io.powermap.ingest.extraction.text.Token;

/** Questions about the words around a cue: the word before and after, negation, a word within reach. */
public final class Tokens {

    private Tokens() {
    }

    public static String next(List<Token> t, int i) {
        return i + 1 < t.size() ? t.get(i + 1).lower() : "";
    }

    public static String prev(List<Token> t, int i) {
        return i > 0 ? t.get(i - 1).lower() : "";
    }

    /** "not", "never", "n't", "neither", "nor": a lower-case word that denies what it governs. */
    public static boolean isNegation(String w) {
        return w.equals("not") || w.equals("never") || w.equals("n't") || w.equals("neither") || w.equals("nor");
    }

    /** "does not fund", "never joined", "neither ... nor": a cue denied within three words before it. */
    public static boolean negated(List<Token> t, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            String w = t.get(k).lower();
            if (isNegation(w)) {
                return true;
            }
            if (w.equals("no") && !(k + 1 < t.size() && t.get(k + 1).lower().equals("longer"))) {
                return true;
            }
            if (w.equals(",") || w.equals(";")) {
                return false;
            }
        }
        return false;
    }

    public static boolean colonBetween(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).is(":") || t.get(k).is("\u2014") || t.get(k).is("\u2013")) {
                return true;
            }
        }
        return false;
    }

    public static boolean withinNext(List<Token> t, int i, int n, String word) {
        for (int k = i + 1; k < t.size() && k <= i + n; k++) {
            if (t.get(k).lower().equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any word of the sentence is in {@code words}. */
    public static boolean mentions(List<Token> t, Set<String> words) {
        for (Token x : t) {
            if (words.contains(x.lower())) {
                return true;
            }
        }
        return false;
    }

    public static boolean containsWord(List<Token> t, String w) {
        for (Token x : t) {
            if (x.lower().equals(w)) {
                return true;
            }
        }
        return false;
    }

    public static boolean containsSequence(List<Token> t, String a, String b) {
        for (int k = 0; k + 1 < t.size(); k++) {
            if (t.get(k).lower().equals(a) && t.get(k + 1).lower().equals(b)) {
                return true;
            }
        }
        return false;
    }

    /** "launched with X": whether {@code word} stands in tokens [from, to). */
    public static boolean containsBetween(List<Token> t, int from, int to, String word) {
        for (int k = from; k < to; k++) {
            if (t.get(k).lower().equals(word)) {
                return true;
            }
        }
        return false;
    }

    public static boolean clauseBreakBetween(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = t.get(k).lower();
            if (w.equals(";") || w.equals("whose")) {
                return true;
            }
        }
        return false;
    }

    /** The words of tokens [from, to) joined by single spaces ("the gap between two names"). */
    public static String join(List<Token> toks, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = Math.max(0, from); k < to && k < toks.size(); k++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(toks.get(k).text());
        }
        return b.toString();
    }
}
