package io.powermap.ingest.extraction.mentions;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.powermap.ingest.extraction.lexicon.Words;
import io.powermap.ingest.extraction.text.Token;

/**
 * A resolution sets the opening words of each clause in capitals, "NOTING that ...", "HAVING CONSIDERED the
 * memorandum ...", "RECALLING ITS decision ...": capitals that look like a name but are a verb. When a name opens its
 * sentence (or follows only a clause number) with such a verb (preamble-openers.txt) in capitals, the verb and the
 * capitals run after it are cut from the name. In mixed case such a word may begin a real name, so it is kept.
 */
public final class PreambleOpeners {

    private static final Set<String> OPENERS = Words.load("preamble-openers.txt");

    private PreambleOpeners() {
    }

    /** How many tokens from {@code s} (below {@code e}) are a clause opener, 0 when none. */
    public static int length(List<Token> toks, int s, int e) {
        if (s >= e || !clauseStart(toks, s)) {
            return 0;
        }
        String w = toks.get(s).text();
        if (!OPENERS.contains(w.toLowerCase(Locale.ROOT))) {
            return 0;
        }
        if (!capitals(w)) {
            return 0;
        }
        int k = s + 1;
        while (k < e && toks.get(k).isWord() && capitals(toks.get(k).text())) {
            k++;
        }
        return k - s;
    }

    /** The first word of the sentence, or one after nothing but numbering and punctuation ("2.1", "(b)"). */
    private static boolean clauseStart(List<Token> toks, int s) {
        for (int k = 0; k < s; k++) {
            Token t = toks.get(k);
            if (t.isWord() && !t.isNumber() && !(t.text().length() == 1 && Character.isLowerCase(t.text().charAt(0)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean capitals(String w) {
        return w.length() > 1 && w.chars().anyMatch(Character::isLetter) && w.equals(w.toUpperCase(Locale.ROOT));
    }
}
