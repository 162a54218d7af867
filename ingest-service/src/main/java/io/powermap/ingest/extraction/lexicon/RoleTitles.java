package io.powermap.ingest.extraction.lexicon;

import java.util.List;
import java.util.Set;
import io.powermap.ingest.extraction.text.Token;

/**
 * Job titles as people write them on staff and board pages, beyond the fixed list of roles:
 * modifiers of any kind before a role head ("Investigations Officer", "Senior Programme Lead",
 * "Tech Researcher"), or a head before "of" ("Head of Digital").
 */
public final class RoleTitles {

    /** Job titles' head nouns (role-heads.txt). */
    static final Set<String> HEADS = Words.load("role-heads.txt");
    private static final Set<String> STOPS = Words.of("who", "whose", "which", "that", "and", "or", "with", "for", "in",
        "at", "on", "from", "by", "to", "the", "a", "an", "is", "was");

    private RoleTitles() {
    }

    /**
     * The token index just past a freely written title starting at {@code k} (at most three
     * modifiers, then a head), or -1 when none starts there.
     */
    public static int freeEnd(Gazetteer g, List<Token> t, int k) {
        for (int j = k; j < t.size() && j < k + 4; j++) {
            Token w = t.get(j);
            if (!w.isWord() || STOPS.contains(w.lower())) {
                return -1;
            }
            if (isHead(g, w.lower())) {
                int end = j + 1;
                while (end < t.size() && t.get(end).isWord() && isHead(g, t.get(end).lower())) {
                    end++; // "Policy Officer Lead": the last head ends it
                }
                return end;
            }
        }
        return -1;
    }

    /** The title's words from {@code from} to {@code to}, lower-cased and joined by spaces. */
    public static String text(List<Token> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(t.get(k).lower());
        }
        return b.toString();
    }

    /** Whether {@code w} (lower case) is a job title's head or a listed role. */
    public static boolean isHead(Gazetteer g, String w) {
        String one = w.length() > 4 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        return HEADS.contains(w) || HEADS.contains(one) || g.roles.contains(w);
    }
}
