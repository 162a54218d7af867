package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Tokens.containsWord;


import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.CuedRule;

/**
 * "Y: a tool developed with X": X runs the campaign Y too; with no agent named ("by"), the profiled
 * group made it with its partner.
 */
public final class CampaignDevelopedWithRule extends CuedRule {

    public static final String ID = "campaign.developed-with";

    public CampaignDevelopedWithRule() {
        super(ID, Cues.PARTNER_VERBS, 800);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        EntityDraft partnered = CampaignPartnersRule.partners(ctx, ID, v, i);
        if (partnered != null && ctx.subject() != null && !containsWord(v.tokens, "by")) {
            ctx.add(ID, RelationshipType.CAMPAIGN, ctx.subject(), partnered, v);
        }
    }
}
