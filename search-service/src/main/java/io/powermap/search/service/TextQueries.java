package io.powermap.search.service;

import static io.powermap.search.service.IndexFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.Response.Status;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher.TooManyClauses;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import io.powermap.contract.NameKeys;
import io.powermap.contract.problem.ProblemException;

/**
 * What a query text means. The text goes through Lucene's classic query parser over the catch-all
 * text of names, aliases, descriptions and evidence (BM25, every word required unless OR is written;
 * phrases in quotes; field:, wildcards and ~ as Lucene has them); its words found in names and
 * aliases rank an entity higher. A text of plain words also matches names as a whole (exactly,
 * ranked first, or as a prefix) and word by word with misspellings allowed by length: none up to 2
 * letters, one up to 5, two from 6, for the words no name contains as written.
 */
final class TextQueries {

    /**
     * One postings list a word over the catch-all text instead of four (one a field), whose conjunction
     * of disjunctions was most of a query's CPU; names and aliases weigh as they did beside the sentences.
     */
    private static final float TEXT_BOOST = 0.5f;
    private static final Map<String, Float> NAME_BOOSTS = Map.of(NAME, 4f, ALIAS, 3f);
    /** The fields snippets are shown for, in their order; the name is not among them. */
    static final List<String> HIGHLIGHTED = List.of(ALIAS, DESCRIPTION, EVIDENCE);
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}\\s'\u2019.,&-]+");

    private final Analyzer analyzer;
    private final Analyzer words = Analyzers.words();

    TextQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * {@code query} finds and ranks. {@code highlight} is the text parsed over the catch-all text with its
     * words as alternatives (null if there is nothing to mark): the highlighter works its query out again
     * for every hit, and with the whole query that meant every clause (and, for a misspelt word, its
     * automaton rebuilt each time). A word of the text found in a value is marked whichever value the
     * other words matched in.
     */
    record Parsed(Query query, Query highlight) {
    }

    Parsed parse(String text) {
        QueryParser parser = new QueryParser(TEXT, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        Query parsed;
        try {
            parsed = new BoostQuery(parser.parse(text), TEXT_BOOST);
            MultiFieldQueryParser names = new MultiFieldQueryParser(NAME_BOOSTS.keySet().toArray(String[]::new), analyzer, NAME_BOOSTS);
            names.setAllowLeadingWildcard(false);
            parsed = new BooleanQuery.Builder().add(parsed, Occur.MUST).add(names.parse(text), Occur.SHOULD).build();
        } catch (ParseException | TooManyClauses | IllegalArgumentException e) {
            // IllegalArgumentException: a /regular expression/ Lucene's RegExp cannot read, such as /[a-"/, which the
            // parser lets through unwrapped; it was a 500 (found by rest/HostileInputFuzzTest)
            throw new ProblemException(Status.BAD_REQUEST, "The query could not be read" + where(e)
                + ". Close quotes and parentheses, put a backslash before a special character "
                + "(+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /), or write the words alone.");
        }
        Query highlight = highlight(text);
        if (!PLAIN.matcher(text).matches()) {
            return new Parsed(parsed, highlight);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(parsed, Occur.SHOULD);
        String key = NameKeys.of(text);
        if (!key.isEmpty()) {
            any.add(new BoostQuery(new TermQuery(new Term(NAME_KEY, key)), 8f), Occur.SHOULD);
            if (key.length() >= 3) {
                any.add(new BoostQuery(new PrefixQuery(new Term(NAME_KEY, key)), 2f), Occur.SHOULD);
            }
        }
        Query misspelt = misspelt(text);
        if (misspelt != null) {
            any.add(new BoostQuery(misspelt, 0.5f), Occur.SHOULD);
        }
        return new Parsed(any.setMinimumNumberShouldMatch(1).build(), highlight);
    }

    private Query highlight(String text) {
        QueryParser parser = new QueryParser(TEXT, analyzer);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(text);
        } catch (ParseException | TooManyClauses | IllegalArgumentException e) {
            return null; // read above with AND; nothing to mark if it fails here
        }
    }

    /** Every word of the name, each within the edits its length allows ({@link MisspeltName}). */
    private Query misspelt(String text) {
        List<String> tokens = tokens(text);
        if (tokens.isEmpty() || tokens.size() > 8) {
            return null;
        }
        return new MisspeltName(NAME_WORDS, tokens);
    }

    private List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = words.tokenStream(NAME_WORDS, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static String where(Exception e) {
        if (e instanceof ParseException parse && parse.currentToken != null && parse.currentToken.next != null) {
            return " near character " + parse.currentToken.next.beginColumn;
        }
        if (e instanceof TooManyClauses) {
            return ": it expands to too many terms";
        }
        return "";
    }
}
