package io.powermap.ingest.extraction.relations.rules;

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

/** "Welcoming Schools: an HRC Foundation program": the organization named in front of the noun runs it. Reads the whole sentence. */
public final class ProgramOfRule extends CuedRule {

    public static final String ID = "campaign.program-of";

    public ProgramOfRule() {
        super(ID, Set.of(), 1200);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int cue) {
        List<Token> t = v.tokens;
        if (v.slots.isEmpty() || v.slots.get(0).root().type != EntityType.CAMPAIGN) {
            return;
        }
        EntityDraft campaign = v.slots.get(0).root();
        for (Slot s : v.slots) {
            if (s.to() < t.size() && s.root().type == EntityType.ORGANIZATION && s.from() > 0
                && ctx.campaignNouns().contains(t.get(s.to()).lower())
                && Set.of("a", "an", "the").contains(t.get(s.from() - 1).lower())) {
                ctx.add(ID, RelationshipType.CAMPAIGN, s.root(), campaign, v);
                return;
            }
        }
    }
}
