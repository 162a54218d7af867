package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.nearestBefore;
import static io.powermap.ingest.extraction.relations.args.Slots.isOrgLike;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;
import static io.powermap.ingest.extraction.relations.args.Tokens.next;

import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.RelationDraft;
import io.powermap.ingest.extraction.relations.CuedRule;
import io.powermap.ingest.extraction.text.Token;

/** "P serves on the board of X", "P sat on X": POSITION with role "member". */
public final class ServesOnRule extends CuedRule {

    public static final String ID = "position.serves-on";
    private static final Set<String> COPULAS = Set.of("is", "was", "remains", "remained");
    private static final Set<String> BOARDS = Set.of("board", "council", "committee", "boards");
    private static final Set<String> CUES = Cues.union(Cues.load("position-serve-verbs"), COPULAS);

    /** A board, council or committee named within the next few words. */
    private static boolean boardAhead(java.util.List<io.powermap.ingest.extraction.text.Token> t, int from) {
        for (int k = from; k < t.size() && k < from + 7; k++) {
            if (BOARDS.contains(t.get(k).lower())) {
                return true;
            }
            if (t.get(k).is(",") || t.get(k).is(";")) {
                return false;
            }
        }
        return false;
    }

    public ServesOnRule() {
        super(ID, CUES, 910);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        if (!next(v.tokens, i).equals("on") || COPULAS.contains(v.tokens.get(i).lower()) && !boardAhead(v.tokens, i + 2)) {
            return; // "P is on the board of X", not "P is on leave"
        }
        Slot org = slotStartingNear(v, bodyAfter(v.tokens, i + 2), 1);
        Slot person = nearestBefore(ctx, v, i, EntityType.PERSON, 12);
        if (org == null || person == null || !isOrgLike(org) || negated(v.tokens, i)) {
            return;
        }
        RelationDraft r = ctx.add(ID, RelationshipType.POSITION, person.root(), org.root(), v);
        if (r.role == null) {
            r.role = "member";
        }
    }

    /** "sits on the advisory board of X": past a lower-case description ending in "of" to the body's name. */
    private static int bodyAfter(java.util.List<io.powermap.ingest.extraction.text.Token> t, int from) {
        for (int k = from; k < t.size() && k < from + 5; k++) {
            io.powermap.ingest.extraction.text.Token w = t.get(k);
            if (!w.isWord() || Character.isUpperCase(w.text().charAt(0))) {
                return from;
            }
            if (w.lower().equals("of") && k > from) {
                return k + 1;
            }
        }
        return from;
    }
}
