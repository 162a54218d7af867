package io.powermap.search.service;

import static io.powermap.search.service.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import io.powermap.search.domain.SearchPage.Snippet;

/**
 * Snippets of the hits of one page, and what each hit shows. Lucene's unified highlighter marks the
 * catch-all text once a hit (its offsets read from the postings), over the name, aliases,
 * descriptions and sentences joined as they were indexed ({@link HitValues}); each value is a
 * passage, and {@link HitValues#snippets} picks the best of each shown field.
 */
final class Snippets {

    /** Every passage with a match is kept for the choice per field (an entity has at most a few hundred values). */
    private static final int ALL_PASSAGES = 100_000;
    /** Every passage is kept ({@link #ALL_PASSAGES}); the choice per field scores them. */
    private static final PassageScorer UNSCORED = new PassageScorer() {
        @Override
        public float score(Passage passage, int contentLength) {
            return 1f;
        }
    };

    private Snippets() {
    }

    /** What a hit shows, with its snippets (none for a page without query text). */
    record Shown(HitValues values, List<Snippet> snippets) {
    }

    /** @param highlight the query text over the catch-all field, rewritten; null: no snippets */
    static Shown[] of(IndexSearcher searcher, Analyzer analyzer, Query highlight, int[] docIds) throws IOException {
        Shown[] shown = new Shown[docIds.length];
        if (highlight == null || docIds.length == 0) {
            for (int i = 0; i < docIds.length; i++) {
                shown[i] = new Shown(HitValues.read(searcher.getIndexReader(), docIds[i]), List.of());
            }
            return shown;
        }
        Map<Integer, HitValues> loaded = new HashMap<>();
        Highlighter highlighter = new Highlighter(loaded, UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new Found())
            .withScorer(UNSCORED)
            // each value (the name, an alias, an attribute, a tie's sentence) is a passage: no sentence scanning
            .withBreakIterator(() -> new CustomSeparatorBreakIterator(HitValues.VALUE_SEPARATOR))
            .withMaxLength(Integer.MAX_VALUE - 1)
            .withMaxNoHighlightPassages(0));
        Object[] found = highlighter.passages(highlight, docIds);
        for (int i = 0; i < docIds.length; i++) {
            HitValues values = loaded.get(docIds[i]);
            if (values == null) {
                values = HitValues.read(searcher.getIndexReader(), docIds[i]);
            }
            shown[i] = new Shown(values, values.snippets(found[i] instanceof Passage[] passages ? passages : new Passage[0]));
        }
        return shown;
    }

    /** Hands the highlighter's passages over as they are; {@link HitValues#snippets} picks and formats. */
    private static final class Found extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            return passages;
        }
    }

    /**
     * The unified highlighter over the catch-all text, its values read from {@link HitValues} (the text
     * is not stored), keeping each hit's values.
     */
    private static final class Highlighter extends UnifiedHighlighter {
        private final Map<Integer, HitValues> loaded;

        Highlighter(Map<Integer, HitValues> loaded, UnifiedHighlighter.Builder builder) {
            super(builder);
            this.loaded = loaded;
        }

        Object[] passages(Query highlight, int[] docIds) throws IOException {
            return highlightFieldsAsObjects(new String[] {TEXT}, highlight, docIds, new int[] {ALL_PASSAGES}).get(TEXT);
        }

        /**
         * Offsets from the postings even when the query holds a prefix or a misspelt word: Lucene falls
         * back to analysing the stored text again (up to 20,000 characters a hit) for those, which its
         * weight matches, read from the postings, do not need.
         */
        @Override
        protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
            OffsetSource source = super.getOptimizedOffsetSource(components);
            return source == OffsetSource.ANALYSIS && getFlags(components.getField()).contains(HighlightFlag.WEIGHT_MATCHES)
                && getOffsetSource(components.getField()) == OffsetSource.POSTINGS ? OffsetSource.POSTINGS : source;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            long chars = 0;
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                HitValues hit = HitValues.read(searcher.getIndexReader(), doc);
                loaded.put(doc, hit);
                values.add(new CharSequence[] {hit.text});
                chars += hit.text.length();
                if (cacheCharsThreshold == 0 || chars > cacheCharsThreshold) {
                    break; // as Lucene's own: the highlighter asks again for the rest
                }
            }
            return values;
        }
    }
}
