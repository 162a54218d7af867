package io.powermap.ingest.extraction.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.ingest.extraction.lexicon.Words;
import io.powermap.ingest.extraction.mentions.Mention;
import io.powermap.ingest.extraction.mentions.NameChunker;
import io.powermap.ingest.extraction.text.Token;

/**
 * Names in languages that capitalise only their first word ("Framtiden i våre hender", "Ligue contre le
 * cancer", "Natur og Ungdom"): the chunker stops at the first lower-case word. The text marks such a name
 * where it describes it: "X, the Oslo-based movement that ...", "X (the Swedish nature society)", and the
 * word after the first is plainly not English (a small word of another language, a letter English lacks). The
 * whole span is then one organization, and every other place in the document that writes the same words
 * names it too.
 */
public final class SentenceCaseNames {

    /** English words that end a name's reach: a verb, an article or a preposition of the sentence itself. */
    private static final Set<String> ENGLISH = Words.load("names-english-breaks.txt");
    private static final int MAX_LOWER = 5;
    /** Small words of other languages that sit inside names ("i", "og", "contre le", "voor het"). */
    private static final Set<String> FOREIGN_SMALL = Words.load("names-foreign-small-words.txt");

    private SentenceCaseNames() {
    }

    /** Extends, in place, each described sentence-case name and marks its other occurrences. */
    public static void mark(List<SentenceView> views) {
        List<List<String>> names = new ArrayList<>();
        for (SentenceView v : views) {
            List<Mention> ms = v.mentions;
            for (int i = 0; i < ms.size(); i++) {
                Mention m = ms.get(i);
                // the word right after the mention must be another language's: "Heron Trust funded Natur og
                // Ungdom" leaves "Heron Trust" alone, "Coalizão Direitos na Rede" goes on
                int end = describedEnd(v.tokens, m.tokEnd);
                if (end <= m.tokEnd || m.type == EntityType.PERSON) {
                    continue;
                }
                Mention longer = mention(v, m.tokStart, end);
                ms.set(i, longer);
                while (i + 1 < ms.size() && ms.get(i + 1).tokStart < end) {
                    ms.remove(i + 1);
                }
                names.add(words(v.tokens, m.tokStart, end));
            }
        }
        if (names.isEmpty()) {
            return;
        }
        for (SentenceView v : views) {
            for (List<String> name : names) {
                markAgain(v, name);
            }
        }
    }

    /** The end of lower-case words after a name that a comma and a described kind of body close, or {@code from}. */
    private static int describedEnd(List<Token> t, int from) {
        int k = from;
        while (k < t.size() && k - from < MAX_LOWER && t.get(k).isWord() && !ENGLISH.contains(t.get(k).lower())
            && (Character.isLowerCase(t.get(k).text().charAt(0)) || k > from)) {
            k++;
        }
        if (k == from || k >= t.size()) {
            return from;
        }
        int gloss = pastLegalForm(t, k);
        if (glossAfter(t, gloss) && (foreignRun(t, Math.max(0, from - 1), k) || glossWords(t, gloss) == k - from + 1)) {
            return k; // "Otevřená radnice (Open Town Hall)": a name given with its English gloss, word for word
        }
        if (!foreignWord(t.get(from).text())) {
            return from; // the first word after the name is another language's: "i", "og", "contre", "våre"
        }
        return describedAfter(t, k) ? k : from;
    }

    /**
     * Where a gloss would open after a legal form set off by a comma ("Liga pro lidská práva, z. s. (League
     * ...)": short lower-case abbreviations), or {@code k} when none follows.
     */
    static int pastLegalForm(List<Token> t, int k) {
        if (k >= t.size() || !t.get(k).is(",")) {
            return k;
        }
        int p = k + 1;
        while (p < t.size() && p - k <= 6 && (t.get(p).is(".") || t.get(p).isWord() && t.get(p).text().length() <= 4
            && Character.isLowerCase(t.get(p).text().charAt(0)))) {
            p++;
        }
        return p > k + 1 && p < t.size() && t.get(p).is("(") && t.get(p - 1).is(".") ? p : k;
    }

    /** A word plainly not English: a small word of another language or one with a letter English lacks. */
    private static boolean foreignWord(String w) {
        if (FOREIGN_SMALL.contains(w)) {
            return true;
        }
        for (int c = 0; c < w.length(); c++) {
            if (w.charAt(c) > 0x7f && Character.isLetter(w.charAt(c))) {
                return true;
            }
        }
        return false;
    }

    /** " (Open Town Hall)": two or more capitalised English words in brackets, a name's translation. */
    private static boolean glossAfter(List<Token> t, int p) {
        if (p >= t.size() || !t.get(p).is("(")) {
            return false;
        }
        int k = p + 1;
        while (k < t.size() && t.get(k).isWord() && (t.get(k).isCapitalized() || GLOSS_SMALL.contains(t.get(k).text()))) {
            k++;
        }
        return k - p - 1 >= 2 && k < t.size() && t.get(k).is(")") && t.get(p + 1).isCapitalized() && !foreignWord(t.get(p + 1).text());
    }

    private static boolean foreignRun(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (foreignWord(t.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private static int glossWords(List<Token> t, int p) {
        int k = p + 1;
        while (k < t.size() && !t.get(k).is(")")) {
            k++;
        }
        return k - p - 1;
    }

    /** English small words inside a translated name: "Friends of the Valley", "Watch on Budgets". */
    private static final Set<String> GLOSS_SMALL = Set.of("of", "for", "on", "and", "the", "in", "against", "a", "an", "to");

    /** ", the Oslo-based movement", ", a Paris charity", " (the Swedish nature society)": a kind of body right after. */
    static boolean describedAfter(List<Token> t, int p) {
        if (p + 2 >= t.size() || !(t.get(p).is(",") || t.get(p).is("("))) {
            return false;
        }
        String article = t.get(p + 1).lower();
        if (!article.equals("the") && !article.equals("a") && !article.equals("an")) {
            return false;
        }
        for (int k = p + 2; k < t.size() && k < p + 7; k++) {
            if (NameChunker.ORG_NOUNS.contains(t.get(k).lower())) {
                return true;
            }
            if (!t.get(k).isWord() && !t.get(k).is("-")) {
                return false;
            }
        }
        return false;
    }

    private static List<String> words(List<Token> t, int s, int e) {
        List<String> w = new ArrayList<>();
        for (int k = s; k < e; k++) {
            w.add(t.get(k).text());
        }
        return w;
    }

    private static Mention mention(SentenceView v, int s, int e) {
        List<Token> t = v.tokens;
        return new Mention(v.sentence.index(), s, e, t.get(s).start(), t.get(e - 1).end(), NameChunker.surface(t, s, e),
            EntityType.ORGANIZATION, Mention.CONTEXT);
    }

    private static void markAgain(SentenceView v, List<String> name) {
        List<Token> t = v.tokens;
        for (int s = 0; s + name.size() <= t.size(); s++) {
            if (!matches(t, s, name)) {
                continue;
            }
            int e = s + name.size();
            List<Mention> ms = v.mentions;
            int at = 0;
            while (at < ms.size() && ms.get(at).tokEnd <= s) {
                at++;
            }
            if (at < ms.size() && ms.get(at).tokStart == s && ms.get(at).tokEnd == e) {
                continue; // already this name
            }
            if (at < ms.size() && ms.get(at).tokStart < s) {
                continue; // inside a longer name
            }
            int past = at;
            while (past < ms.size() && ms.get(past).tokStart < e && ms.get(past).tokEnd <= e) {
                past++;
            }
            if (past < ms.size() && ms.get(past).tokStart < e) {
                continue; // a longer name starts inside ("Natur og Ungdom Vestland"): leave it as read
            }
            ms.subList(at, past).clear();
            ms.add(at, mention(v, s, e));
            s = e - 1;
        }
    }

    private static boolean matches(List<Token> t, int s, List<String> name) {
        for (int k = 0; k < name.size(); k++) {
            if (!t.get(s + k).text().equals(name.get(k))) {
                return false;
            }
        }
        return true;
    }
}
