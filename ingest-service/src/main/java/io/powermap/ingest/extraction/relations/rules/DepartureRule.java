package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.nearestBefore;
import static io.powermap.ingest.extraction.relations.args.Slots.isOrgLike;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;

import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.text.Dates;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.RelationDraft;
import io.powermap.ingest.extraction.relations.CuedRule;

/**
 * "P stepped down from the board in 2018", "P left the staff of X", "P, who ..., left X in 2020":
 * a POSITION that has ended, its end year from the sentence. The board or staff belongs to the body
 * named after "of", else to the subject; a body named directly after the verb is the employer.
 */
public final class DepartureRule extends CuedRule {

    public static final String ID = "position.departure";
    private static final Set<String> CUES = Cues.load("position-departure-verbs");
    private static final Set<String> PARTICLES = Set.of("down", "aside", "back", "from", "off");
    private static final Set<String> GROUPS = Set.of("board", "staff", "council", "committee", "team", "leadership");

    public DepartureRule() {
        super(ID, CUES, 905);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        int k = i + 1;
        boolean particle = false;
        while (k < t.size() && PARTICLES.contains(t.get(k).lower())) {
            particle = true;
            k++;
        }
        String verb = t.get(i).lower();
        if (verb.startsWith("step") && !particle || negated(t, i)) {
            return; // "stepped in", "never left"
        }
        Slot person = nearestBefore(ctx, v, i, EntityType.PERSON, 25);
        if (person == null || person.root().type != EntityType.PERSON) {
            return;
        }
        EntityDraft org = null;
        String role = null;
        int groupAt = groupNoun(t, k);
        if (groupAt > 0) {
            role = t.get(groupAt).lower().equals("staff") ? "staff" : t.get(groupAt).lower() + " member";
            if (groupAt + 1 < t.size() && t.get(groupAt + 1).lower().equals("of")) {
                Slot s = slotStartingNear(v, groupAt + 2, 1);
                org = s != null && isOrgLike(s) ? s.root() : null;
                if (org == null) {
                    return; // "the board of a hospital": somewhere unnamed
                }
            } else if (t.get(k).lower().equals("its")) {
                Slot its = slotStartingNear(v, k, 0);
                org = its != null && isOrgLike(its) ? its.root() : ctx.subject();
            } else {
                org = ctx.subject(); // "the board" in a profile is the subject's board
            }
        } else {
            Slot s = slotStartingNear(v, k, 0);
            // "left the company" names no body; "left the Alliance" or "left Acme" does
            boolean named = s != null && (!s.reference() || t.get(s.from()).lower().equals("the") && s.to() > s.from() + 1
                && t.get(s.from() + 1).isCapitalized());
            if (named && isOrgLike(s) && s.root().type == EntityType.ORGANIZATION) {
                org = s.root();
            }
        }
        if (org == null || org == person.root()) {
            return;
        }
        RelationDraft r = ctx.add(ID, RelationshipType.POSITION, person.root(), org, v);
        r.role = r.role == null ? role : r.role;
        Dates d = Dates.around(t, i, Math.min(t.size(), k + 8));
        String year = d.end != null ? d.end : d.start;
        if (year != null && r.end == null) {
            r.end = year;
        }
        r.current = false;
    }

    /** Where "the board" or "its staff" has its noun, starting at {@code k}; -1 when none. */
    private static int groupNoun(List<Token> t, int k) {
        if (k + 1 >= t.size()) {
            return -1;
        }
        String det = t.get(k).lower();
        if (!det.equals("the") && !det.equals("its")) {
            return -1;
        }
        int n = k + 1;
        if (n + 1 < t.size() && t.get(n).isWord() && Character.isLowerCase(t.get(n).text().charAt(0))
            && GROUPS.contains(t.get(n + 1).lower())) {
            n++; // "the national board", "the executive committee"
        }
        return GROUPS.contains(t.get(n).lower()) ? n : -1;
    }
}
