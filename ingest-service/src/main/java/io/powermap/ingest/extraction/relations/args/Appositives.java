package io.powermap.ingest.extraction.relations.args;

import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.lexicon.Words;

/**
 * "X, the charitable arm of P, gave ...": a name inside a closed appositive only describes the
 * name before it; the verb after the appositive belongs to that earlier name.
 */
public final class Appositives {

    private static final Set<String> OPENERS = Words.of("the", "a", "an", "its", "his", "her", "their");

    private Appositives() {
    }

    /** The slot an appositive containing {@code inner} describes, when the appositive closes right before {@code cue}. */
    public static Slot describedBefore(SentenceView v, Slot inner, int cue) {
        List<Token> t = v.tokens;
        if (inner.to() + 1 != cue || !t.get(inner.to()).is(",")) {
            return null;
        }
        for (int k = inner.from() - 1; k > 0 && k >= inner.from() - 12; k--) {
            Token x = t.get(k);
            if (x.is(",")) {
                if (k + 1 >= inner.from() || !OPENERS.contains(t.get(k + 1).lower())) {
                    return null;
                }
                for (Slot s : v.slots) {
                    if (s.to() == k && s != inner && s.root() != inner.root() && s.root().type != EntityType.LEGISLATION
                        && s.root().type != EntityType.CAMPAIGN && s.root().type != null) {
                        return s;
                    }
                }
                return null;
            }
            if (!x.isWord() && !x.is("'s") && !x.is("-")) {
                return null;
            }
        }
        return null;
    }
}
