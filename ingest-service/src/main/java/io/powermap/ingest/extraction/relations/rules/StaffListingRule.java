package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Slots.slotEndingAt;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;

import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.lexicon.RoleTitles;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.RelationDraft;
import io.powermap.ingest.extraction.relations.CuedRule;

/**
 * A staff or board listing line, "Ana Ruiz – Investigations Officer" or "Bo Lind — Head of Digital,
 * Oslo office": POSITION from the name that opens the line to the body the page is about (or the
 * body named after the title: "– Senior Fellow, Harbour Institute"), with the title as written.
 */
public final class StaffListingRule extends CuedRule {

    public static final String ID = "position.listing";
    private static final Set<String> CUES = Cues.load("position-listing-dashes");

    public StaffListingRule() {
        super(ID, CUES, 1010);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        Slot person = slotEndingAt(v, i);
        if (person == null || person.from() > 1 || person.reference() || person.root().type != EntityType.PERSON) {
            return;
        }
        int end = RoleTitles.freeEnd(ctx.gazetteer(), t, i + 1);
        if (end < 0) {
            return;
        }
        int roleEnd = end;
        if (roleEnd + 1 < t.size() && t.get(roleEnd).lower().equals("of")) {
            // "Head of Digital": the field belongs to the title, up to the next comma
            int k = roleEnd + 1;
            while (k < t.size() && k < roleEnd + 4 && t.get(k).isWord()) {
                k++;
            }
            roleEnd = k;
        }
        EntityDraft org = null;
        if (roleEnd < t.size() && t.get(roleEnd).is(",")) {
            Slot named = slotStartingNear(v, roleEnd + 1, 0);
            if (named != null && named.root().type == EntityType.ORGANIZATION && !named.reference()) {
                org = named.root();
            }
        }
        if (org == null) {
            org = ctx.subject();
        }
        if (org == null || org.type != EntityType.ORGANIZATION || org == person.root()) {
            return;
        }
        RelationDraft r = ctx.add(ID, RelationshipType.POSITION, person.root(), org, v);
        if (r.role == null) {
            r.role = RoleTitles.text(t, i + 1, roleEnd);
        }
    }
}
