package io.powermap.ingest.extraction.mentions;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.powermap.ingest.extraction.lexicon.Words;
import io.powermap.ingest.extraction.text.Dates;
import io.powermap.ingest.extraction.text.Token;

/**
 * Laws named by their number, as parliaments outside the US write them: "Ley 2197 de 2022",
 * "Law No. 11/2020 on Job Creation", "DDL 1142", "Act LXXXVIII of 2023 on the Protection of
 * National Sovereignty", "Ley Orgánica 4/2015 de protección de la seguridad ciudadana". The kind
 * comes first, a number follows, then optionally the year and the law's title.
 */
final class NumberedLaws {

    private static final Pattern LETTERS_THEN_DIGITS = Pattern.compile("[A-Z]{1,2}-?\\d[\\d.]*");
    private static final Pattern ONE_OR_TWO_CAPITALS = Pattern.compile("[A-Z]{1,2}");

    private static final Set<String> KINDS = Words.load("legislation-number-kinds.txt");
    private static final Set<String> ENGLISH_KINDS = Words.of("Law", "Laws", "Act", "Bill", "Decree", "Ordinance");
    /** "No.", "Nr.", "n.", "N°": the number's mark, which some writers put before it. */
    private static final Set<String> NUMBER_MARKS = Words.of("No.", "No", "Nr.", "n.", "N.", "N°", "nº", "núm.", "Núm.", "Number");
    private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]{2,}");
    private static final Set<String> YEAR_LINKS = Words.of("of", "de", "del", "from", "vom");
    /** Words that open a law's title after its number: "on Job Creation", "de protección de ...". */
    private static final Set<String> TITLE_OPENERS = Words.of("on", "de", "del", "sobre", "sur", "relativa", "relativo", "über",
        "zur", "zum", "sulla", "sul", "tentang", "o", "om");
    private static final Set<String> ENGLISH_TITLE_GLUE = Words.of("of", "and", "for", "the", "on", "in", "to", "against");
    /** English words that end a title written in another language: the sentence goes on in English. */
    private static final Set<String> ENGLISH_STOPS = Words.of("and", "or", "the", "a", "an", "which", "that", "who", "in", "on", "to",
        "is", "was", "were", "has", "had", "will", "would", "as", "at", "by", "for", "with", "from", "it", "its", "but", "after",
        "before", "since", "until", "when", "because", "although", "though", "while", "if", "so", "than", "unless", "whereas",
        "despite", "not", "also", "be", "been", "being", "are", "this", "these", "those", "they", "we", "he", "she", "into", "over");
    private static final int MAX_TITLE_WORDS = 9;
    private static final Set<String> FOREIGN_SMALL = Words.load("names-foreign-small-words.txt");
    /** A series letter inside a law's number, with or without the number after it: "L", "L-043". */
    private static final Pattern SERIES = Pattern.compile("[A-Z]{1,2}(?:-?\\d{1,6})?");

    private NumberedLaws() {
    }

    /** The end (exclusive) of a numbered law's name that starts at token {@code i}, or -1. */
    static int end(List<Token> toks, int i) {
        int n = toks.size();
        Token kind = toks.get(i);
        if (!KINDS.contains(kind.text())) {
            return -1;
        }
        int k = i + 1;
        // "Ley Orgánica 4/2015", "Lei Complementar 105": one capitalised word may qualify the kind
        if (k < n && toks.get(k).isWord() && toks.get(k).isCapitalized() && !NUMBER_MARKS.contains(toks.get(k).text())
            && k + 1 < n && toks.get(k + 1).isNumber() && !ENGLISH_KINDS.contains(kind.text())) {
            k++;
        }
        if (k < n && NUMBER_MARKS.contains(toks.get(k).text())) {
            k++;
        } else if (k + 1 < n && (toks.get(k).is("n") || toks.get(k).is("N")) && (toks.get(k + 1).is("\u00B0") || toks.get(k + 1).is("\u00BA"))
            && toks.get(k + 1).start() == toks.get(k).end()) {
            k += 2; // "Loi n° 2023-15": the mark read as a letter and a degree sign
        }
        if (k >= n) {
            return -1;
        }
        int numberEnd;
        if (ROMAN.matcher(toks.get(k).text()).matches()) {
            // "Act LXXXVIII of 2023": a roman number only with its year, so "Act II" of a play stays out
            if (!(k + 2 < n && toks.get(k + 1).is("of") && Dates.isYear(toks.get(k + 2)))) {
                return -1;
            }
            numberEnd = k + 1;
        } else {
            numberEnd = numberRun(toks, k);
            if (numberEnd < 0) {
                return -1;
            }
        }
        int e = numberEnd;
        if (e + 1 < n && YEAR_LINKS.contains(toks.get(e).text()) && toks.get(e + 1).isNumber()
            && (Dates.isYear(toks.get(e + 1)) || toks.get(e).is("de"))) {
            e += 2; // "Ley 2197 de 2022", "Act LXXXVIII of 2023", "Ley 3 de 3"
        }
        return title(toks, e, ENGLISH_KINDS.contains(kind.text()));
    }

    /**
     * A law named by its kind and then its subject in its own language, in lower case: "Loi sur la transparence
     * de la vie publique", "Zakon o javnim nabavkama". The end (exclusive), or -1.
     */
    static int kindThenTitle(List<Token> toks, int i, Set<String> kindFirst) {
        if (i + 2 >= toks.size() || !kindFirst.contains(toks.get(i).text())) {
            return -1;
        }
        int e = title(toks, i + 1, false);
        if (toks.get(i + 2).isCapitalized()) {
            // "Ley de Partidos Regionales reforms": a title in capitals ends at the first plain lower-case word
            for (int k = i + 3; k < e; k++) {
                if (!toks.get(k).isCapitalized() && !FOREIGN_SMALL.contains(toks.get(k).text())) {
                    e = k;
                    break;
                }
            }
        }
        return e > i + 2 ? e : -1;
    }

    /** A number written without spaces: "1142", "11/2020", "15.120-06", "C-63", "T/11923"; the end, or -1. */
    private static int numberRun(List<Token> toks, int k) {
        Token first = toks.get(k);
        boolean digits = first.isNumber() || LETTERS_THEN_DIGITS.matcher(first.text()).matches()
            || ONE_OR_TWO_CAPITALS.matcher(first.text()).matches() && k + 2 < toks.size() && toks.get(k + 1).is("/")
            && toks.get(k + 1).start() == first.end() && toks.get(k + 2).start() == toks.get(k + 1).end()
            && toks.get(k + 2).isNumber(); // a parliament's series letter: "Bill T/11923"
        if (!digits) {
            return -1;
        }
        int e = k + 1;
        while (e + 1 < toks.size() && toks.get(e).start() == toks.get(e - 1).end()
            && (toks.get(e).is("/") || toks.get(e).is("-") || toks.get(e).is("."))
            && toks.get(e + 1).start() == toks.get(e).end()
            && (toks.get(e + 1).isNumber() || SERIES.matcher(toks.get(e + 1).text()).matches())) {
            e += 2; // "06/L-043": a legislature's number, a slash, its series letter and the law's number
        }
        return e;
    }

    /** The law's title after its number, if one follows: "on Job Creation", "de protección de la seguridad ciudadana". */
    private static int title(List<Token> toks, int e, boolean english) {
        int n = toks.size();
        if (e >= n || !TITLE_OPENERS.contains(toks.get(e).text())) {
            return e;
        }
        int k = e + 1;
        int last = -1;
        int words = 0;
        while (k < n && toks.get(k).isWord() && words < MAX_TITLE_WORDS) {
            Token t = toks.get(k);
            if (english ? !(t.isCapitalized() || ENGLISH_TITLE_GLUE.contains(t.text())) : ENGLISH_STOPS.contains(t.text())) {
                break;
            }
            if (KINDS.contains(t.text()) && k + 1 < n && (NUMBER_MARKS.contains(toks.get(k + 1).text()) || toks.get(k + 1).isNumber())) {
                break; // "... on Courts and Law No. 9/2016 on Judges": a second numbered law begins
            }
            if (!english || t.isCapitalized()) {
                last = k;
            }
            words++;
            k++;
        }
        // an English title needs a capitalised word ("on Job Creation"); "Law 5 on the books" keeps only the number
        return last < 0 ? e : last + 1;
    }
}
