package io.powermap.ingest.extraction.mentions;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.text.Token;

/**
 * Words set in capitals as labels ("NOTES:", "CRITICS", "HIGH INTEREST", "TITLE:") are not acronyms: a name made
 * only of capitalised words is dropped when every one of its words is also written in lower case in the document's
 * running text ("notes", "critics") and the document never gives it in brackets, as a defined acronym is given
 * ("... Network (NEW)"). An acronym is a coined string; the document does not use it as a plain word too.
 */
public final class ShoutedWords {

    /** Characters that glue a lower-case word to a web or mail address ("tesev.org", "info@kisa"), where it is no word. */
    private static final String ADDRESS_GLUE = ".@/:_";

    private ShoutedWords() {
    }

    /** Removes such names from every sentence's mentions. */
    public static void drop(List<SentenceView> views) {
        Set<String> capitalOnly = new HashSet<>();
        for (SentenceView v : views) {
            for (Mention m : v.mentions) {
                if (allCaps(v.tokens, m)) {
                    capitalOnly.add(m.name);
                }
            }
        }
        if (capitalOnly.isEmpty()) {
            return;
        }
        Set<String> plainWords = new HashSet<>();
        Set<String> bracketed = new HashSet<>();
        for (SentenceView v : views) {
            List<Token> t = v.tokens;
            for (int k = 0; k < t.size(); k++) {
                Token w = t.get(k);
                if (!w.isWord()) {
                    continue;
                }
                if (w.text().equals(w.lower()) && !glued(t, k)) {
                    plainWords.add(w.lower());
                } else if (k > 0 && t.get(k - 1).is("(") && capitalOnly.contains(w.text())) {
                    bracketed.add(w.text());
                }
            }
        }
        for (SentenceView v : views) {
            v.mentions.removeIf(m -> allCaps(v.tokens, m) && !bracketed.contains(m.name) && plain(v.tokens, m, plainWords));
        }
    }

    private static boolean allCaps(List<Token> t, Mention m) {
        for (int k = m.tokStart; k < m.tokEnd; k++) {
            if (!t.get(k).isWord() || !t.get(k).isAllCaps()) {
                return false;
            }
        }
        return true;
    }

    private static boolean plain(List<Token> t, Mention m, Set<String> plainWords) {
        for (int k = m.tokStart; k < m.tokEnd; k++) {
            if (t.get(k).text().length() < 3 || !plainWords.contains(t.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    private static boolean glued(List<Token> t, int k) {
        Token w = t.get(k);
        return k > 0 && t.get(k - 1).end() == w.start() && ADDRESS_GLUE.indexOf(t.get(k - 1).text().charAt(0)) >= 0
            || k + 1 < t.size() && t.get(k + 1).start() == w.end() && ADDRESS_GLUE.indexOf(t.get(k + 1).text().charAt(0)) >= 0
            && k + 2 < t.size() && t.get(k + 2).start() == t.get(k + 1).end() && t.get(k + 2).isWord();
    }
}
