package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.CLAUSE_END;
import static io.powermap.ingest.extraction.relations.args.Arguments.list;
import static io.powermap.ingest.extraction.relations.args.Arguments.promote;

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
import io.powermap.ingest.extraction.lexicon.Words;

/** "Care Can't Wait, a campaign launched in 2021 with Caring Across Generations": the partners run the campaign too. */
public final class CampaignPartnersRule extends CuedRule {

    public static final String ID = "campaign.launched-with";
    private static final Set<String> CUES = launchVerbs();

    public CampaignPartnersRule() {
        super(ID, CUES, 210);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        partners(ctx, ID, v, i);
    }

    /** The campaign named before the cue whose partners follow "with", or null when none were named. */
    static EntityDraft partners(RelationContext ctx, String rule, SentenceView v, int i) {
        List<Token> t = v.tokens;
        EntityDraft campaign = null;
        for (Slot s : v.slots) {
            if (s.from() < i && s.root().type == EntityType.CAMPAIGN) {
                campaign = s.root();
            }
        }
        if (campaign == null) {
            return null;
        }
        for (int k = i + 1; k < t.size() && k < i + 7; k++) {
            if (t.get(k).lower().equals("with")) {
                EntityDraft added = null;
                for (Slot s : list(v, k + 1, true)) {
                    if (s.root().type == EntityType.ORGANIZATION || s.root().type == null) {
                        promote(s.root(), EntityType.ORGANIZATION);
                        ctx.add(rule, RelationshipType.CAMPAIGN, s.root(), campaign, v);
                        added = campaign;
                    }
                }
                return added;
            }
            if (CLAUSE_END.contains(t.get(k).lower()) || t.get(k).is(",")) {
                return null;
            }
        }
        return null;
    }

    /** Founding verbs that launch something (not "set" (up), "built" or a bare infinitive), and verbs of running one. */
    private static Set<String> launchVerbs() {
        Set<String> s = new java.util.HashSet<>(Cues.FOUND_VERBS);
        s.remove("set");
        s.remove("built");
        s.removeAll(Cues.BARE_FOUND);
        s.addAll(Cues.load("campaign-run-with-verbs")); // "a campaign it runs jointly with X"
        return Words.frozen(s);
    }
}
