package io.powermap.search.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Evidence sentences as the text analyzer tokenises them, kept for the next rebuild. An entity's
 * document is rebuilt whenever a tie of it changes, and its sentences are mostly the ones it had
 * before; analysing them again was half of a rebuild's CPU. A sentence's tokens (term, position
 * increment, offsets, and what the stream's end reports) are replayed as the analyzer gave them, so
 * postings, norms, phrases and highlight offsets are those of analysing the text. Holds up to
 * {@code capacity} sentences, the most recently used (about 1.5 KB each). Not thread-safe: the
 * index's writer lock guards it.
 */
final class SentenceTokens {

    /** Tokens of one sentence: their terms one after another in {@code chars}. */
    private record Analysed(char[] chars, int[] lengths, int[] increments, int[] starts, int[] ends,
                            int finalIncrement, int finalOffset) {
    }

    private final Analyzer analyzer;
    private final String field;
    private final Map<String, Analysed> cache;

    SentenceTokens(Analyzer analyzer, String field, int capacity) {
        this.analyzer = analyzer;
        this.field = field;
        this.cache = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Analysed> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The sentence's tokens as a stream for one field value (consumed once). */
    TokenStream of(String sentence) {
        Analysed analysed = cache.get(sentence);
        if (analysed == null) {
            analysed = analyse(sentence);
            cache.put(sentence, analysed);
        }
        return new Replay(analysed);
    }

    private Analysed analyse(String sentence) {
        int n = 0;
        char[] chars = new char[Math.max(16, sentence.length() * 2)];
        int used = 0;
        int[] lengths = new int[32];
        int[] increments = new int[32];
        int[] starts = new int[32];
        int[] ends = new int[32];
        try (TokenStream stream = analyzer.tokenStream(field, sentence)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (n == lengths.length) {
                    lengths = Arrays.copyOf(lengths, n * 2);
                    increments = Arrays.copyOf(increments, n * 2);
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                if (used + term.length() > chars.length) {
                    chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + term.length()));
                }
                System.arraycopy(term.buffer(), 0, chars, used, term.length());
                used += term.length();
                lengths[n] = term.length();
                increments[n] = increment.getPositionIncrement();
                starts[n] = offset.startOffset();
                ends[n] = offset.endOffset();
                n++;
            }
            stream.end();
            return new Analysed(Arrays.copyOf(chars, used), Arrays.copyOf(lengths, n), Arrays.copyOf(increments, n),
                Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), increment.getPositionIncrement(), offset.endOffset());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a sentence", e); // a string reader does not fail
        }
    }

    private static final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final Analysed tokens;
        private int next;
        private int charAt;

        Replay(Analysed tokens) {
            this.tokens = tokens;
        }

        @Override
        public boolean incrementToken() {
            if (next == tokens.lengths().length) {
                return false;
            }
            clearAttributes();
            int length = tokens.lengths()[next];
            term.copyBuffer(tokens.chars(), charAt, length);
            charAt += length;
            increment.setPositionIncrement(tokens.increments()[next]);
            offset.setOffset(tokens.starts()[next], tokens.ends()[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            increment.setPositionIncrement(tokens.finalIncrement());
            offset.setOffset(tokens.finalOffset(), tokens.finalOffset());
        }

        @Override
        public void reset() {
            next = 0;
            charAt = 0;
        }
    }
}
