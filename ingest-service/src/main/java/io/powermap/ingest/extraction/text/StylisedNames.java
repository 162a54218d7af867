package io.powermap.ingest.extraction.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.powermap.ingest.extraction.layout.Block;
import io.powermap.ingest.extraction.layout.BlockKind;
import io.powermap.ingest.extraction.layout.StructuredText;
import io.powermap.ingest.extraction.lexicon.Words;
import io.powermap.ingest.extraction.relations.Cues;

/**
 * Names their owners write in lower case ("foodwatch", "eBay", "ePaństwo") carry none of the
 * capitals that sentence splitting and name chunking go by. A word is taken for such a name when
 * its shape says so (a capital inside a lower-case word: "eBay"), or when it opens a sentence in
 * lower case in an otherwise well-cased document, recurs, and is never written capitalised. The
 * text is then read with that word capitalised (same length, so every offset holds) and tokens
 * still show it as written.
 */
public final class StylisedNames {

    private static final Set<String> FUNCTION_WORDS = Words.of("the", "a", "an", "and", "or", "but", "if", "so", "as",
        "in", "on", "at", "by", "for", "of", "to", "with", "from", "it", "its", "this", "that", "these", "those", "there",
        "here", "we", "they", "he", "she", "you", "our", "their", "his", "her", "also", "then", "when", "while", "after",
        "before", "since", "until", "not", "no", "yes", "via", "per", "see", "etc");
    /** Below this share of capitalised sentence openers the text is not edited prose, and lower case says nothing. */
    private static final double WELL_CASED = 0.85;
    private static final int MIN_OPENINGS = 5;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** An Arabic article in lower case joined by a hyphen to a capitalised word: "al-", "el-", "ash-" (assimilated forms too). */
    private static final Pattern JOINED_ARTICLE = Pattern.compile("(?<![\\p{L}\\p{N}'\u2019-])(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)-(?=\\p{Lu}\\p{Ll})");

    private StylisedNames() {
    }

    /**
     * The document with its stylised names capitalised in {@code text}, or the same document when
     * it has none. Titles, blocks and offsets are kept.
     */
    public static StructuredText readable(StructuredText doc) {
        Set<String> names = find(doc);
        Matcher article = JOINED_ARTICLE.matcher(doc.text());
        boolean articles = article.find();
        if (names.isEmpty() && !articles) {
            return doc;
        }
        StringBuilder b = new StringBuilder(doc.text());
        // "Nadira al-Zahrawi", "Majlis al-Watani": an Arabic article joined to a capitalised word is inside the name
        for (boolean more = articles; more; more = article.find()) {
            b.setCharAt(article.start(), Character.toUpperCase(b.charAt(article.start())));
        }
        Matcher m = WORD.matcher(names.isEmpty() ? "" : doc.text());
        while (m.find()) {
            String w = m.group();
            if (Character.isLowerCase(w.charAt(0)) && names.contains(w)) {
                char upper = Character.toUpperCase(w.charAt(0));
                if (Character.charCount(upper) == 1) {
                    b.setCharAt(m.start(), upper);
                }
            }
        }
        return new StructuredText(b.toString(), doc.title(), doc.copyright(), doc.blocks(), doc.footnotes(),
            doc.tableHeaders(), doc.siteName());
    }

    /** Tokens of the readable text shown as the original text writes them. */
    public static List<Token> asWritten(List<Token> tokens, String original) {
        List<Token> out = null;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.end() <= original.length() && !original.regionMatches(t.start(), t.text(), 0, t.text().length())) {
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                out.set(k, new Token(t.start(), t.end(), t.text(), original.substring(t.start(), t.end())));
            }
        }
        return out == null ? tokens : out;
    }

    static Set<String> find(StructuredText doc) {
        String text = doc.text();
        Set<String> found = new HashSet<>();
        innerCapitals(text, found);
        int openings = 0;
        Set<String> openers = new HashSet<>();
        for (Opening o : openings(text)) {
            if (Tokenizer.ABBREVIATIONS.contains(o.before()) || o.before().length() <= 1 || o.before().indexOf('.') >= 0) {
                continue; // "Dr. ", "U.S. officials", "p. 4": not a sentence's end
            }
            openings++;
            if (!Character.isUpperCase(o.word().charAt(0))) {
                openers.add(o.word());
            }
        }
        Matcher first = WORD.matcher(text);
        for (Block block : doc.blocks()) {
            if (block.kind() == BlockKind.PARAGRAPH || block.kind() == BlockKind.TITLE || block.kind() == BlockKind.HEADING) {
                first.region(block.start(), block.end());
                if (first.lookingAt() || first.find() && first.start() - block.start() <= 2) {
                    openings++;
                    if (!Character.isUpperCase(first.group().charAt(0))) {
                        openers.add(first.group());
                    }
                }
            }
        }
        // one name opening many sentences does not make the text sloppy; many different lower-case openers do
        if (openers.isEmpty() || openings < MIN_OPENINGS || openers.size() > Math.max(2, (1 - WELL_CASED) * openings)) {
            return found;
        }
        Map<String, Integer> lower = new HashMap<>();
        Set<String> capitalised = new HashSet<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            String word = w.group();
            if (Character.isUpperCase(word.charAt(0))) {
                capitalised.add(word.toLowerCase(java.util.Locale.ROOT));
            } else {
                lower.merge(word, 1, Integer::sum);
            }
        }
        for (String word : openers) {
            if (word.length() >= 3 && lower.getOrDefault(word, 0) >= 2 && !capitalised.contains(word)
                && !FUNCTION_WORDS.contains(word) && !Cues.isCueLexicon(word)) {
                found.add(word);
            }
        }
        return found;
    }

    /** A word after a sentence's end, and the letters and dots just before that end ("Dr", "U.S", "said"). */
    record Opening(String before, String word) {
    }

    /**
     * Every word after a sentence's end: the punctuation, closing quotes or brackets, space, then the
     * word. One pass over the text, in the order and with the groups of {@code ([\p{L}.]*)[.!?]["”’')]*\s+["“‘']?(\p{L}+)}
     * found left to right (the pattern it replaced, which backtracked through every word; a test holds the two equal).
     */
    static List<Opening> openings(String text) {
        List<Opening> out = new ArrayList<>();
        int n = text.length();
        int pos = 0;
        int[] dots = new int[16];
        while (pos < n) {
            int c = text.codePointAt(pos);
            if (!isLetter(c) && c != '.') {
                int end = c == '!' || c == '?' ? wordAfter(text, pos + 1) : -1;
                if (end >= 0) {
                    out.add(new Opening("", text.substring(afterGap(text, pos + 1), end)));
                    pos = end;
                } else {
                    pos += Character.charCount(c);
                }
                continue;
            }
            // a run of letters and dots; the sentence's end is its last dot, or a '!' or '?' right after it,
            // whichever is latest with a word after it
            int run = pos;
            int count = 0;
            while (run < n) {
                int r = text.codePointAt(run);
                if (!isLetter(r) && r != '.') {
                    break;
                }
                if (r == '.') {
                    if (count == dots.length) {
                        dots = java.util.Arrays.copyOf(dots, count * 2);
                    }
                    dots[count++] = run;
                }
                run += Character.charCount(r);
            }
            int matched = -1;
            int at = -1;
            if (run < n && (text.charAt(run) == '!' || text.charAt(run) == '?')) {
                matched = wordAfter(text, run + 1);
                at = run;
            }
            for (int d = count - 1; matched < 0 && d >= 0; d--) {
                matched = wordAfter(text, dots[d] + 1);
                at = dots[d];
            }
            if (matched >= 0) {
                out.add(new Opening(text.substring(pos, at), text.substring(afterGap(text, at + 1), matched)));
                pos = matched;
            } else {
                pos = run;
            }
        }
        return out;
    }

    /** Where the word after a sentence's end at {@code from} (closing marks, space, an opening quote) ends, or -1. */
    private static int wordAfter(String text, int from) {
        int k = closingMarks(text, from);
        int spaces = k;
        while (k < text.length() && isSpace(text.charAt(k))) {
            k++;
        }
        if (k == spaces) {
            return -1;
        }
        if (k < text.length() && isOpeningQuote(text.charAt(k)) && k + 1 < text.length() && isLetter(text.codePointAt(k + 1))) {
            k++;
        }
        int start = k;
        while (k < text.length() && isLetter(text.codePointAt(k))) {
            k += Character.charCount(text.codePointAt(k));
        }
        return k > start ? k : -1;
    }

    /** Where the word after a sentence's end at {@code from} starts (its end is {@link #wordAfter}). */
    private static int afterGap(String text, int from) {
        int k = closingMarks(text, from);
        while (isSpace(text.charAt(k))) {
            k++;
        }
        return isOpeningQuote(text.charAt(k)) && isLetter(text.codePointAt(k + 1)) ? k + 1 : k;
    }

    private static int closingMarks(String text, int k) {
        while (k < text.length() && "\"\u201D\u2019')".indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        return k;
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u2018' || c == '\'';
    }

    /** {@code \\s} as the pattern read it: ASCII white space only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isLetter(int codePoint) {
        return Character.isLetter(codePoint);
    }

    /** Lower-case words with a capital inside ("eBay"), added to {@code found}; one pass, no string per word. */
    private static void innerCapitals(String text, Set<String> found) {
        int n = text.length();
        int k = 0;
        while (k < n) {
            int c = text.codePointAt(k);
            if (!isLetter(c)) {
                k += Character.charCount(c);
                continue;
            }
            int start = k;
            while (k < n && isLetter(text.codePointAt(k))) {
                k += Character.charCount(text.codePointAt(k));
            }
            if (!Character.isUpperCase(c) && k - start >= 4 && innerCapital(text, start, k)) {
                found.add(text.substring(start, k));
            }
        }
    }

    /** "eBay", "ePaństwo": a capital after a lower-case start, followed by lower case again. */
    private static boolean innerCapital(String text, int from, int to) {
        for (int i = from + 1; i + 1 < to; i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i + 1)) && Character.isLowerCase(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }
}
