package io.powermap.search.service;

import static io.powermap.search.service.IndexFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

import io.powermap.search.domain.SearchPage.Part;
import io.powermap.search.domain.SearchPage.Snippet;

/**
 * What a hit shows, as one binary doc value of its entity ({@link IndexFields#HIT}): the JSON, the
 * number of ties, and the name, aliases, descriptions and sentences joined as the catch-all text
 * indexed them, with where each field starts. Stored fields held them before (index format 4), in
 * LZ4 blocks beside up to 20,000 characters of sentences and thousands of peer ids: decompressing
 * them was a fifth of a query's CPU; a binary doc value is read as it lies.
 */
final class HitValues {

    /** What the unified highlighter puts between the values of a field, and the index between values of the catch-all text. */
    static final char VALUE_SEPARATOR = '\u0000';
    /** The text fields in the order their values are indexed in the catch-all text. */
    static final int NAME_VALUES = 0;
    static final int ALIAS_VALUES = 1;
    static final int DESCRIPTION_VALUES = 2;
    static final int EVIDENCE_VALUES = 3;
    private static final List<String> FIELDS = List.of(NAME, ALIAS, DESCRIPTION, EVIDENCE);
    private static final PassageScorer NORMS = new PassageScorer();
    private static final SnippetFormatter FORMATTER = new SnippetFormatter();

    final String json;
    final int connections;
    final String text;
    /** Per text field: where its first value starts in {@link #text} and ends; -1 if it has none. */
    private final int[] starts;
    private final int[] firstEnds;

    private HitValues(String json, int connections, String text, int[] starts, int[] firstEnds) {
        this.json = json;
        this.connections = connections;
        this.text = text;
        this.starts = starts;
        this.firstEnds = firstEnds;
    }

    /** The text values of an entity as they are added to the catch-all field, field by field. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final int[] starts = {-1, -1, -1, -1};
        private final int[] firstEnds = new int[4];

        void add(int field, String value) {
            if (!text.isEmpty()) {
                text.append(VALUE_SEPARATOR); // the index's offset gap between two values
            }
            if (starts[field] < 0) {
                starts[field] = text.length();
                firstEnds[field] = text.length() + value.length();
            }
            text.append(value);
        }

        BytesRef encode(String json, int connections) {
            try {
                ByteBuffersDataOutput out = new ByteBuffersDataOutput();
                out.writeString(json);
                out.writeVInt(connections);
                for (int i = 0; i < starts.length; i++) {
                    out.writeVInt(starts[i] + 1);
                    out.writeVInt(firstEnds[i]);
                }
                out.writeString(text.toString());
                return new BytesRef(out.toArrayCopy());
            } catch (IOException e) {
                throw new UncheckedIOException(e); // in memory
            }
        }
    }

    /** The hit values of a document of the reader (a global doc id). */
    static HitValues read(IndexReader reader, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues values = leaf.reader().getBinaryDocValues(HIT);
        if (values == null || !values.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("entity document " + doc + " has no hit values");
        }
        BytesRef bytes = values.binaryValue();
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        String json = in.readString();
        int connections = in.readVInt();
        int[] starts = new int[FIELDS.size()];
        int[] firstEnds = new int[FIELDS.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = in.readVInt() - 1;
            firstEnds[i] = in.readVInt();
        }
        return new HitValues(json, connections, in.readString(), starts, firstEnds);
    }

    /** The text field a character of {@link #text} belongs to (values are added field by field). */
    private int fieldAt(int offset) {
        int at = -1;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] >= 0 && starts[i] <= offset) {
                at = i;
            }
        }
        return at;
    }

    /**
     * The best passage of each shown field, or its first value unmarked when none matched: what Lucene's
     * highlighter gave when each field was highlighted apart, with one passage a field.
     */
    List<Snippet> snippets(Passage[] passages) {
        Passage[] best = new Passage[FIELDS.size()];
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
        for (String name : TextQueries.HIGHLIGHTED) {
            int field = FIELDS.indexOf(name);
            List<Part> parts;
            if (best[field] != null) {
                parts = FORMATTER.format(new Passage[] {best[field]}, text);
            } else if (starts[field] >= 0) {
                String first = text.substring(starts[field], firstEnds[field]).stripTrailing();
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
