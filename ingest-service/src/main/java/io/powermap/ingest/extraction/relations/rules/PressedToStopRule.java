package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.actorBefore;
import static io.powermap.ingest.extraction.relations.args.Arguments.promote;
import static io.powermap.ingest.extraction.relations.args.Slots.isOrgLike;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;

import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.layout.BlockKind;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.CuedRule;

/** "pressed the company to abandon drilling": pushing someone to give something up is opposing them. */
public final class PressedToStopRule extends CuedRule {

    public static final String ID = "stance.pressed-to-stop";
    private static final Set<String> PRESSURE = Cues.load("stance-pressure-verbs");
    private static final Set<String> GIVE_UP = Cues.load("stance-give-up-verbs");

    public PressedToStopRule() {
        super(ID, PRESSURE, 320);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        Slot target = slotStartingNear(v, i + 1, 1);
        if (target == null || !isOrgLike(target) || target.reference() || target.to() + 1 >= t.size()
            || !t.get(target.to()).lower().equals("to") || !GIVE_UP.contains(t.get(target.to() + 1).lower()) || negated(t, i)) {
            return;
        }
        EntityDraft actor = actorBefore(v, i, false);
        boolean item = v.sentence.kind() == BlockKind.BULLET || v.sentence.kind() == BlockKind.NUMBERED;
        if (actor == null || actor.type == null && item || actor.type == EntityType.CAMPAIGN) {
            actor = ctx.subject();
        }
        if (actor != null && actor != target.root() && actor.type != EntityType.LEGISLATION) {
            promote(target.root(), EntityType.ORGANIZATION);
            ctx.add(ID, RelationshipType.OPPOSES, actor, target.root(), v);
        }
    }
}
