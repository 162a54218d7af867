package io.powermap.ingest.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import io.powermap.ingest.extraction.lexicon.Words;

/**
 * Splits a sentence into words, numbers and punctuation in one linear pass. Dotted abbreviations
 * ("U.S.", "W.K.", "Jr.") stay whole, a possessive "'s" becomes a token of its own so that
 * "Ohio's HB 12" yields two names.
 */
public final class Tokenizer {

    public static final Set<String> ABBREVIATIONS = Words.union(Words.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Sen", "Rep", "Gov", "Lt",
        "Gen", "Col", "Capt", "Sgt", "St", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "No", "Nos", "Hon", "Mt", "Ft", "vs",
        "etc", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Assn", "Dept", "Univ", "approx"),
        dottedTitles());

    private Tokenizer() {
    }

    /**
     * Every honorific the title list writes with a full stop ("Ir.", "Sra.") is an abbreviation too: its stop
     * neither ends the sentence nor leaves the title a word of its own before the name it introduces.
     */
    private static Set<String> dottedTitles() {
        Set<String> out = new java.util.HashSet<>();
        for (String t : Words.load("person-titles.txt")) {
            if (t.length() > 1 && t.endsWith(".") && t.indexOf('.') == t.length() - 1) {
                out.add(t.substring(0, t.length() - 1));
            }
        }
        return out;
    }

    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isLetter(c)) {
                int start = i;
                int segStart = i;
                boolean dotted = false;
                while (true) {
                    while (i < to && (wordChar(text.charAt(i)) || isJoiner(text, i, to))) {
                        i++;
                    }
                    if (i + 1 < to && text.charAt(i) == '.' && Character.isLetter(text.charAt(i + 1)) && i - segStart <= 2
                        && Character.isUpperCase(text.charAt(segStart))) {
                        i++;
                        segStart = i;
                        dotted = true;
                        continue;
                    }
                    break;
                }
                int domain = webSuffixEnd(text, i, to);
                if (domain > i) {
                    i = domain; // "Harborvoice.org": a web address is one word
                }
                if (i < to && text.charAt(i) == '.') {
                    String word = text.substring(start, i);
                    boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
                    if (dotted || initial || ABBREVIATIONS.contains(word)) {
                        i++;
                    }
                }
                int end = i;
                if (end - start > 2 && text.charAt(end - 2) == '\'' && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
                    out.add(new Token(start, end - 2, text.substring(start, end - 2)));
                    out.add(new Token(end - 2, end, "'s"));
                } else if (end - start > 1 && text.charAt(end - 1) == '\'') {
                    out.add(new Token(start, end - 1, text.substring(start, end - 1)));
                    out.add(new Token(end - 1, end, "'s"));
                } else {
                    out.add(new Token(start, end, text.substring(start, end)));
                }
                continue;
            }
            if (Character.isDigit(c)) {
                int start = i;
                while (i < to && (Character.isDigit(text.charAt(i))
                    || ((text.charAt(i) == ',' || text.charAt(i) == '.') && i + 1 < to && Character.isDigit(text.charAt(i + 1))))) {
                    i++;
                }
                while (i < to && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                out.add(new Token(start, i, text.substring(start, i)));
                continue;
            }
            if (c == '\'' && i + 1 < to && (text.charAt(i + 1) == 's') && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2)))
                && !out.isEmpty()) {
                out.add(new Token(i, i + 2, "'s"));
                i += 2;
                continue;
            }
            if (c == '\'' && !out.isEmpty() && out.get(out.size() - 1).end() == i && out.get(out.size() - 1).lower().endsWith("s")
                && (i + 1 >= to || !Character.isLetter(text.charAt(i + 1)))) {
                out.add(new Token(i, i + 1, "'s")); // the plural possessive of "Farmers' Alliance"
                i++;
                continue;
            }
            out.add(new Token(i, i + 1, String.valueOf(c)));
            i++;
        }
        return out;
    }

    /** Top-level domains that end a web address written as a name ("Maldita.es", "Harborvoice.org"). */
    public static final java.util.Set<String> WEB_SUFFIXES = java.util.Set.of("org", "com", "net", "io", "eu", "uk", "de",
        "fr", "ca", "au", "es", "it", "pl", "nl", "be", "ch", "at", "se", "dk", "fi", "pt", "br", "mx", "ar", "cl", "za", "ng",
        "ke", "ph", "jp", "hu", "cz", "ie", "nz", "info", "ngo", "press", "africa");

    /** Whether {@code name} is one word ending in a web suffix after a letter: "Maldita.es", "Harborvoice.org". */
    public static boolean isWebAddress(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && name.indexOf(' ') < 0 && Character.isLetter(name.charAt(dot - 1))
            && WEB_SUFFIXES.contains(name.substring(dot + 1));
    }

    /** The end of ".org" and the like at {@code i}, or {@code i} when no web suffix is there. */
    private static int webSuffixEnd(String text, int i, int to) {
        if (i >= to || text.charAt(i) != '.') {
            return i;
        }
        int k = i + 1;
        while (k < to && k <= i + 4 && text.charAt(k) >= 'a' && text.charAt(k) <= 'z') {
            k++;
        }
        boolean ends = k >= to || !Character.isLetterOrDigit(text.charAt(k));
        return ends && WEB_SUFFIXES.contains(text.substring(i + 1, k)) ? k : i;
    }

    /** A letter, a digit, or a combining accent ("Adébáyọ̀" keeps its tone marks inside the word). */
    private static boolean wordChar(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isJoiner(String text, int i, int to) {
        char c = text.charAt(i);
        if ((c == '-' || c == '\'' || c == '\u2011') && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1)) && i > 0
            && wordChar(text.charAt(i - 1))) {
            // keep "Morel-Quist" and "O'Brien", but leave a possessive for the caller to split
            return !(c == '\'' && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2))));
        }
        return false;
    }
}
