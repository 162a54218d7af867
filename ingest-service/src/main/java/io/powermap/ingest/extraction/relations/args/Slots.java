package io.powermap.ingest.extraction.relations.args;

import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.Cues;

/** Finding a sentence's arguments (its slots) by position, and what a slot's surroundings say about it. */
public final class Slots {

    private static final Set<String> FOLLOWERS = Cues.load("args-name-followers");

    private Slots() {
    }

    public static Slot slotEndingAt(SentenceView v, int end) {
        for (Slot s : v.slots) {
            if (s.to() == end) {
                return s;
            }
        }
        return null;
    }

    public static Slot slotStartingNear(SentenceView v, int pos, int slack) {
        for (Slot s : v.slots) {
            if (s.from() >= pos && s.from() <= pos + slack) {
                return s;
            }
        }
        return null;
    }

    public static Slot nearestOrgBefore(SentenceView v, int i) {
        Slot best = null;
        for (Slot s : v.slots) {
            if (s.to() <= i && isOrgLike(s)) {
                best = s;
            }
        }
        return best;
    }

    public static boolean insideAnySlot(SentenceView v, int k) {
        for (Slot s : v.slots) {
            if (k >= s.from() && k < s.to()) {
                return true;
            }
        }
        return false;
    }

    /** A typed name covers token {@code i}; an untyped capitalised word ("Supports the DREAM Act") may well be a cue. */
    public static boolean insideTypedSlot(SentenceView v, int i) {
        for (Slot s : v.slots) {
            if (!s.reference() && s.root().type != null && i >= s.from() && i < s.to()) {
                return true;
            }
        }
        return false;
    }

    public static boolean isOrgLike(Slot s) {
        return s.root().type == EntityType.ORGANIZATION || s.root().type == null;
    }

    /** "the former Trump speechwriter": a name followed by the noun it modifies. */
    public static boolean modifier(List<Token> t, Slot s) {
        if (s.reference() || s.to() >= t.size()) {
            return false;
        }
        Token next = t.get(s.to());
        String w = next.lower();
        if (s.root().type == EntityType.LEGISLATION && (w.equals("bill") || w.equals("law"))) {
            return false; // "the Marco Temporal bill": the kind noun of the law's own name
        }
        return next.isWord() && Character.isLowerCase(next.text().charAt(0)) && !FOLLOWERS.contains(w)
            && !w.endsWith("ed") && !w.endsWith("s") && !w.endsWith("ly");
    }

    /** "the Obama administration": a name used as a modifier. */
    public static boolean attributive(List<Token> t, Slot s) {
        return s.to() < t.size() && t.get(s.to()).isWord() && Character.isLowerCase(t.get(s.to()).text().charAt(0))
            && s.from() > 0 && t.get(s.from() - 1).lower().equals("the");
    }
}
