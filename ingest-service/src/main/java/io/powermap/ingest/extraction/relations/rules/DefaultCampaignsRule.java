package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Tokens.mentions;

import java.util.List;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.text.Dates;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.mentions.Mention;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.relations.DocumentRule;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.RelationDraft;

/** After all sentences: a campaign nobody was said to run is the subject's. */
public final class DefaultCampaignsRule implements DocumentRule {

    public static final String ID = "campaign.default";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void apply(RelationContext ctx, List<EntityDraft> entities, List<SentenceView> views) {
        EntityDraft subject = ctx.subject();
        if (subject == null) {
            return;
        }
        for (EntityDraft e : entities) {
            if (e.type != EntityType.CAMPAIGN) {
                continue;
            }
            if (ctx.store().hasTarget(RelationshipType.CAMPAIGN, e) || e.mentions.isEmpty()) {
                continue;
            }
            Mention first = e.mentions.get(0);
            for (Mention m : e.mentions) {
                if (m.start < first.start) {
                    first = m;
                }
            }
            SentenceView v = views.get(first.sentence);
            RelationDraft r = ctx.add(ID, RelationshipType.CAMPAIGN, subject, e, v);
            Dates d = Dates.around(v.tokens, 0, v.tokens.size());
            r.start = d.start;
        }
    }
}
