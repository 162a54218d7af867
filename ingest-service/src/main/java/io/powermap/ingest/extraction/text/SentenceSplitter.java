package io.powermap.ingest.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import io.powermap.ingest.extraction.layout.StructuredText;
import io.powermap.ingest.extraction.layout.Block;
import io.powermap.ingest.extraction.layout.BlockKind;
import io.powermap.ingest.extraction.lexicon.Words;
import io.powermap.ingest.extraction.Interrupts;

/**
 * Rule-based sentence boundaries within each block: a full stop, question or exclamation mark,
 * then any closing quotes and footnote markers, then space and an upper-case start. Abbreviations
 * and initials do not end a sentence; a name suffix such as "Jr." does when a capitalised word
 * follows, since names do not go on after it. Linear in the block length.
 */
public final class SentenceSplitter {

    private static final Set<String> NAME_ENDINGS = Words.of("Jr.", "Sr.", "Inc.", "Ltd.", "Co.", "Corp.", "D.C.", "U.S.");
    private static final Set<String> SENTENCE_STARTERS = Words.of("The", "In", "It", "He", "She", "They", "This", "That",
        "Its", "His", "Her", "Their", "A", "An", "On", "At", "By", "For", "After", "Since", "During", "When", "While",
        "But", "And", "As", "We", "There");

    public static final int MAX_SENTENCE = 2000;

    private SentenceSplitter() {
    }

    public static List<Sentence> split(StructuredText doc) {
        String text = doc.text();
        List<Sentence> out = new ArrayList<>();
        List<Block> blocks = doc.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block.kind() == BlockKind.TABLE_ROW) {
                out.add(new Sentence(out.size(), block.start(), block.end(), b, block.kind(), List.of()));
                continue;
            }
            int start = skipSpace(text, block.start(), block.end());
            int i = start;
            int end = block.end();
            while (i < end) {
                if ((i & 4095) == 0) {
                    Interrupts.check();
                }
                char c = text.charAt(i);
                if (i - start >= MAX_SENTENCE && Character.isWhitespace(c)) {
                    // a run-on line without full stops is cut so every later step stays linear
                    add(out, text, start, i, b, block.kind());
                    start = skipSpace(text, i, end);
                    i = start;
                    continue;
                }
                if (c == '.' || c == '!' || c == '?') {
                    int close = i + 1;
                    while (close < end && isCloser(text.charAt(close))) {
                        close++;
                    }
                    close = skipMarkers(text, close, end);
                    if (close >= end) {
                        break;
                    }
                    if (Character.isWhitespace(text.charAt(close))) {
                        int next = skipSpace(text, close, end);
                        int afterMarkers = skipMarkers(text, next, end);
                        if (afterMarkers > next) {
                            close = afterMarkers;
                            next = skipSpace(text, afterMarkers, end);
                        }
                        if (next < end && startsSentence(text, next) && isBoundary(text, start, i, next, end)) {
                            add(out, text, start, close, b, block.kind());
                            start = next;
                            i = next;
                            continue;
                        }
                    }
                    i = close;
                    continue;
                }
                i++;
            }
            if (start < end) {
                add(out, text, start, end, b, block.kind());
            }
        }
        return out;
    }

    private static void add(List<Sentence> out, String text, int start, int end, int block, BlockKind kind) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= start) {
            return;
        }
        List<String> labels = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (text.charAt(i) != '[') {
                continue;
            }
            int j = i + 1;
            while (j < end && j - i <= 4 && Character.isDigit(text.charAt(j))) {
                j++;
            }
            if (j > i + 1 && j < end && text.charAt(j) == ']') {
                labels.add(text.substring(i + 1, j));
            }
        }
        out.add(new Sentence(out.size(), start, end, block, kind, List.copyOf(labels)));
    }

    private static boolean isBoundary(String text, int sentenceStart, int dot, int next, int end) {
        if (text.charAt(dot) != '.') {
            return true;
        }
        int w = dot;
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        String word = text.substring(w, dot + 1);
        String bare = word.substring(0, word.length() - 1);
        if (NAME_ENDINGS.contains(word)) {
            String nextWord = wordAt(text, next, end);
            if (word.equals("Jr.") || word.equals("Sr.")) {
                // "Tomas Weil Jr. Brandt had": a new sentence; "James Byrd Jr. Hate Crimes Act": a name goes on
                int after = next + nextWord.length();
                while (after < end && text.charAt(after) == ' ') {
                    after++;
                }
                boolean nameGoesOn = after < end && Character.isUpperCase(text.charAt(after));
                return !nextWord.isEmpty() && Character.isUpperCase(nextWord.charAt(0)) && !nameGoesOn;
            }
            return SENTENCE_STARTERS.contains(nextWord);
        }
        if (bare.length() == 1 && Character.isUpperCase(bare.charAt(0))) {
            return false;
        }
        if (bare.length() == 1 && Character.isLowerCase(bare.charAt(0))) {
            // a legal form of one-letter abbreviations, "z. s.", "a. s.": a sentence seldom ends on one letter
            return SENTENCE_STARTERS.contains(wordAt(text, next, end));
        }
        if (bare.indexOf('.') > 0 && bare.length() <= 6) {
            return SENTENCE_STARTERS.contains(wordAt(text, next, end));
        }
        return !Tokenizer.ABBREVIATIONS.contains(bare);
    }

    private static String wordAt(String text, int i, int end) {
        int j = i;
        while (j < end && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return text.substring(i, j);
    }

    private static boolean startsSentence(String text, int i) {
        char c = text.charAt(i);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '(' || c == '['
            || c == '\'' || c == '$';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201D' || c == '\'' || c == ')' || c == '\u2019';
    }

    private static int skipMarkers(String text, int i, int end) {
        while (i < end && text.charAt(i) == '[') {
            int j = i + 1;
            while (j < end && j - i <= 4 && Character.isDigit(text.charAt(j))) {
                j++;
            }
            if (j > i + 1 && j < end && text.charAt(j) == ']') {
                i = j + 1;
            } else {
                break;
            }
        }
        return i;
    }

    private static int skipSpace(String text, int i, int end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
