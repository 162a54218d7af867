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
    /** A word after a sentence's end: the punctuation, closing quotes or brackets, space, then the word. */
    private static final Pattern OPENING = Pattern.compile("([\\p{L}.]*)[.!?][\"\u201D\u2019')]*\\s+[\"\u201C\u2018']?(\\p{L}+)");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private StylisedNames() {
    }

    /**
     * The document with its stylised names capitalised in {@code text}, or the same document when
     * it has none. Titles, blocks and offsets are kept.
     */
    public static StructuredText readable(StructuredText doc) {
        Set<String> names = find(doc);
        if (names.isEmpty()) {
            return doc;
        }
        StringBuilder b = new StringBuilder(doc.text());
        Matcher m = WORD.matcher(doc.text());
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
        Map<String, Integer> lower = new HashMap<>();
        Set<String> capitalised = new HashSet<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            String word = w.group();
            if (Character.isUpperCase(word.charAt(0))) {
                capitalised.add(word.toLowerCase(java.util.Locale.ROOT));
            } else {
                lower.merge(word, 1, Integer::sum);
                if (innerCapital(word)) {
                    found.add(word);
                }
            }
        }
        int openings = 0;
        Set<String> openers = new HashSet<>();
        Matcher m = OPENING.matcher(text);
        while (m.find()) {
            String before = m.group(1);
            if (Tokenizer.ABBREVIATIONS.contains(before) || before.length() <= 1 || before.indexOf('.') >= 0) {
                continue; // "Dr. ", "U.S. officials", "p. 4": not a sentence's end
            }
            openings++;
            String word = m.group(2);
            if (!Character.isUpperCase(word.charAt(0))) {
                openers.add(word);
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
        if (openings >= MIN_OPENINGS && openers.size() <= Math.max(2, (1 - WELL_CASED) * openings)) {
            for (String word : openers) {
                if (word.length() >= 3 && lower.getOrDefault(word, 0) >= 2 && !capitalised.contains(word)
                    && !FUNCTION_WORDS.contains(word) && !Cues.isCueLexicon(word)) {
                    found.add(word);
                }
            }
        }
        return found;
    }

    /** "eBay", "ePaństwo": a capital after a lower-case start, followed by lower case again. */
    private static boolean innerCapital(String w) {
        if (w.length() < 4) {
            return false;
        }
        for (int i = 1; i + 1 < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i + 1)) && Character.isLowerCase(w.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }
}
