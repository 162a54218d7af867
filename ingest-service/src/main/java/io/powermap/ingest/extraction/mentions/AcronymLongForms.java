package io.powermap.ingest.extraction.mentions;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.ingest.extraction.lexicon.Words;
import io.powermap.ingest.extraction.text.Token;

/**
 * French, Spanish or Italian bodies are named in sentence case: only the first word and places are
 * capitalised, and the chunker, which goes by capitals, keeps only the last capitalised word ("... du
 * Nord") of the name. When an acronym in brackets follows that word and its letters are the initials of
 * the words before it, lower-case ones included, the name is taken back to the capitalised word the
 * acronym starts from: "Union des producteurs agricoles du Nord (UPAN)". Small words (articles,
 * prepositions, "et") give no letter; a content word may go without one ("travailleurs et
 * travailleuses" give one T), as acronyms often skip a doublet.
 */
final class AcronymLongForms {

    private static final Set<String> SMALL = Words.union(Words.load("names-foreign-small-words.txt"),
        Words.load("name-particles.txt"), Words.of("of", "for", "the", "and", "on", "in", "at", "to", "&", "de", "et", "y", "e",
            "del", "della", "di", "da", "do", "dos", "das", "des", "du", "la", "le", "les", "el", "los", "las", "l", "d"));
    /** Words of a name that the acronym may skip, beyond its own letters. */
    private static final int SKIPPED = 2;
    private static final int LONGEST = 16;

    private AcronymLongForms() {
    }

    static void extend(int sentenceIndex, List<Token> toks, List<Mention> out) {
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            int e = m.tokEnd;
            if (m.type == EntityType.PERSON || m.type == EntityType.LEGISLATION || e + 2 >= toks.size() || !toks.get(e).is("(")
                || !toks.get(e + 2).is(")") || !isAcronym(toks.get(e + 1).text())) {
                continue;
            }
            String acronym = toks.get(e + 1).text().toLowerCase(Locale.ROOT);
            if (spells(toks, m.tokStart, e, acronym)) {
                continue; // the name already found is the long form
            }
            int start = -1;
            for (int s = m.tokStart - 1; s >= 0 && s >= m.tokStart - LONGEST; s--) {
                Token t = toks.get(s);
                if (!t.isWord()) {
                    break; // a comma or a quote ends the run of words
                }
                if (t.isCapitalized() && spells(toks, s, e, acronym)) {
                    start = s;
                    break;
                }
            }
            if (start < 0 || !hasLowerContentWord(toks, start, m.tokStart)) {
                continue;
            }
            final int from = start;
            Mention whole = new Mention(sentenceIndex, from, e, toks.get(from).start(), toks.get(e - 1).end(),
                NameChunker.surface(toks, from, e), m.type == null ? EntityType.ORGANIZATION : m.type, Math.max(m.strength, Mention.CONTEXT));
            out.removeIf(o -> o.tokStart >= from && o.tokEnd <= e);
            int at = 0;
            while (at < out.size() && out.get(at).tokStart < from) {
                at++;
            }
            out.add(at, whole);
            i = at;
        }
    }

    private static boolean isAcronym(String w) {
        if (w.length() < 2 || w.length() > 7) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (!Character.isUpperCase(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the initials of the content words of [s, e) give the acronym in order, the first word giving its
     * first letter and the last word its last letter, with at most {@link #SKIPPED} words giving none.
     */
    static boolean spells(List<Token> toks, int s, int e, String acronym) {
        StringBuilder initials = new StringBuilder();
        for (int k = s; k < e; k++) {
            Token t = toks.get(k);
            if (!t.isWord()) {
                if (t.is("-") || t.is("'")) {
                    continue;
                }
                return false;
            }
            String w = t.lower();
            int apostrophe = Math.max(w.indexOf('\''), w.indexOf('\u2019'));
            if (apostrophe > 0 && apostrophe <= 2 && apostrophe + 1 < w.length()) {
                w = w.substring(apostrophe + 1); // "l'habitation", "d'économie"
            }
            if (SMALL.contains(w)) {
                continue;
            }
            initials.append(w.charAt(0));
        }
        String letters = initials.toString();
        if (letters.length() < acronym.length() || letters.length() > acronym.length() + SKIPPED
            || letters.charAt(0) != acronym.charAt(0) || letters.charAt(letters.length() - 1) != acronym.charAt(acronym.length() - 1)) {
            return false;
        }
        int a = 0;
        for (int k = 0; k < letters.length() && a < acronym.length(); k++) {
            if (letters.charAt(k) == acronym.charAt(a)) {
                a++;
            }
        }
        return a == acronym.length();
    }

    private static boolean hasLowerContentWord(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            if (t.isWord() && !t.isCapitalized() && !SMALL.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }
}
