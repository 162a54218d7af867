package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Slots.slotEndingAt;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;

import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.lexicon.RoleTitles;
import io.powermap.ingest.extraction.mentions.Mention;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.CuedRule;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.RelationDraft;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;

/**
 * A line of signatories or member groups that names the body first and its person after a dash,
 * "Heron Lake Trust (HLT) — Ana Ruiz, director": POSITION from the person to the body on the same
 * line, with the title after the comma. The body's name opens the line; a name there that only a
 * guess had typed as a person is the body (the person after the dash says so).
 */
public final class BodyFirstListingRule extends CuedRule {

    public static final String ID = "position.listing-body-first";
    private static final Set<String> CUES = Cues.load("position-listing-dashes");

    public BodyFirstListingRule() {
        super(ID, CUES, 1010);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        Slot body = bodyBefore(v, i);
        if (body == null) {
            return;
        }
        Slot person = slotStartingNear(v, i + 1, 0);
        if (person == null || person.reference() || person.root().type != EntityType.PERSON || person.root() == body.root()) {
            return;
        }
        int comma = person.to();
        if (comma >= t.size() || !t.get(comma).is(",")) {
            return;
        }
        int roleEnd = RoleTitles.freeEnd(ctx.gazetteer(), t, comma + 1);
        if (roleEnd < 0) {
            return;
        }
        EntityDraft org = body.root();
        if (org.type == EntityType.PERSON && org.strength > Mention.GUESS || org.type == EntityType.LEGISLATION) {
            return;
        }
        if (org.type != EntityType.ORGANIZATION) {
            org.type = EntityType.ORGANIZATION;
            org.strength = Mention.CONTEXT;
        }
        RelationDraft r = ctx.add(ID, RelationshipType.POSITION, person.root(), org, v);
        if (r.role == null) {
            r.role = RoleTitles.text(t, comma + 1, roleEnd);
        }
    }

    /**
     * The body a listing line names before the dash in front of {@code person}, or null: other rules
     * reading the person's title take it instead of the document's subject.
     */
    static EntityDraft listedBody(SentenceView v, Slot person) {
        int dash = person.from() - 1;
        if (dash < 1 || !CUES.contains(v.tokens.get(dash).text())) {
            return null;
        }
        Slot body = bodyBefore(v, dash);
        return body == null || body.root() == person.root() || body.root().type != EntityType.ORGANIZATION ? null : body.root();
    }

    /**
     * The name that opens the line (after a bullet at most) and ends at the dash, or before its acronym or
     * gloss in brackets: "Heron Lake Trust (HLT) —"; null when there is none, or only a reference.
     */
    private static Slot bodyBefore(SentenceView v, int dash) {
        Slot body = slotEndingAt(v, dash);
        List<Token> t = v.tokens;
        if (body == null && dash > 0 && t.get(dash - 1).is(")")) {
            int open = dash - 2;
            while (open >= 0 && !t.get(open).is("(")) {
                open--;
            }
            if (open > 0 && dash - open <= 8) {
                body = slotEndingAt(v, open);
            }
        }
        return body == null || body.from() > 1 || body.reference() ? null : body;
    }
}
