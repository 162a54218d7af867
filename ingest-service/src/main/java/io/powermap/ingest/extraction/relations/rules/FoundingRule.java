package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.CLAUSE_END;
import static io.powermap.ingest.extraction.relations.args.Arguments.actorBefore;
import static io.powermap.ingest.extraction.relations.args.Arguments.coordinatedBefore;
import static io.powermap.ingest.extraction.relations.args.Arguments.leadIn;
import static io.powermap.ingest.extraction.relations.args.Arguments.list;
import static io.powermap.ingest.extraction.relations.args.Arguments.promote;
import static io.powermap.ingest.extraction.relations.args.Slots.nearestOrgBefore;
import static io.powermap.ingest.extraction.relations.args.Slots.slotEndingAt;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;
import static io.powermap.ingest.extraction.relations.args.Tokens.containsBetween;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;
import static io.powermap.ingest.extraction.relations.args.Tokens.next;
import static io.powermap.ingest.extraction.relations.args.Tokens.prev;

import java.util.ArrayList;
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
 * "X was founded in 1971 by A and B", "A and B established X", "X, which A established in 2016":
 * FOUNDED for an organization, CAMPAIGN when an organization launched a campaign; a passive founding
 * of the subject with no founder named dates the subject.
 */
public final class FoundingRule extends CuedRule {

    public static final String ID = "founding.verb";

    public FoundingRule() {
        super(ID, Cues.FOUND_VERBS, 200);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        String w = t.get(i).lower();
        if (w.equals("set") && !next(t, i).equals("up") && !particleAfterObject(v, i)) {
            return; // "set up X" and "set X up" found X; "set a record" does not
        }
        if (w.equals("built") && !next(t, i).equals("by")) {
            return;
        }
        if (Cues.BARE_FOUND.contains(w) && !prev(t, i).equals("helped") && !prev(t, i).equals("help") && !wentOnTo(t, i)) {
            return;
        }
        if (negated(t, i)) {
            return;
        }
        int by = -1;
        for (int k = i + 1; k < t.size() && k < i + 14; k++) {
            String x = t.get(k).lower();
            if (x.equals("by")) {
                by = k;
                break;
            }
            if (CLAUSE_END.contains(x) || Cues.FOUND_VERBS.contains(x)) {
                break;
            }
        }
        boolean byNext = next(t, i).equals("by") || (next(t, i).equals("up") && i + 2 < t.size() && t.get(i + 2).lower().equals("by"))
            || (by > 0 && onlyTimeOrPlace(t, i + 1, by));
        if ((w.equals("began") || w.equals("started") && next(t, i).equals("in")) && !(by > 0 && byNext && (isPassive(t, i) || byNext))) {
            return; // "the group started in 1999" is not a founding; "was started in 1999 by X" is
        }
        if (by > 0 && (isPassive(t, i) || byNext || prev(t, i).equals(","))) {
            if (i == 0) {
                return; // "Started in 1998 by X, this campaign ...": what was started follows; left to the reader
            }
            EntityDraft target;
            if (ctx.campaignNouns().contains(prev(t, i))) {
                target = campaignBefore(v, i);
                if (target == null) {
                    return; // "a campaign started by X" with no named campaign before it: not the subject
                }
            } else {
                target = actorBefore(v, i, true);
            }
            if (target == null) {
                target = ctx.subject();
            }
            if (target == null) {
                return;
            }
            for (Slot s : list(v, by + 1, false)) {
                founded(ctx, ID, v, s.root(), target, i);
                Slot kin = kinPartner(v, s, true);
                if (kin != null) {
                    founded(ctx, ID, v, kin.root(), target, i);
                }
            }
            coFounders(ctx, v, by + 1, target, i);
            return;
        }
        // "X, which P and Q established in 2016": the founders stand between the relative and the verb
        int rel = -1;
        for (int k = i - 1; k >= 0 && k > i - 25; k--) {
            String x = t.get(k).lower();
            if ((x.equals("which") || x.equals("that") || x.equals("whom")) && k > 0) {
                rel = k;
                break;
            }
            if (x.equals(";")) {
                break;
            }
        }
        if (rel > 0) {
            Slot object = slotEndingAt(v, rel);
            if (object == null && t.get(rel - 1).is(",")) {
                object = slotEndingAt(v, rel - 1);
            }
            if (object == null) {
                Slot near = nearestOrgBefore(v, rel);
                object = near != null && rel - near.to() <= 6 ? near : null;
            }
            if (object == null && ctx.campaignNouns().contains(prev(t, rel))) {
                // "Y: an advertising effort that X launched": the effort is the campaign named before
                for (Slot s : v.slots) {
                    if (s.to() < rel && s.root().type == EntityType.CAMPAIGN) {
                        object = s;
                        break;
                    }
                }
            }
            List<Slot> founders = new ArrayList<>();
            for (Slot s : v.slots) {
                if (s.from() > rel && s.to() <= i && (s.root().type == EntityType.PERSON || s.root().type == EntityType.ORGANIZATION)) {
                    founders.add(s);
                }
            }
            if (object != null && !founders.isEmpty()) {
                for (Slot f : founders) {
                    founded(ctx, ID, v, f.root(), object.root(), i);
                }
                coFounders(ctx, v, i + 1, object.root(), i);
                return;
            }
        }
        if (isPassive(t, i) || reducedRelative(v, i)) {
            EntityDraft target = isPassive(t, i) ? actorBefore(v, i, true) : nearestOrgBefore(v, i).root();
            EntityDraft subject = ctx.subject();
            if (target != null) {
                coFounders(ctx, v, i + 1, target, i); // "was created in 2020 with A and B": no founder named but the partners
            }
            if (target != null && target == subject) {
                Dates d = Dates.around(t, i, Math.min(t.size(), i + 8));
                if (d.start != null) {
                    subject.attributes.putIfAbsent("founded", d.start);
                }
            }
            return;
        }
        List<Slot> agents = wentOnTo(t, i) ? sharedSubject(v, i - 3) : coordinatedBefore(v, i);
        if (agents.isEmpty()) {
            return;
        }
        Slot object = null;
        for (Slot s : v.slots) {
            if (s.from() > i && s.root().type != EntityType.PERSON && s.root().type != EntityType.LEGISLATION
                && s.from() <= i + 8 && leadIn(t, i + 1, s.from()) && !containsBetween(t, i + 1, s.from(), "with")) {
                object = s;
                break;
            }
        }
        if (object == null) {
            return;
        }
        for (Slot a : agents) {
            founded(ctx, ID, v, a.root(), object.root(), i);
            Slot kin = kinPartner(v, a, false);
            if (kin != null) {
                founded(ctx, ID, v, kin.root(), object.root(), i);
            }
        }
        coFounders(ctx, v, object.to(), object.root(), i); // "A co-founded X together with B"
    }

    /** "X, a coalition created in 2020 with A": a founding verb right after the noun describing the name before it. */
    private static boolean reducedRelative(SentenceView v, int i) {
        List<Token> t = v.tokens;
        if (i < 2 || !t.get(i - 1).isWord() || !Character.isLowerCase(t.get(i - 1).text().charAt(0))
            || !t.get(i).lower().endsWith("ed")) {
            return false;
        }
        Slot near = nearestOrgBefore(v, i);
        if (near == null || near.to() + 2 >= i || i - near.to() > 6 || !t.get(near.to()).is(",")) {
            return false;
        }
        String det = t.get(near.to() + 1).lower();
        if (!det.equals("a") && !det.equals("an")) {
            return false;
        }
        for (int k = near.to() + 2; k < i; k++) {
            if (!t.get(k).isWord()) {
                return false; // only the describing words stand between: "a Polish coalition created"
            }
        }
        return true;
    }

    /** "set the Lisbon Data Trust up": the particle follows the founded body's name. */
    private static boolean particleAfterObject(SentenceView v, int i) {
        Slot object = slotStartingNear(v, i + 1, 1);
        return object != null && object.to() < v.tokens.size() && v.tokens.get(object.to()).lower().equals("up");
    }

    /** "A started X and went on to co-found Y": after "and", the verb shares the sentence's opening subject. */
    private static List<Slot> sharedSubject(SentenceView v, int went) {
        if (went > 0 && v.tokens.get(went - 1).lower().equals("and") && !v.slots.isEmpty() && v.slots.get(0).from() <= 2
            && v.slots.get(0).to() < went) {
            return List.of(v.slots.get(0));
        }
        return coordinatedBefore(v, went);
    }

    /** "went on to co-found X", "helped to launch X": a bare verb whose founding happened. */
    private static boolean wentOnTo(List<Token> t, int i) {
        return i >= 3 && t.get(i - 1).lower().equals("to") && (t.get(i - 2).lower().equals("helped")
            || t.get(i - 2).lower().equals("on") && Set.of("went", "go", "goes", "going").contains(t.get(i - 3).lower()));
    }

    /**
     * States that {@code founder} founded {@code target} (FOUNDED), or runs it when the target is a
     * campaign (CAMPAIGN); an untyped target an organization launched is a campaign. Founding the
     * subject dates the subject.
     */
    static void founded(RelationContext ctx, String rule, SentenceView v, EntityDraft founder, EntityDraft target, int cue) {
        if (founder == target || founder.type == EntityType.LEGISLATION || founder.type == EntityType.CAMPAIGN) {
            return;
        }
        String w = v.tokens.get(cue).lower();
        boolean launch = w.equals("launched") || w.equals("started") || w.equals("launches") || w.equals("starts")
            || w.equals("created") || w.equals("began") || w.equals("organized");
        if (target.type == null && launch && founder.type == EntityType.ORGANIZATION) {
            promote(target, EntityType.CAMPAIGN);
        }
        if (target.type == EntityType.CAMPAIGN) {
            if (founder.type == EntityType.ORGANIZATION || founder.type == null) {
                RelationDraft r = ctx.add(rule, RelationshipType.CAMPAIGN, founder, target, v);
                Dates d = Dates.around(v.tokens, 0, v.tokens.size());
                if (r.start == null) {
                    r.start = d.start;
                }
            }
            return;
        }
        if (target.type != EntityType.ORGANIZATION && target.type != null) {
            return;
        }
        promote(target, EntityType.ORGANIZATION);
        ctx.add(rule, RelationshipType.FOUNDED, founder, target, v);
        EntityDraft subject = ctx.subject();
        if (target == subject) {
            Dates d = Dates.around(v.tokens, 0, v.tokens.size());
            if (d.start != null) {
                subject.attributes.putIfAbsent("founded", d.start);
            }
        }
    }

    /**
     * "A and her daughter, B" / "A and his father, B, established": a relative named in apposition after "and his/her KIN"
     * shares the act. Forward: the slot after {@code s}; backward: the slot before it.
     */
    private static Slot kinPartner(SentenceView v, Slot s, boolean forward) {
        List<Token> t = v.tokens;
        Slot other = null;
        int gapFrom;
        int gapTo;
        if (forward) {
            for (Slot o : v.slots) {
                if (o.from() > s.to()) {
                    other = o;
                    break;
                }
            }
            gapFrom = s.to();
            gapTo = other == null ? -1 : other.from();
        } else {
            for (Slot o : v.slots) {
                if (o.to() < s.from()) {
                    other = o;
                }
            }
            gapFrom = other == null ? -1 : other.to();
            gapTo = s.from();
        }
        if (other == null || other.root().type != EntityType.PERSON || s.root().type != EntityType.PERSON || other.reference()) {
            return null;
        }
        int len = gapTo - gapFrom;
        if (len != 4 || !t.get(gapFrom).lower().equals("and") || !Set.of("his", "her", "their").contains(t.get(gapFrom + 1).lower())
            || !Cues.KIN.contains(t.get(gapFrom + 2).lower()) || !t.get(gapFrom + 3).is(",")) {
            return null;
        }
        return other;
    }

    /** "Half in Ten, a campaign started by X": the named campaign the description stands for. */
    private static EntityDraft campaignBefore(SentenceView v, int i) {
        EntityDraft found = null;
        for (Slot s : v.slots) {
            if (s.to() < i && i - s.to() <= 5 && s.root().type == EntityType.CAMPAIGN) {
                found = s.root();
            }
        }
        return found;
    }

    /** "in 2012", "up in Vancouver in 1970", "originally": only when and where stand between a verb and its "by". */
    private static boolean onlyTimeOrPlace(List<Token> t, int from, int to) {
        if (to - from > 7) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token x = t.get(k);
            String w = x.lower();
            if (x.isNumber() || w.equals("in") || w.equals("up") || w.equals("on") || w.equals(",") || w.equals("originally")
                || w.equals("jointly") || w.equals("first") || w.equals("early") || w.equals("late")
                || (x.isWord() && x.isCapitalized() && k > from && t.get(k - 1).lower().equals("in"))) {
                continue;
            }
            return false;
        }
        return true;
    }

    /** "set up by A ... together with B and C": partners named after "along/together with" founded it too. */
    private static void coFounders(RelationContext ctx, SentenceView v, int from, EntityDraft target, int cue) {
        List<Token> t = v.tokens;
        for (int k = from; k + 1 < t.size(); k++) {
            String x = t.get(k).lower();
            if (x.equals(";") || x.equals("but")) {
                return;
            }
            boolean partners = (x.equals("together") || x.equals("along")) && t.get(k + 1).lower().equals("with");
            if (!partners && (x.equals("with") || x.equals("alongside")) && (k == from || onlyTimeOrPlace(t, from, k))
                && (k == from || !t.get(k - 1).isCapitalized()) // "Kenyans for Peace with Truth and Justice" is one name
                && (t.get(k + 1).lower().equals("the") || t.get(k + 1).isCapitalized())) {
                k--; // "co-founded in 1999 with A and B", "helped found alongside B": the partners follow the verb and its date
                partners = true;
            }
            if (partners) {
                for (Slot s : list(v, k + 2, false)) {
                    EntityType type = s.root().type;
                    if (s.root().name.contains(target.name) || target.name.contains(s.root().name)) {
                        continue; // one name read as two ("Kenyans for Peace" + "with Truth and Justice")
                    }
                    if (type == EntityType.PERSON || type == EntityType.ORGANIZATION) {
                        founded(ctx, ID, v, s.root(), target, cue);
                    }
                }
                return;
            }
        }
    }

    private static boolean isPassive(List<Token> t, int i) {
        String p = prev(t, i);
        String p2 = i >= 2 ? t.get(i - 2).lower() : "";
        return p.equals("was") || p.equals("were") || p.equals("been") || p.equals("is") || p.equals("be")
            || (p.equals("up") && (p2.equals("was") || p2.equals("were")))
            || ((p.equals("originally") || p.equals("first") || p.equals("formally") || p.equals("officially"))
            && (p2.equals("was") || p2.equals("were")))
            || (t.get(i).lower().equals("set") && (p.equals("was") || p.equals("were")));
    }
}
