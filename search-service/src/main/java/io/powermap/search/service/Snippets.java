package io.powermap.search.service;

import static io.powermap.search.service.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

import io.powermap.search.domain.SearchPage.Part;
import io.powermap.search.domain.SearchPage.Snippet;

/**
 * Snippets of the hits of one page, and what each hit shows, from one visit of its stored fields.
 * Lucene's unified highlighter marks the catch-all text once a hit (its offsets read from the
 * postings), over the stored name, aliases, descriptions and sentences joined as they were indexed;
 * each value is a passage. The best passage of each shown field (aliases, descriptions, sentences)
 * is then picked as the highlighter did when each field was highlighted apart: by the distinct
 * query words it holds, earlier first; a field with values and no match shows its first value.
 */
final class Snippets {

    /** What the unified highlighter puts between the values of a field, and the index between values of the catch-all text. */
    static final char VALUE_SEPARATOR = '\u0000';
    private static final List<String> SHOWN = TextQueries.HIGHLIGHTED;
    /** Stored text fields in the order they are stored and indexed in the catch-all text. */
    private static final List<String> STORED_TEXT = List.of(NAME, ALIAS, DESCRIPTION, EVIDENCE);
    /** Every passage with a match is kept for the choice per field (an entity has at most a few hundred values). */
    private static final int ALL_PASSAGES = 100_000;
    private static final PassageScorer NORMS = new PassageScorer();
    /** Every passage is kept ({@link #ALL_PASSAGES}); the choice per field scores them ({@link HitFields#score}). */
    private static final PassageScorer UNSCORED = new PassageScorer() {
        @Override
        public float score(Passage passage, int contentLength) {
            return 1f;
        }
    };
    private static final SnippetFormatter FORMATTER = new SnippetFormatter();

    private Snippets() {
    }

    /** What a hit shows, with its snippets (none for a page without query text). */
    record Shown(HitFields fields, List<Snippet> snippets) {
    }

    /** @param highlight the query text over the catch-all field, rewritten; null: no snippets */
    static Shown[] of(IndexSearcher searcher, Analyzer analyzer, Query highlight, int[] docIds) throws IOException {
        Shown[] shown = new Shown[docIds.length];
        StoredFields stored = searcher.storedFields();
        if (highlight == null || docIds.length == 0) {
            for (int i = 0; i < docIds.length; i++) {
                HitFields fields = new HitFields(false);
                stored.document(docIds[i], fields);
                shown[i] = new Shown(fields, List.of());
            }
            return shown;
        }
        Map<Integer, HitFields> loaded = new HashMap<>();
        Highlighter highlighter = new Highlighter(loaded, UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new Found())
            .withScorer(UNSCORED)
            // each value (the name, an alias, an attribute, a tie's sentence) is a passage: no sentence scanning
            .withBreakIterator(() -> new CustomSeparatorBreakIterator(VALUE_SEPARATOR))
            .withMaxLength(Integer.MAX_VALUE - 1)
            .withMaxNoHighlightPassages(0));
        Object[] found = highlighter.passages(highlight, docIds);
        for (int i = 0; i < docIds.length; i++) {
            HitFields fields = loaded.get(docIds[i]);
            if (fields == null) { // not visited by the highlighter: no text at all
                fields = new HitFields(false);
                stored.document(docIds[i], fields);
            }
            shown[i] = new Shown(fields, fields.snippets(found[i] instanceof Passage[] passages ? passages : new Passage[0]));
        }
        return shown;
    }

    /** Hands the highlighter's passages over as they are; {@link HitFields#snippets} picks and formats. */
    private static final class Found extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            return passages;
        }
    }

    /**
     * The unified highlighter over the catch-all text, its values loaded from the stored fields (it is
     * not stored itself), keeping each hit's {@link HitFields}.
     */
    private static final class Highlighter extends UnifiedHighlighter {
        private final Map<Integer, HitFields> loaded;

        Highlighter(Map<Integer, HitFields> loaded, UnifiedHighlighter.Builder builder) {
            super(builder);
            this.loaded = loaded;
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

        Object[] passages(Query highlight, int[] docIds) throws IOException {
            return highlightFieldsAsObjects(new String[] {TEXT}, highlight, docIds, new int[] {ALL_PASSAGES}).get(TEXT);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            long chars = 0;
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                HitFields visitor = new HitFields(true);
                stored.document(doc, visitor);
                loaded.put(doc, visitor);
                String text = visitor.text.toString();
                values.add(new CharSequence[] {text});
                chars += text.length();
                if (cacheCharsThreshold == 0 || chars > cacheCharsThreshold) {
                    break; // as Lucene's own: the highlighter asks again for the rest
                }
            }
            return values;
        }
    }

    /**
     * What a hit shows (its JSON and connections) and, on the same visit of its stored fields, its text
     * values joined as the catch-all field indexed them: the stored values of an entity sit in one
     * compressed block with up to 20,000 characters of sentences, decompressed once.
     */
    static final class HitFields extends StoredFieldVisitor {
        String json;
        int connections;
        private final boolean withText;
        private final StringBuilder text = new StringBuilder();
        /** Per stored text field: where its first value starts in {@link #text} and ends, -1 if it has none. */
        private final int[] starts = {-1, -1, -1, -1};
        private final int[] firstEnds = new int[4];

        HitFields(boolean withText) {
            this.withText = withText;
        }

        @Override
        public Status needsField(FieldInfo field) {
            return field.name.equals(JSON) || field.name.equals(CONNECTIONS)
                || withText && STORED_TEXT.contains(field.name) ? Status.YES : Status.NO;
        }

        @Override
        public void stringField(FieldInfo field, String value) {
            if (field.name.equals(JSON)) {
                json = value;
                return;
            }
            int which = STORED_TEXT.indexOf(field.name);
            if (!text.isEmpty()) {
                text.append(VALUE_SEPARATOR); // the index's offset gap between two values
            }
            if (starts[which] < 0) {
                starts[which] = text.length();
                firstEnds[which] = text.length() + value.length();
            }
            text.append(value);
        }

        @Override
        public void intField(FieldInfo field, int value) {
            if (field.name.equals(CONNECTIONS)) {
                connections = value;
            }
        }

        /** The stored text field a character of {@link #text} belongs to (values are stored field by field). */
        private int fieldAt(int offset) {
            int at = -1;
            for (int i = 0; i < starts.length; i++) {
                if (starts[i] >= 0 && starts[i] <= offset) {
                    at = i;
                }
            }
            return at;
        }

        /** The best passage of each shown field, or its first value unmarked when none matched. */
        List<Snippet> snippets(Passage[] passages) {
            String content = text.toString();
            Passage[] best = new Passage[STORED_TEXT.size()];
            float[] bestScores = new float[best.length];
            for (Passage passage : passages) {
                int field = fieldAt(passage.getStartOffset());
                if (field < 0) {
                    continue;
                }
                // the score each field's own highlighting gave: offsets counted from the field's first value
                float score = score(passage, passage.getStartOffset() - starts[field]);
                if (best[field] == null || score >= bestScores[field]) { // a later passage wins a tie, as in Lucene's queue
                    best[field] = passage;
                    bestScores[field] = score;
                }
            }
            List<Snippet> snippets = new ArrayList<>();
            for (String name : SHOWN) {
                int field = STORED_TEXT.indexOf(name);
                List<Part> parts;
                if (best[field] != null) {
                    parts = FORMATTER.format(new Passage[] {best[field]}, content);
                } else if (starts[field] >= 0) {
                    String first = content.substring(starts[field], firstEnds[field]).stripTrailing();
                    parts = first.isEmpty() ? List.of() : List.of(new Part(first, false));
                } else {
                    parts = List.of();
                }
                if (!parts.isEmpty()) {
                    snippets.add(new Snippet(name, parts));
                }
            }
            return snippets;
        }

        /**
         * The distinct query words a passage holds (then all its matches), earlier ones first. Lucene's own
         * scorer builds a hash of terms for every candidate passage, which, over the hundreds of sentences an
         * entity's ties may hold, made most of a query's garbage.
         */
        private static float score(Passage passage, int startInField) {
            BytesRef[] terms = passage.getMatchTerms();
            int matches = passage.getNumMatches();
            int distinct = 0;
            for (int i = 0; i < matches; i++) {
                boolean seen = false;
                for (int j = 0; j < i && !seen; j++) {
                    seen = terms[j] != null && terms[j].bytesEquals(terms[i]);
                }
                distinct += seen ? 0 : 1;
            }
            return (distinct + 0.1f * matches) * NORMS.norm(startInField);
        }
    }
}
