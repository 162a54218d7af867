package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.list;
import static io.powermap.ingest.extraction.relations.args.Arguments.promote;
import static io.powermap.ingest.extraction.relations.args.Tokens.next;

import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.text.Dates;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.RelationDraft;
import io.powermap.ingest.extraction.relations.CuedRule;

/** "Y, a campaign run by A and B": the organizations after "by" run the campaign named before. */
public final class CampaignRunByRule extends CuedRule {

    public static final String ID = "campaign.run-by";
    private static final Set<String> CUES = Cues.load("campaign-run-verbs");

    public CampaignRunByRule() {
        super(ID, CUES, 810);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        if (!next(v.tokens, i).equals("by")) {
            return;
        }
        EntityDraft campaign = null;
        for (Slot s : v.slots) {
            if (s.from() < i && s.root().type == EntityType.CAMPAIGN) {
                campaign = s.root();
            }
        }
        if (campaign == null) {
            return;
        }
        for (Slot s : list(v, i + 2, true)) {
            promote(s.root(), EntityType.ORGANIZATION);
            if (s.root().type == EntityType.ORGANIZATION) {
                RelationDraft r = ctx.add(ID, RelationshipType.CAMPAIGN, s.root(), campaign, v);
                if (r.start == null) {
                    r.start = Dates.around(v.tokens, 0, v.tokens.size()).start;
                }
            }
        }
    }
}
