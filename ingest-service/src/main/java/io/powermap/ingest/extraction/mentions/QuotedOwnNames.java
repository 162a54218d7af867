package io.powermap.ingest.extraction.mentions;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.powermap.ingest.extraction.lexicon.Gazetteer;
import io.powermap.ingest.extraction.lexicon.Words;
import io.powermap.ingest.extraction.text.Token;

/**
 * A body named by its kind and then, in quotation marks, the name it goes by: {@code Centre for Tenants "Hearth"},
 * {@code Association « Lumière »}, {@code Stowarzyszenie „Brzask"}. The quoted part belongs to the name (and is its
 * short form), when the words before it hold a body's keyword and the quote holds one to six words, the first
 * capitalised; a quoted title followed by a word for an effort ("... "Clean Air" campaign") stays outside.
 */
public final class QuotedOwnNames {

    static final Set<String> OPENING = Words.of("\"", "\u201C", "\u00AB", "\u201E");
    static final Set<String> CLOSING = Words.of("\"", "\u201D", "\u00BB", "\u201C");
    private static final int MAX_WORDS = 6;
    /** Legal forms that stand alone before the quoted name: {@code OOO "Name"}, {@code Fond "Name"}. */
    private static final Set<String> LEGAL_FORMS_BEFORE = Words.load("legal-form-prefixes.txt");
    /** Words for an effort or a publication after a quoted title: the quote names that, not the body. */
    private static final Set<String> EFFORT_AFTER = Words.of("campaign", "programme", "program", "project", "initiative",
        "report", "study", "series", "award", "prize", "bulletin", "magazine", "newsletter", "show", "festival", "network",
        "coalition", "platform", "scheme", "fund", "drive", "tour", "bill", "law", "act");

    private QuotedOwnNames() {
    }

    /** The last token of the name from {@code start} to {@code last}, past a quoted own name after it, or {@code last}. */
    static int extend(List<Token> toks, int start, int last, Gazetteer g) {
        int open = last + 1;
        if (open + 2 >= toks.size() || !OPENING.contains(toks.get(open).text()) || !toks.get(open + 1).isWord()
            || !toks.get(open + 1).isCapitalized()) {
            return last;
        }
        boolean body = LEGAL_FORMS_BEFORE.contains(toks.get(last).text());
        for (int k = start; k <= last; k++) {
            body |= g.orgKeywords.contains(toks.get(k).text());
        }
        if (!body) {
            return last;
        }
        int k = open + 1;
        while (k < toks.size() && k - open <= MAX_WORDS && !CLOSING.contains(toks.get(k).text())) {
            Token t = toks.get(k);
            if (!t.isWord() && !t.isNumber() && !t.is("-") && !t.is("'s")) {
                return last;
            }
            k++;
        }
        if (k >= toks.size() || !CLOSING.contains(toks.get(k).text())) {
            return last;
        }
        if (k + 1 < toks.size() && EFFORT_AFTER.contains(toks.get(k + 1).text().toLowerCase(Locale.ROOT))) {
            return last;
        }
        return k;
    }

    /** Where a name ending in a legal form written before its quoted name starts: at that form ("C1 OOO" "X"). */
    static int formStart(List<Token> toks, int start, int last) {
        return LEGAL_FORMS_BEFORE.contains(toks.get(last).text()) ? last : start;
    }

    /** The name inside the quotation marks that close {@code name}, or null when it ends in none. */
    public static String inner(String name) {
        if (name.length() < 4 || !CLOSING.contains(name.substring(name.length() - 1))) {
            return null;
        }
        int open = -1;
        for (int i = name.length() - 2; i > 0; i--) {
            if (OPENING.contains(String.valueOf(name.charAt(i))) && name.charAt(i - 1) == ' ') {
                open = i;
                break;
            }
        }
        return open < 0 ? null : name.substring(open + 1, name.length() - 1).strip();
    }
}
