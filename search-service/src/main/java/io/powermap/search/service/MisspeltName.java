package io.powermap.search.service;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * Every word of a name, each within the edits its length allows (none up to 2 letters, one up to
 * 5, two from 6), worked out against the index it runs on: a word that some name contains as
 * written is taken as written, only the others are looked up with misspellings (Lucene's spell
 * checkers do the same: suggest only for words not in the index). Building the Levenshtein
 * automaton of a long word costs milliseconds; an exact name no longer pays it for every word.
 */
final class MisspeltName extends Query {

    private final String field;
    private final List<String> words;

    MisspeltName(String field, List<String> words) {
        this.field = field;
        this.words = List.copyOf(words);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words) {
            Term term = new Term(field, word);
            int edits = word.length() <= 2 ? 0 : word.length() <= 5 ? 1 : 2;
            Query each = edits == 0 || reader.docFreq(term) > 0 ? new TermQuery(term)
                : new FuzzyQuery(term, edits, 1, 50, true);
            all.add(each, Occur.MUST);
        }
        return all.build();
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String defaultField) {
        return "misspelt(" + field + ":" + String.join(" ", words) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && field.equals(((MisspeltName) other).field) && words.equals(((MisspeltName) other).words);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), field, words);
    }
}
