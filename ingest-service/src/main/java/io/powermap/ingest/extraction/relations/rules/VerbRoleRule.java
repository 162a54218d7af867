package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.nearestBefore;
import static io.powermap.ingest.extraction.relations.args.Slots.isOrgLike;
import static io.powermap.ingest.extraction.relations.args.Slots.nearestOrgBefore;
import static io.powermap.ingest.extraction.relations.args.Slots.slotEndingAt;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;
import static io.powermap.ingest.extraction.relations.args.Tokens.join;
import static io.powermap.ingest.extraction.relations.args.Tokens.next;

import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.mentions.InternalBodies;
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
 * "P chaired the board of X until 2014", "X, chaired by P", "the X Foundation, which P chaired":
 * POSITION from a verb of leading, with the role it implies (chair, director, head).
 */
public final class VerbRoleRule extends CuedRule {

    public static final String ID = "position.verb";
    /** The last word of a unit one can run inside a body: "the legal desk", "the digital team". */
    private static final Set<String> YEAR_OPENERS = Set.of("since", "from", "in");

    public VerbRoleRule() {
        super(ID, Cues.VERB_ROLES, 900);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        if (i >= 3 && !negated(t, i)) {
            // "the Sarah Scaife Foundation, which Richard Mellon Scaife chaired until 2014"
            Slot p = slotEndingAt(v, i);
            if (p != null && p.root().type == EntityType.PERSON && !p.reference() && p.from() > 0
                && (t.get(p.from() - 1).lower().equals("which") || t.get(p.from() - 1).lower().equals("that"))) {
                int rel = p.from() - 1;
                Slot org = slotEndingAt(v, rel);
                if (org == null && rel > 0 && t.get(rel - 1).is(",")) {
                    org = slotEndingAt(v, rel - 1);
                }
                if (org != null && org.root().type == EntityType.ORGANIZATION) {
                    RelationDraft r = ctx.add(ID, RelationshipType.POSITION, p.root(), org.root(), v);
                    if (r.role == null) {
                        r.role = t.get(i).lower().startsWith("chair") ? "chair" : "head";
                    }
                    Dates d = Dates.around(t, i, t.size());
                    r.end = r.end == null ? d.end : r.end;
                    if (d.end != null) {
                        r.current = false;
                    }
                    return;
                }
            }
        }
        if (next(t, i).equals("by") || yearThenBy(t, i) || (next(t, i).equals("over") && i + 2 < t.size() && t.get(i + 2).lower().equals("by"))) {
            // "FreedomWorks, chaired by Dick Armey": the organization before, the person after
            Slot person = null;
            for (Slot s : v.slots) {
                if (s.from() > i + 1 && s.from() <= i + 8 && s.root().type == EntityType.PERSON && !s.reference()) {
                    person = s;
                    break;
                }
            }
            Slot near = nearestOrgBefore(v, i);
            EntityDraft org = near != null ? near.root() : ownBody(t, i) ? ctx.subject() : null;
            if (person != null && org != null && org.type == EntityType.ORGANIZATION && !negated(t, i)) {
                String w = t.get(i).lower();
                RelationDraft r = ctx.add(ID, RelationshipType.POSITION, person.root(), org, v);
                if (r.role == null) {
                    r.role = w.startsWith("chair") ? "chair" : w.startsWith("direct") ? "director" : "head";
                }
            }
            return;
        }
        int objectAt = next(t, i).equals("over") ? i + 2 : i + 1; // "presides over the Vistula Forum"
        if (i + 4 < t.size() && t.get(i + 1).lower().equals("the") && t.get(i + 2).lower().equals("board")
            && t.get(i + 3).lower().equals("of")) {
            objectAt = i + 4; // "chaired the board of the Alder Foundation"
        }
        Slot org = slotStartingNear(v, objectAt, 1);
        String unit = null;
        if (org == null) {
            int at = unitBefore(t, i + 1);
            if (at > 0) {
                org = slotStartingNear(v, at + 1, 1); // "runs the legal desk at X": a unit of X
                unit = join(t, i + 2, at);
            }
        }
        EntityDraft body = org == null ? null : org.root();
        if (org == null && ctx.subject() != null) {
            int end = ownUnitEnd(t, i + 1);
            if (end > 0) {
                body = ctx.subject(); // "has headed the legal team since 2019": a unit of the body the text is about
                unit = join(t, i + 2, end);
            }
        } else if (org == null || !isOrgLike(org) || org.root().type != EntityType.ORGANIZATION) {
            return;
        }
        if (body == null || body.type != EntityType.ORGANIZATION) {
            return;
        }
        if (org != null && org.to() < t.size() && t.get(org.to()).is("as")) {
            return; // "led the alliance as executive director": the post is named; PositionRule reads it
        }
        Slot person = relativeAntecedent(v, i);
        if (person == null) {
            person = nearestBefore(ctx, v, i, EntityType.PERSON, 12);
        }
        if (person == null || negated(t, i)) {
            return;
        }
        String w = t.get(i).lower();
        String role = w.startsWith("chair") ? "chair" : w.startsWith("direct") ? "director" : w.startsWith("presid") ? "president" : "head";
        if (unit != null) {
            role = "head of " + unit;
        }
        RelationDraft r = ctx.add(ID, RelationshipType.POSITION, person.root(), body, v);
        if (r.role == null) {
            r.role = role;
        }
        Dates d = Dates.around(t, i, t.size());
        r.start = r.start == null ? d.start : r.start;
        r.end = r.end == null ? d.end : r.end;
        boolean earlier = i >= 1 && Set.of("previously", "formerly", "once").contains(t.get(i - 1).lower());
        if (d.end != null || earlier) {
            r.current = Boolean.FALSE;
        }
    }

    /** "the legal desk at", "its digital team of": the index of the preposition after a unit's lower-case name, or -1. */
    /**
     * "the legal team" or "its research unit" ending the clause (a full stop, a comma, a date): the end
     * of the unit's words, or -1 when the words go on to name another body.
     */
    private static int ownUnitEnd(List<Token> t, int k) {
        if (k >= t.size() || !Set.of("the", "its").contains(t.get(k).lower())) {
            return -1;
        }
        int j = k + 1;
        while (j < t.size() && j <= k + 3 && t.get(j).isWord() && Character.isLowerCase(t.get(j).text().charAt(0))
            && !YEAR_OPENERS.contains(t.get(j).lower())) {
            j++;
        }
        if (j == k + 1 || !Cues.UNIT_HEADS.contains(t.get(j - 1).lower())) {
            return -1;
        }
        boolean ends = j >= t.size() || t.get(j).is(".") || t.get(j).is(",") || t.get(j).is(";")
            || YEAR_OPENERS.contains(t.get(j).lower()) || t.get(j).lower().equals("until");
        return ends ? j : -1;
    }

    private static int unitBefore(List<Token> t, int k) {
        if (k >= t.size() || !Set.of("the", "its", "a").contains(t.get(k).lower())) {
            return -1;
        }
        for (int j = k + 1; j < t.size() && j <= k + 4; j++) {
            Token u = t.get(j);
            if (!u.isWord() || !Character.isLowerCase(u.text().charAt(0))) {
                return -1;
            }
            String w = u.lower();
            if ((w.equals("at") || w.equals("of")) && j > k + 1) {
                return Cues.UNIT_HEADS.contains(t.get(j - 1).lower()) ? j : -1;
            }
        }
        return -1;
    }

    /** "joined by P, who now heads its research unit": the person the relative clause is about. */
    private static Slot relativeAntecedent(SentenceView v, int i) {
        List<Token> t = v.tokens;
        int k = i - 1;
        while (k > 0 && i - k <= 3 && t.get(k).isWord() && !t.get(k).lower().equals("who")
            && Character.isLowerCase(t.get(k).text().charAt(0))) {
            k--; // "who now heads", "who also chairs"
        }
        if (k < 2 || !t.get(k).lower().equals("who") || !t.get(k - 1).is(",")) {
            return null;
        }
        Slot p = slotEndingAt(v, k - 1);
        return p != null && p.root().type == EntityType.PERSON ? p : null;
    }

    /** "chaired since 2021 by P", "run from 2015 by P": the years stand between the verb and its agent. */
    private static boolean yearThenBy(List<Token> t, int i) {
        return i + 3 < t.size() && YEAR_OPENERS.contains(t.get(i + 1).lower()) && Dates.isYear(t.get(i + 2))
            && t.get(i + 3).lower().equals("by");
    }

    /**
     * "Our fiscal council is chaired by P", "its board is led by P", "The Supervisory Board meets twice a year
     * and is chaired by P": a body of the subject's own.
     */
    private static boolean ownBody(List<Token> t, int i) {
        for (int k = 0; k < i && k < 6; k++) {
            String w = t.get(k).lower();
            if ((w.equals("our") || w.equals("its")) && k < 4 || k >= 1 && t.get(0).lower().equals("the") && InternalBodies.isOrganNoun(w)) {
                return true;
            }
        }
        return false;
    }
}
