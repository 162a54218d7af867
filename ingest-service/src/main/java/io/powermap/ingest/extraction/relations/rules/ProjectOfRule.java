package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.promote;
import static io.powermap.ingest.extraction.relations.args.Slots.isOrgLike;
import static io.powermap.ingest.extraction.relations.args.Slots.slotEndingAt;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;
import static io.powermap.ingest.extraction.relations.args.Tokens.next;

import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.CuedRule;

/**
 * "Y, a project of X" / "Y started out as a project of X": a campaign named so is run by X; an
 * organization named so began inside X.
 */
public final class ProjectOfRule extends CuedRule {

    public static final String ID = "campaign.project-of";
    private static final Set<String> CUES = Cues.load("campaign-program-nouns");

    public ProjectOfRule() {
        super(ID, CUES, 400);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        if (!next(t, i).equals("of")) {
            return;
        }
        Slot owner = slotStartingNear(v, i + 2, 1);
        if (owner == null || !isOrgLike(owner) || owner.reference() || negated(t, i)) {
            return;
        }
        Slot named = null;
        int k = i - 1;
        if (k >= 0 && Set.of("a", "an", "the").contains(t.get(k).lower())) {
            k--;
        }
        if (k >= 0 && t.get(k).is(",")) {
            named = slotEndingAt(v, k);
        } else if (k >= 1 && t.get(k).lower().equals("as")) {
            for (Slot s : v.slots) {
                if (s.to() <= k && s.from() <= 1 && s.root().type != EntityType.PERSON) {
                    named = s; // "Y started out as a project of X": the sentence's subject
                }
            }
        }
        if (named == null || named.root() == owner.root()) {
            return;
        }
        promote(owner.root(), EntityType.ORGANIZATION);
        if (named.root().type == EntityType.CAMPAIGN) {
            ctx.add(ID, RelationshipType.CAMPAIGN, owner.root(), named.root(), v);
        } else if (named.root().type == EntityType.ORGANIZATION) {
            HierarchyRule.addChild(ctx, ID, v, owner.root(), named.root());
        }
    }
}
