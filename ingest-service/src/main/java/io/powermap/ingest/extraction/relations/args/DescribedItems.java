package io.powermap.ingest.extraction.relations.args;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;

/**
 * The further items of a list whose items carry descriptions, which {@link Arguments#list} stops at:
 * "A, a retired surveyor, and B", "A, which gave USD 300,000; B, PLN 420,000 in 2022; and the C". A later
 * name counts when it opens an item (after ";", "," or ")", perhaps with "and" and "the"), not when it sits
 * inside a description ("under the Active Citizens Fund").
 */
public final class DescribedItems {

    private DescribedItems() {
    }

    /**
     * @param first       the items {@link Arguments#list} found (not empty)
     * @param accept      which names may be items (people for a board, bodies for funders)
     * @param closedItems whether a "," opens an item only after the one before held an amount, a year or a
     *                    bracket (a ";" always does), and names inside descriptions are passed over: for lists
     *                    whose descriptions may name other bodies; otherwise the list ends at such a name
     */
    public static List<Slot> extend(SentenceView v, List<Slot> first, Predicate<Slot> accept, boolean closedItems) {
        List<Token> t = v.tokens;
        List<Slot> out = new ArrayList<>(first);
        Slot last = first.get(first.size() - 1);
        for (Slot s : v.slots) {
            if (s.from() <= last.to() || s.reference() || !accept.test(s)) {
                continue;
            }
            int k = s.from() - 1;
            if (k >= 0 && t.get(k).lower().equals("the")) {
                k--;
            }
            if (k >= 0 && t.get(k).lower().equals("and")) {
                k--;
            }
            if (k < 0 || !(t.get(k).is(";") || t.get(k).is(",") || t.get(k).is(")"))) {
                if (!closedItems) {
                    break; // short descriptions: a wanted name that opens no item ends the list
                }
                continue;
            }
            if (closedItems && !t.get(k).is(";") && !itemEnded(t, last.to(), k)) {
                continue;
            }
            out.add(s);
            last = s;
        }
        return out;
    }

    private static boolean itemEnded(List<Token> t, int from, int k) {
        for (int j = from; j < k; j++) {
            if (t.get(j).isNumber() || t.get(j).is("(") || t.get(j).is(";")) {
                return true;
            }
        }
        return false;
    }
}
