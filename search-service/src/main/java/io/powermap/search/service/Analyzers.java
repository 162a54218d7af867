package io.powermap.search.service;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.search.suggest.document.CompletionAnalyzer;

/**
 * The analyzers of the index, all from Lucene's own parts. Text fields are folded to ASCII
 * ("Müller" is "muller") and stemmed the English way ("immigration" and "immigrant" are both
 * "immigr"); name words are folded but not stemmed, so prefixes and misspellings compare with what
 * was written. The index keeps each text word as written beside its stem (same position and
 * offsets): a prefix such as "dredgi*" must find "dredging", whose stem "dredg" is shorter than it.
 */
final class Analyzers {

    private Analyzers() {
    }

    /**
     * Standard tokens, possessives dropped, lower case, ASCII folding, English stop words, Porter
     * stems; with {@code keepWords} (indexing), each word also as written, at the stem's position.
     */
    static Analyzer text(boolean keepWords) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                if (!keepWords) {
                    return new TokenStreamComponents(source, new PorterStemFilter(stream));
                }
                stream = new PorterStemFilter(new KeywordRepeatFilter(stream));
                return new TokenStreamComponents(source, new RemoveDuplicatesTokenFilter(stream));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }

            /** A phrase does not run from one value into the next (a name into an alias, one sentence into another). */
            @Override
            public int getPositionIncrementGap(String fieldName) {
                return VALUE_POSITION_GAP;
            }
        };
    }

    static final int VALUE_POSITION_GAP = 100;

    /** Standard tokens, lower case, ASCII folding: words as written, for prefixes, misspellings and suggestions. */
    static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /**
     * Text analysis for every field but the name words and suggestions, which keep words as written;
     * {@code indexing} adds the words as written to the text fields ({@link #text(boolean)}).
     */
    static Analyzer perField(boolean indexing) {
        Analyzer words = words();
        return new PerFieldAnalyzerWrapper(text(indexing), Map.of(IndexFields.NAME_WORDS, words,
            IndexFields.SUGGEST, new CompletionAnalyzer(words())));
    }
}
