package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Slots.slotEndingAt;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;

import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.lexicon.RoleTitles;
import io.powermap.ingest.extraction.lexicon.Words;
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
 * body named after the title: "– Senior Fellow, Harbour Institute"), with the title as written; with commas for the
 * dash ("Ana Ruiz, Senior Fellow, Harbour Institute") only to the body after the title.
 */
public final class StaffListingRule extends CuedRule {

    public static final String ID = "position.listing";
    private static final Set<String> CUES = Cues.load("position-listing-dashes");

    public StaffListingRule() {
        super(ID, Words.union(CUES, Set.of(",")), 1010);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        if (t.get(i).is(",")) {
            commaRecord(ctx, v, i);
            return;
        }
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

    /**
     * "A B, Research Scientist, C Institute" opening a sentence (a speaker or staff line with commas for dashes): the
     * post is held at the body named after the title, never at the page's subject; a title that runs on with "of"
     * ("Minister of X, Y and Z") names no body after it. The title's words are not read again as a post.
     */
    private static void commaRecord(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        Slot person = slotEndingAt(v, i);
        if (person == null || person.from() > 1 || person.reference() || person.root().type != EntityType.PERSON) {
            return;
        }
        int end = RoleTitles.freeEnd(ctx.gazetteer(), t, i + 1);
        if (end < 0 || end >= t.size() || !t.get(end).is(",")) {
            return;
        }
        Slot named = slotStartingNear(v, end + 1, 0);
        if (named == null || named.reference() || named.root() == person.root() || named.root().type != EntityType.ORGANIZATION) {
            return; // "Senior Vice President, Advocacy": a field of work after the title, no body
        }
        RelationDraft r = ctx.add(ID, RelationshipType.POSITION, person.root(), named.root(), v);
        if (r.role == null) {
            r.role = RoleTitles.text(t, i + 1, end);
        }
        ctx.consumedThrough(end);
    }
}
