package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.nearestBefore;
import static io.powermap.ingest.extraction.relations.args.Slots.isOrgLike;
import static io.powermap.ingest.extraction.relations.args.Slots.slotEndingAt;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;

import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.CuedRule;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.RelationDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Dates;
import io.powermap.ingest.extraction.text.Token;

/**
 * "P spent eight years at X", "P worked for a decade with X", "P served two terms at X": a stretch of time at a
 * body ties P to it (id {@link #ID}): an AFFILIATION, as a stint told without its post is annotated, or a POSITION
 * with its role when the post is said ("..., leaving in 2021 as head of its legal desk"). Told in the past
 * ("spent", "worked"), or with a year of leaving, it has ended; "has spent" keeps it current. The stretch must hold
 * a unit of time (cue lists {@code position-tenure-verbs}, {@code position-tenure-units}), so "worked with X on a
 * report" states no tie, and "at" or "with" must lead to the body ("spent ten years in Lyon" names a place).
 */
public final class TenureRule extends CuedRule {

    public static final String ID = "affiliation.tenure";
    private static final Set<String> UNITS = Cues.load("position-tenure-units");
    private static final Set<String> PLACES = Set.of("at", "with");
    /** How far after the body a post may be named: "..., leaving in 2021 as head of its women's desk". */
    private static final int ROLE_WINDOW = 8;
    /** Words after which the sentence moves on to another body or time. */
    private static final Set<String> CLAUSE_TURNS = Set.of("before", "after", "then", "and", "joining", "joined", "when", "until");
    /** Units of a body one works in: "the Sofia office of X". */
    private static final Set<String> OFFICES = Set.of("office", "offices", "branch", "bureau", "mission", "delegation", "desk");
    /** Words between the verb and the unit: "for", "nearly", "more than", "the next", a number. */
    private static final int STRETCH_MAX = 5;
    private static final Set<String> PAST = Set.of("spent", "worked", "served", "stayed", "remained");
    private static final Set<String> PERFECT = Set.of("has", "have");

    public TenureRule() {
        super(ID, Cues.load("position-tenure-verbs"), 906);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        int unit = -1;
        for (int k = i + 1; k < t.size() && k <= i + STRETCH_MAX; k++) {
            if (UNITS.contains(t.get(k).lower())) {
                unit = k;
                break;
            }
            if (!t.get(k).isWord() && !t.get(k).isNumber() || t.get(k).isCapitalized()) {
                return;
            }
        }
        if (unit < 0 || unit + 2 >= t.size() || !PLACES.contains(t.get(unit + 1).lower()) || negated(t, i)) {
            return;
        }
        Slot org = slotStartingNear(v, officeOf(t, unit + 2), 1);
        boolean perfect = i > 0 && PERFECT.contains(t.get(i - 1).lower());
        int before = perfect ? i - 1 : i;
        if (before > 0 && t.get(before - 1).is(",")) {
            before--; // "Her successor, P, spent ...": the name in apposition before the verb
        }
        Slot person = slotEndingAt(v, before);
        if (person == null || person.reference() || person.root().type != null && person.root().type != EntityType.PERSON) {
            person = nearestBefore(ctx, v, i, EntityType.PERSON, 12); // "P, who ..., spent"; an untyped name right before the verb takes the post's type
        }
        if (org == null || person == null || org.reference() && !t.get(unit + 2).lower().equals("its") || !isOrgLike(org)
            || org.root().type == EntityType.PERSON || org.root() == person.root()) {
            return;
        }
        String role = roleAfter(ctx, t, org.to());
        RelationDraft r = ctx.add(ID, role != null ? RelationshipType.POSITION : RelationshipType.AFFILIATION, person.root(),
            org.root(), v);
        if (role != null && r.role == null) {
            r.role = role;
        }
        Dates d = Dates.around(t, org.to(), Math.min(t.size(), org.to() + 8));
        if (d.end != null && r.end == null) {
            r.end = d.end;
        } else if (d.start != null && r.end == null && !perfect) {
            r.end = d.start; // "..., leaving in 2021": the one year after the body is when the stretch ended
        }
        if (r.current == null) {
            r.current = perfect ? Boolean.TRUE : PAST.contains(t.get(i).lower()) || r.end != null ? Boolean.FALSE : null;
        }
    }

    /** "the Sofia office of X", "the regional bureau of X": where the body itself is named; else {@code from}. */
    private static int officeOf(List<Token> t, int from) {
        for (int k = from + 1; k + 1 < t.size() && k <= from + 4; k++) {
            if (t.get(k).lower().equals("of") && OFFICES.contains(t.get(k - 1).lower())) {
                return k + 1;
            }
        }
        return from;
    }

    /** The post named by "as" shortly after the body ("as head of ...", "as its treasurer"), or null. */
    private static String roleAfter(RelationContext ctx, List<Token> t, int from) {
        for (int k = from; k < t.size() - 1 && k <= from + ROLE_WINDOW; k++) {
            if (CLAUSE_TURNS.contains(t.get(k).lower())) {
                return null; // "... before joining Y in 2014 as head of ...": the post is at the next body
            }
            if (t.get(k).lower().equals("as")) {
                int w = k + 1 < t.size() && (t.get(k + 1).lower().equals("its") || t.get(k + 1).lower().equals("the")
                    || t.get(k + 1).lower().equals("a") || t.get(k + 1).lower().equals("an")) ? k + 2 : k + 1;
                String one = w < t.size() ? t.get(w).lower() : "";
                String two = w + 1 < t.size() ? one + " " + t.get(w + 1).lower() : "";
                return ctx.gazetteer().roles.contains(two) ? two : ctx.gazetteer().roles.contains(one) ? one : null;
            }
        }
        return null;
    }
}
