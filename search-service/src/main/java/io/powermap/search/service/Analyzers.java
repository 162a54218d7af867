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
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.search.suggest.document.CompletionAnalyzer;

/**
 * The analyzers of the index, all from Lucene's own parts. Text fields are folded to ASCII
 * ("Müller" is "muller") and stemmed the English way ("immigration" and "immigrant" are both
 * "immigr"); name words are folded but not stemmed, so prefixes and misspellings compare with what
 * was written.
 */
final class Analyzers {

    private Analyzers() {
    }

    /** Standard tokens, possessives dropped, lower case, ASCII folding, English stop words, Porter stems. */
    static Analyzer text() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                return new TokenStreamComponents(source, new PorterStemFilter(stream));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

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

    /** Text analysis for every field but the name words and suggestions, which keep words as written. */
    static Analyzer perField() {
        Analyzer words = words();
        return new PerFieldAnalyzerWrapper(text(), Map.of(IndexFields.NAME_WORDS, words,
            IndexFields.SUGGEST, new CompletionAnalyzer(words())));
    }
}
