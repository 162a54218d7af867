package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.actorBefore;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;
import static io.powermap.ingest.extraction.relations.args.Tokens.next;

import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.CuedRule;

/**
 * "the SPLC added the Family Research Council to its roster of hate groups", "targeted the retailer over
 * its sourcing": a hostile label or a pressure campaign is opposition.
 */
public final class DesignationRule extends CuedRule {

    public static final String ID = "stance.designation";
    private static final Set<String> HOSTILE = Cues.load("stance-hostile-labels");

    public DesignationRule() {
        super(ID, Cues.DESIGNATE, 310);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        if (negated(t, i)) {
            return;
        }
        boolean hostile = false;
        for (int k = i; k < t.size() && k < i + 20; k++) {
            if (HOSTILE.contains(t.get(k).lower())) {
                hostile = true;
                break;
            }
        }
        Slot target = slotStartingNear(v, i + 1, 2);
        // "targeted the retailer over its sourcing": a pressure campaign aimed at a company
        boolean pressure = t.get(i).lower().equals("targeted") && target != null
            && (next(t, target.to() - 1).equals("over") || next(t, target.to() - 1).equals("for"));
        if (!hostile && !pressure) {
            return;
        }
        EntityDraft actor = actorBefore(v, i, false);
        if (actor == null && pressure) {
            actor = ctx.subject();
        }
        if (actor == null || target == null || target.root() == actor || target.root().type == EntityType.PERSON) {
            return;
        }
        ctx.add(ID, RelationshipType.OPPOSES, actor, target.root(), v);
    }
}
