package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Slots.isOrgLike;
import static io.powermap.ingest.extraction.relations.args.Slots.slotEndingAt;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;

import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.text.Dates;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.RelationDraft;
import io.powermap.ingest.extraction.relations.CuedRule;

/** "The Harbor Guild's Save the Piers campaign": the body in the possessive runs the campaign it owns. */
public final class CampaignOwnerRule extends CuedRule {

    public static final String ID = "campaign.possessor";
    private static final Set<String> CUES = Set.of("'s");

    public CampaignOwnerRule() {
        super(ID, CUES, 205);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        Slot owner = slotEndingAt(v, i);
        Slot campaign = slotStartingNear(v, i + 1, 0);
        if (owner == null || campaign == null || campaign.root().type != EntityType.CAMPAIGN || !isOrgLike(owner)
            || owner.root().type != EntityType.ORGANIZATION || owner.root() == campaign.root()) {
            return;
        }
        RelationDraft r = ctx.add(ID, RelationshipType.CAMPAIGN, owner.root(), campaign.root(), v);
        Dates d = Dates.around(v.tokens, campaign.to(), v.tokens.size());
        r.start = r.start == null ? d.start : r.start;
    }
}
