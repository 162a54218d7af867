package io.powermap.ingest.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name in Latin letters is often followed by the same name in its own script, in brackets, for
 * readers of that language: a person's name in kanji, a body's name in Cyrillic or Arabic. Such a
 * gloss says nothing the Latin name does not, but standing between the name and what follows it
 * ("X (gloss) - Treasurer", "X (gloss), partner of Y") it hides every cue that must touch the name.
 * The tokens of a bracket that holds only words of a non-Latin script are left out of the
 * sentence's reading; offsets of every other token are unchanged. So is a nickname in quotes in
 * brackets after a capitalised word and before a dash or the end ("Dara Okonjo ("Didi") – Director"),
 * which hides the same cues.
 */
public final class ScriptGlosses {

    private static final int LONGEST = 12;

    private ScriptGlosses() {
    }

    public static List<Token> drop(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            int close = i > 0 && tokens.get(i).is("(") && tokens.get(i - 1).isWord() ? glossEnd(tokens, i) : -1;
            if (close < 0 && i > 0 && tokens.get(i).is("(") && tokens.get(i - 1).isCapitalized()) {
                close = nicknameEnd(tokens, i);
            }
            if (close < 0) {
                if (out != null) {
                    out.add(tokens.get(i));
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            i = close;
        }
        return out == null ? tokens : out;
    }

    /** The index of the ")" closing a bracket opened at {@code open} that holds only non-Latin words, or -1. */
    private static int glossEnd(List<Token> t, int open) {
        int words = 0;
        for (int k = open + 1; k < t.size() && k <= open + LONGEST; k++) {
            Token x = t.get(k);
            if (x.is(")")) {
                return words > 0 ? k : -1;
            }
            if (!x.isWord() || hasLatin(x.text())) {
                if (x.text().length() == 1 && !Character.isLetterOrDigit(x.text().charAt(0)) && !x.is("(")) {
                    continue; // a middle dot or hyphen inside the gloss
                }
                return -1;
            }
            words++;
        }
        return -1;
    }

    /**
     * The index of the ")" closing a bracket opened at {@code open} that holds one or two capitalised words in
     * quotes, not in capitals ("("Didi")"; a defined acronym such as "("ACB")" stays), or -1.
     */
    private static int nicknameEnd(List<Token> t, int open) {
        int k = open + 1;
        if (k >= t.size() || !QUOTES_OPEN.contains(t.get(k).text())) {
            return -1;
        }
        int words = 0;
        for (k++; k < t.size() && words <= 2; k++) {
            Token x = t.get(k);
            if (QUOTES_CLOSE.contains(x.text())) {
                boolean closed = words > 0 && k + 1 < t.size() && t.get(k + 1).is(")");
                // only where a card's title or nothing follows: "X ("Our Rights"), a radio show" glosses a name
                return closed && (k + 2 == t.size() || AFTER_NICKNAME.contains(t.get(k + 2).text())) ? k + 1 : -1;
            }
            String w = x.text();
            if (!x.isCapitalized() || w.length() < 2 || w.length() > 15 || w.equals(w.toUpperCase(Locale.ROOT))) {
                return -1;
            }
            words++;
        }
        return -1;
    }

    private static final Set<String> AFTER_NICKNAME = Set.of("\u2013", "\u2014", "-", "|", ":");
    private static final Set<String> QUOTES_OPEN = Set.of("\"", "\u201c", "'", "\u2018");
    private static final Set<String> QUOTES_CLOSE = Set.of("\"", "\u201d", "'", "\u2019");

    private static boolean hasLatin(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
