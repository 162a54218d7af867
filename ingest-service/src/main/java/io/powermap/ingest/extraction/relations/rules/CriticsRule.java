package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.actorBefore;
import static io.powermap.ingest.extraction.relations.args.Slots.slotEndingAt;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;
import static io.powermap.ingest.extraction.relations.args.Tokens.next;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.CuedRule;

/** "critics of X include A and B", "A, an opponent of X": the critics named oppose X (or the subject). */
public final class CriticsRule extends CuedRule {

    public static final String ID = "stance.critics";
    static final Set<String> CUES = Set.of("critics", "critic", "opponents", "opponent");

    public CriticsRule() {
        super(ID, CUES, 310);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        if (negated(t, i)) {
            return;
        }
        EntityDraft target = null;
        if (next(t, i).equals("of")) {
            Slot s = slotStartingNear(v, i + 2, 1);
            if (s != null && s.root().type != EntityType.PERSON) {
                target = s.root();
            }
        }
        List<Slot> actors = new ArrayList<>();
        for (Slot s : v.slots) {
            if (s.from() > i && s.from() <= i + 10 && (s.root().type == EntityType.PERSON || s.root().type == EntityType.ORGANIZATION)
                && s.root() != target && !s.reference()) {
                actors.add(s);
            }
        }
        if (actors.isEmpty()) {
            Slot before = slotEndingAt(v, i);
            if (before == null && i >= 2 && t.get(i - 1).is(",")) {
                before = slotEndingAt(v, i - 1);
            }
            if (before == null) {
                EntityDraft a = actorBefore(v, i, false);
                for (Slot s : v.slots) {
                    if (s.root() == a && s.to() <= i) {
                        before = s;
                    }
                }
            }
            if (before != null) {
                actors.add(before);
            }
        }
        if (target == null) {
            for (Slot s : v.slots) {
                if (s.from() > i + 10 && s.root().type != EntityType.PERSON) {
                    target = s.root();
                    break;
                }
            }
        }
        if (target == null) {
            target = ctx.subject();
        }
        for (Slot a : actors) {
            if (a.root() != target && target != null) {
                ctx.add(ID, RelationshipType.OPPOSES, a.root(), target, v);
            }
        }
    }
}
