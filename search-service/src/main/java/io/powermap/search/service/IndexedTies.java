package io.powermap.search.service;

import static io.powermap.search.service.IndexFields.TIE;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;


/**
 * Reads an entity's ties from a searcher, in index order, without scoring: each tie's summary from
 * its doc value, never its stored JSON.
 */
final class IndexedTies {

    private IndexedTies() {
    }

    /**
     * @param superseded ties written since the searcher was opened: skipped here, the caller adds their latest state
     * @return how many of the entity's ties were visited (superseded ones included), at most {@code max}
     */
    static int read(IndexSearcher searcher, String id, Map<String, ?> superseded, EntityTies into, int max) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(LuceneIndex.tiesOf(id)), ScoreMode.COMPLETE_NO_SCORES, 1f);
        int visited = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            BinaryDocValues summaries = DocValues.getBinary(leaf.reader(), TIE);
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                if (visited == max) {
                    return visited;
                }
                visited++;
                if (!summaries.advanceExact(doc)) {
                    continue; // not possible in this index format: every tie has its summary
                }
                TieSummary tie = TieSummary.decode(summaries.binaryValue());
                if (superseded.containsKey(tie.relationshipId())) {
                    continue;
                }
                into.add(tie);
            }
        }
        return visited;
    }
}
