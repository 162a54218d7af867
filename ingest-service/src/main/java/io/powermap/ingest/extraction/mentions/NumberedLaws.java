package io.powermap.ingest.extraction.mentions;

import java.util.List;
import java.util.Locale;
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
    private static final Set<String> NUMBER_MARKS = Words.of("No.", "No", "Nr.", "n.", "N.", "N°", "nº", "núm.", "Núm.", "Number",
        "no"); // "nº" once normalised
    private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]{2,}");
    private static final Set<String> YEAR_LINKS = Words.of("of", "de", "del", "from", "vom");
    /** Words that open a law's title after its number: "on Job Creation", "de protección de ...". */
    private static final Set<String> TITLE_OPENERS = Words.of("on", "de", "del", "sobre", "sur", "relativa", "relativo", "über",
        "zur", "zum", "sulla", "sul", "tentang", "o", "om", "relative", "relatif", "portant", "per", "que");
    /** Prepositions that a title opener takes after it ("relative à", "per a"), whatever English word they spell. */
    private static final Set<String> OPENER_PARTICLES = Words.of("a", "à", "al", "ao", "aos", "aux", "au");
    /** English lower-case words a law's subject may hold when written after its number and year ("on protecting society from ..."). */
    private static final Set<String> ENGLISH_SUBJECT_GLUE = Words.of("of", "and", "for", "the", "on", "in", "to", "against",
        "from", "with", "by", "a", "an", "or");
    /** Words of a clause, not of a law's subject: a title in lower case ends before them. */
    private static final Set<String> ENGLISH_CLAUSE_WORDS = Words.of("which", "that", "who", "is", "was", "were", "has", "had",
        "will", "would", "be", "been", "being", "are", "it", "its", "this", "these", "those", "they", "we", "he", "she",
        "but", "after", "before", "since", "until", "when", "because", "while", "if", "so", "than", "not", "also", "into",
        "over", "as", "at", "books", "record", "agenda", "table", "statute");
    private static final Set<String> ENGLISH_TITLE_GLUE = Words.of("of", "and", "for", "the", "on", "in", "to", "against");
    /** English words that end a title written in another language: the sentence goes on in English. */
    private static final Set<String> ENGLISH_STOPS = Words.of("and", "or", "of", "the", "a", "an", "which", "that", "who", "in", "on", "to",
        "is", "was", "were", "has", "had", "will", "would", "as", "at", "by", "for", "with", "from", "it", "its", "but", "after",
        "before", "since", "until", "when", "because", "although", "though", "while", "if", "so", "than", "unless", "whereas",
        "despite", "not", "also", "be", "been", "being", "are", "this", "these", "those", "they", "we", "he", "she", "into", "over");
    private static final int MAX_TITLE_WORDS = 9;
    /** A title in its own language runs on in small words ("de protecció dels boscos i dels rius de muntanya"). */
    private static final int MAX_FOREIGN_TITLE_WORDS = 14;
    private static final Set<String> FOREIGN_SMALL = Words.load("names-foreign-small-words.txt");
    /** A series letter inside a law's number, with or without the number after it: "L", "L-043". */
    private static final Pattern SERIES = Pattern.compile("[A-Z]{1,2}(?:-?\\d{1,6})?");

    private NumberedLaws() {
    }

    /**
     * A law named by its title first and numbered after it: "Ley Nacional de Vivienda N° 13.728", "Projet de décret
     * n° 2026-41" (whose name may already hold the mark or its letter). The end (exclusive) of the mark and number that
     * follow the name ending at {@code e}, or {@code e} when no mark and number follow.
     */
    static int numberAfterName(List<Token> toks, int s, int e) {
        int k = e - 1 > s && markLength(toks, e - 1) > 0 ? e - 1 : e; // the name may have taken "No." or the "N" of "N°"
        int mark = markLength(toks, k);
        if (mark == 0 || k + mark >= toks.size()) {
            return e;
        }
        int end = numberRun(toks, k + mark);
        return end > k + mark ? end : e;
    }

    /** The end (exclusive) of a numbered law's name that starts at token {@code i}, or -1. */
    static int end(List<Token> toks, int i) {
        Token kind = toks.get(i);
        if (!KINDS.contains(kind.text())) {
            return -1;
        }
        return numberedTail(toks, i + 1, ENGLISH_KINDS.contains(kind.text()));
    }

    /**
     * The end (exclusive) of a law's citation from just after its kind word at {@code k}: a qualifier, the number's
     * mark, the number, its year or full date, the title; -1 when no number follows.
     */
    private static int numberedTail(List<Token> toks, int k, boolean english) {
        int n = toks.size();
        // "Ley Orgánica 4/2015", "Lei Complementar 105": one capitalised word may qualify the kind
        if (k < n && toks.get(k).isWord() && toks.get(k).isCapitalized() && !NUMBER_MARKS.contains(toks.get(k).text())
            && k + 1 < n && (toks.get(k + 1).isNumber() || markLength(toks, k + 1) > 0) && !english) {
            k++; // "Decreto Presidencial n.º 52/2023": the qualifier before a mark too
        }
        int mark = markLength(toks, k);
        k += mark;
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
        boolean dated = false;
        if (e + 1 < n && YEAR_LINKS.contains(toks.get(e).text()) && toks.get(e + 1).isNumber()
            && (Dates.isYear(toks.get(e + 1)) || toks.get(e).is("de"))) {
            e += 2; // "Ley 2197 de 2022", "Act LXXXVIII of 2023", "Ley 3 de 3"
            dated = true;
        } else if (fullDate(toks, e) > e) {
            e = fullDate(toks, e); // "Loi n° 1/07 du 9 avril 2015", "Ley 8 de 3 de junio de 2019"
            dated = true;
        }
        int titled = title(toks, e, english);
        // the full citation ("Law No. 12 of 1990 on associations") names its subject; "Law 12 of 1990 on rents" only cites
        return titled == e && english && dated && mark > 0 ? lowerCaseSubject(toks, e) : titled;
    }

    /**
     * The end (exclusive) of a date after a law's number: a link word, the day, the month (with "de" around it in
     * Spanish and Portuguese), the year; or {@code e} when none follows.
     */
    private static int fullDate(List<Token> toks, int e) {
        int n = toks.size();
        if (e + 3 >= n || !DATE_LINKS.contains(toks.get(e).text()) || !toks.get(e + 1).isNumber()
            || toks.get(e + 1).text().length() > 2) {
            return e;
        }
        int k = e + 2;
        k += toks.get(k).is("de") ? 1 : 0;
        if (k + 1 >= n || !MONTHS.contains(toks.get(k).text().toLowerCase(Locale.ROOT))) {
            return e;
        }
        k++;
        k += k + 1 < n && toks.get(k).is("de") ? 1 : 0;
        return k < n && Dates.isYear(toks.get(k)) ? k + 1 : e;
    }

    /**
     * "Law No. 12 of 1990 on associations.": a law cited by its numbered mark and year, then its subject in plain
     * lower-case English, as translations of such laws are written. Taken only when the subject runs to the end of the clause
     * (a stop, a comma, a bracket) with no word of a clause in it, so "Law 5 of 1990 on the books is ..." keeps
     * only the number. The end (exclusive), or {@code e}.
     */
    private static int lowerCaseSubject(List<Token> toks, int e) {
        int n = toks.size();
        if (e >= n || !toks.get(e).is("on")) {
            return e;
        }
        int k = e + 1;
        int content = 0;
        while (k < n && toks.get(k).isWord() && k - e <= MAX_TITLE_WORDS) {
            Token t = toks.get(k);
            if (t.isCapitalized() || ENGLISH_CLAUSE_WORDS.contains(t.text())) {
                return e;
            }
            content += ENGLISH_SUBJECT_GLUE.contains(t.text()) ? 0 : 1;
            k++;
        }
        boolean clauseEnds = k == n || Set.of(".", ",", ";", ":", "(", ")", "\u2014", "\u2013").contains(toks.get(k).text());
        return clauseEnds && content > 0 && !ENGLISH_SUBJECT_GLUE.contains(toks.get(k - 1).text()) ? k : e;
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

    /**
     * How many tokens the number's mark at {@code k} takes: "No." one, "n°" two (a letter and a degree sign),
     * "n.º" three (Portuguese and Catalan write the abbreviation's dot before the ordinal sign); 0 when none.
     */
    private static int markLength(List<Token> toks, int k) {
        int n = toks.size();
        if (k >= n) {
            return 0;
        }
        if (NUMBER_MARKS.contains(toks.get(k).text())) {
            return 1;
        }
        if (!toks.get(k).is("n") && !toks.get(k).is("N")) {
            return 0;
        }
        if (k + 1 < n && ORDINAL_SIGNS.contains(toks.get(k + 1).text()) && toks.get(k + 1).start() == toks.get(k).end()) {
            return 2; // "Loi n° 2023-15": the mark read as a letter and a degree sign
        }
        if (k + 3 < n && toks.get(k + 1).is(".") && ORDINAL_SIGNS.contains(toks.get(k + 2).text())
            && toks.get(k + 1).start() == toks.get(k).end() && toks.get(k + 2).start() == toks.get(k + 1).end()
            && toks.get(k + 3).isNumber()) {
            return 3;
        }
        return 0;
    }

    /** The sign after "n": a degree sign, an ordinal sign, or the "o" the ordinal sign becomes once the text is normalised. */
    private static final Set<String> ORDINAL_SIGNS = Words.of("\u00B0", "\u00BA", "o");

    /** Kind words of a law that a draft's name gives in lower case: "Projet de loi", "Proposició de llei". */
    private static final Set<String> LOWER_CASE_LAW_KINDS = Words.of("loi", "ley", "lei", "llei", "legge", "lov", "lag", "wet",
        "décret", "decreto", "decret");

    /**
     * A bill named as the draft of a law, then its subject in its own language, in sentence case: "Projet de loi
     * relative à la presse", "Proposició de llei de residus", "Projeto de Lei sobre o Ensino" (one word may qualify
     * the law: "Projet de loi organique relative à ..."). The subject runs as a numbered law's title does, to the first
     * English word or mark. The end (exclusive), or -1.
     */
    static int draftThenTitle(List<Token> toks, int i, Set<String> draftHeads, Set<String> lawHeads) {
        int n = toks.size();
        if (i + 3 >= n || !draftHeads.contains(toks.get(i).text()) || !(toks.get(i + 1).is("de") || toks.get(i + 1).is("di"))) {
            return -1;
        }
        Token kind = toks.get(i + 2);
        if (!LOWER_CASE_LAW_KINDS.contains(kind.text()) && !lawHeads.contains(kind.text())) {
            return -1;
        }
        int numbered = numberedTail(toks, i + 3, false);
        if (numbered > i + 3) {
            // "Projet de loi n° 31/2026 portant ...", "Proposta de Lei n.º 4/IX", "Proyecto de Ley 90 de 2024 Senado"
            return numbered < n && DRAFT_CHAMBERS.contains(toks.get(numbered).text()) ? numbered + 1 : numbered;
        }
        int e = i + 3;
        if (!TITLE_OPENERS.contains(toks.get(e).text()) && e + 1 < n && toks.get(e).isWord() && !toks.get(e).isCapitalized()
            && !ENGLISH_STOPS.contains(toks.get(e).text()) && TITLE_OPENERS.contains(toks.get(e + 1).text())) {
            e++; // "Projet de loi organique relative aux ...": an adjective of the law's kind
        }
        int end = title(toks, e, false);
        return end > e + 1 ? end : -1;
    }

    /**
     * A word English also has, inside a title in another language: after a small word of that language and before a
     * lower-case word ("sans but lucratif", "para a proteção"), it is the title's own.
     */
    private static boolean foreignBetween(List<Token> toks, int k) {
        return k + 1 < toks.size() && FOREIGN_SMALL.contains(toks.get(k - 1).text()) && !ENGLISH_STOPS.contains(toks.get(k - 1).text())
            && toks.get(k + 1).isWord() && !toks.get(k + 1).isCapitalized() && !ENGLISH_STOPS.contains(toks.get(k + 1).text());
    }

    /** Links before a date in a law's citation: "du 9 avril 2015", "de 3 de junio de 2019", "of 4 May 2020", "vom 1. Mai". */
    private static final Set<String> DATE_LINKS = Words.of("du", "de", "del", "of", "dated", "vom", "do", "da");
    private static final Set<String> MONTHS = Words.load("law-citation-months.txt");
    /** The chamber a draft was filed in, written after its number and year where each chamber numbers its own bills. */
    private static final Set<String> DRAFT_CHAMBERS = Words.of("Cámara", "Senado", "Câmara");

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
            && (toks.get(e + 1).isNumber() || SERIES.matcher(toks.get(e + 1).text()).matches()
            || toks.get(e).is("/") && ROMAN.matcher(toks.get(e + 1).text()).matches())) {
            // "06/L-043": a legislature's number, a slash, its series letter and the law's number; "412/XVI": the
            // legislature's roman number after the bill's
            e += 2;
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
        if (!english && k < n && OPENER_PARTICLES.contains(toks.get(k).text())) {
            k++; // "relative à la ...", "per a l'...": the opener's own preposition, not an English "a"
        }
        while (k < n && toks.get(k).isWord() && words < (english ? MAX_TITLE_WORDS : MAX_FOREIGN_TITLE_WORDS)) {
            Token t = toks.get(k);
            if (english ? !(t.isCapitalized() || ENGLISH_TITLE_GLUE.contains(t.text()))
                : ENGLISH_STOPS.contains(t.text()) && !foreignBetween(toks, k)) {
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
