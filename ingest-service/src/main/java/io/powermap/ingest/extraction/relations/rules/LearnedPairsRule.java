package io.powermap.ingest.extraction.relations.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.DocumentRule;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.RelationDraft;
import io.powermap.ingest.extraction.relations.args.Tokens;
import io.powermap.ingest.extraction.relations.layout.ListLeadIns;
import io.powermap.ingest.extraction.relations.learned.PairCandidate;
import io.powermap.ingest.extraction.relations.learned.PairCandidates;
import io.powermap.ingest.extraction.relations.learned.PairJudge;
import io.powermap.ingest.extraction.relations.learned.PairVerdict;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Dates;
import io.powermap.ingest.extraction.text.Money;
import io.powermap.ingest.extraction.text.Token;

/**
 * The last document rule: a trained judge reads every pair of entities a sentence names (and the
 * subject with each name of a sentence that leaves it unnamed) and states the relationships the
 * hand-written rules missed. A fact is stated once, from the sentence the judge is surest of, when
 * its probability reaches the judge's {@link PairJudge#addAt()} and the types of its ends fit its
 * type. It runs after every other rule, so their facts are features of the judge and win over it.
 * A position takes the role title nearest the person in that sentence; without one it is not
 * stated when the body goes unnamed in the sentence or the person is described as something else; funding takes the sentence's amount when it states exactly one, is not stated below
 * {@link #SECOND_READING} without an amount or a verb of giving or receiving, and never to a
 * grant-maker the document is about; years are read around the pair.
 */
public final class LearnedPairsRule implements DocumentRule {

    public static final String ID = "learned.pair";

    /** The probability a pair's second-likeliest relationship needs to be stated beside the likeliest. */
    static final double SECOND_READING = 0.5;

    private record Key(RelationshipType type, EntityDraft source, EntityDraft target) {
    }

    private record Best(double probability, SentenceView view) {
    }

    private final PairCandidates candidates;
    private final PairJudge judge;

    public LearnedPairsRule(PairCandidates candidates, PairJudge judge) {
        this.candidates = candidates;
        this.judge = judge;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void apply(RelationContext ctx, List<EntityDraft> entities, List<SentenceView> views) {
        if (judge == PairJudge.NONE) {
            return;
        }
        Map<Key, Best> best = new LinkedHashMap<>();
        for (PairCandidate c : candidates.of(views, ctx.subject(), ctx.store().drafts())) {
            boolean tied = tiedHere(ctx, c);
            if (denied(c) || !judge.readsEveryPair() && (tied || !actor(c.first()) && !actor(c.second()))) {
                continue;
            }
            List<PairVerdict> verdicts = judge.judge(c);
            for (PairVerdict v : verdicts) {
                if (v != verdicts.get(0) && v.probability() < SECOND_READING) {
                    continue; // one reading of a pair unless a second one is likely on its own
                }
                if (undecidedStance(v, verdicts)) {
                    continue;
                }
                EntityDraft source = v.forward() ? c.first() : c.second();
                EntityDraft target = v.forward() ? c.second() : c.first();
                if (tied || v.probability() < judge.addAt() || source.type == null || target.type == null
                    || !v.type().allows(source.type, target.type)
                    || ruleReadOtherwise(ctx, v.type(), source, target, c.view().sentence.index())) {
                    continue;
                }
                best.merge(new Key(v.type(), source, target), new Best(v.probability(), c.view()),
                    (x, y) -> y.probability() > x.probability() ? y : x);
            }
        }
        best.forEach((k, b) -> {
            if (contradicted(k, b, best) || ctx.store().has(k.type(), k.source(), k.target())) {
                return;
            }
            Slot person = slotOf(b.view(), k.source());
            String role = k.type() == RelationshipType.POSITION && person != null ? nearestRole(ctx, b.view().tokens, person) : null;
            if (k.type() == RelationshipType.POSITION && role == null
                && (slotOf(b.view(), k.target()) == null || describedOtherwise(b.view().tokens, person))) {
                return; // no title, and the body unnamed or the person described as something else: a passer-by
            }
            if (k.type() == RelationshipType.FUNDING && !moneyWords(b, k, ctx)) {
                return;
            }
            if (k.type() == RelationshipType.POSITION && PartyOfficeRule.isPartySeat(role, k.target())) {
                // "X, the Green Party MP for Y": a seat named through its party is membership of the party
                if (!ctx.store().has(RelationshipType.MEMBERSHIP, k.source(), k.target())) {
                    ctx.add(ID, RelationshipType.MEMBERSHIP, k.source(), k.target(), b.view());
                }
                return;
            }
            RelationDraft r = ctx.add(ID, k.type(), k.source(), k.target(), b.view());
            r.role = role;
            describe(r, b.view());
        });
    }

    /** A pair with no person or organization states no relationship of the model's types. */
    private static boolean actor(EntityDraft e) {
        return e.type == io.powermap.contract.EntityType.PERSON || e.type == io.powermap.contract.EntityType.ORGANIZATION;
    }

    /**
     * Whether the rules tied the two in this sentence, with any type ("founded in 2001 with a grant
     * from X" is funding, not founding): then the pair is theirs, and the product's judge does not read it.
     */
    private static boolean tiedHere(RelationContext ctx, PairCandidate c) {
        int sentence = c.view().sentence.index();
        for (RelationDraft r : ctx.store().drafts()) {
            EntityDraft s = r.source.root();
            EntityDraft o = r.target.root();
            if ((s == c.first() && o == c.second() || s == c.second() && o == c.first()) && r.sentences().contains(sentence)) {
                return true;
            }
        }
        return false;
    }

    /** "did not fund", "was never a member": a negation between the two names or just after the later one. */
    private static boolean denied(PairCandidate c) {
        List<Token> t = c.view().tokens;
        Slot second = null;
        for (Slot s : c.view().slots) {
            if (s.root() == c.second() && (second == null || s.from() < second.from())) {
                second = s;
            }
        }
        int end = second == null ? t.size() : Math.min(t.size(), second.to() + 4);
        for (int k = 0; k < end; k++) {
            if (Tokens.isNegation(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a hand-written rule read this type in this sentence with other ends: it gave the target
     * another source or the source another target (a campaign has one owner, a handover one successor).
     */
    private static boolean ruleReadOtherwise(RelationContext ctx, RelationshipType type, EntityDraft source, EntityDraft target,
                                             int sentence) {
        for (RelationDraft r : ctx.store().drafts()) {
            if (!r.sentences().contains(sentence)) {
                continue;
            }
            if (r.type == type && (r.target.root() == target) != (r.source.root() == source)) {
                return true;
            }
            if (r.type == RelationshipType.FUNDING && type == RelationshipType.FUNDING && r.source.root() == target) {
                return true; // a line the rules read as the target paying someone does not also pay the target
            }
        }
        return false;
    }

    /** Support and opposition read in one sentence's pair: unless one is twice as likely, the judge cannot tell. */
    private static boolean undecidedStance(PairVerdict v, List<PairVerdict> verdicts) {
        for (PairVerdict o : verdicts) {
            if (o.forward() == v.forward() && (v.type() == RelationshipType.SUPPORTS && o.type() == RelationshipType.OPPOSES
                || v.type() == RelationshipType.OPPOSES && o.type() == RelationshipType.SUPPORTS)
                && v.probability() < 2 * o.probability()) {
                return true;
            }
        }
        return false;
    }

    /** Support and opposition read for the same pair in different sentences: the same test over their best. */
    private static boolean contradicted(Key k, Best b, Map<Key, Best> best) {
        RelationshipType other = k.type() == RelationshipType.SUPPORTS ? RelationshipType.OPPOSES
            : k.type() == RelationshipType.OPPOSES ? RelationshipType.SUPPORTS : null;
        if (other == null) {
            return false;
        }
        Best o = best.get(new Key(other, k.source(), k.target()));
        return o != null && b.probability() < 2 * o.probability();
    }

    private static void describe(RelationDraft r, SentenceView v) {
        List<Token> t = v.tokens;
        if (r.type == RelationshipType.FUNDING) {
            int at = Money.find(t, 0, t.size());
            if (at >= 0 && Money.find(t, at + 1, t.size()) < 0) {
                r.money(Money.at(t, at));
            }
        }
        if (r.type == RelationshipType.POSITION || r.type == RelationshipType.FUNDING || r.type == RelationshipType.MEMBERSHIP) {
            Dates d = Dates.around(t, 0, t.size());
            r.start = d.start;
            r.end = d.end;
            r.current = d.current;
        }
    }

    /**
     * Whether the judge's funding has words of money behind it: an amount or a verb of giving or receiving,
     * and a recipient that is not a grant-maker the document is about (whose money lines name its grantees).
     */
    private static boolean moneyWords(Best b, Key k, RelationContext ctx) {
        if (k.target() == ctx.subject() && ListLeadIns.grantMaker(k.target())) {
            return false;
        }
        List<Token> t = b.view().tokens;
        if (b.probability() >= SECOND_READING || Money.find(t, 0, t.size()) >= 0) {
            return true;
        }
        for (Token w : t) {
            if (Cues.FUND_VERBS.contains(w.lower()) || Cues.RECEIVE_VERBS.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }

    /** "Name, a police officer, ...": an apposition that calls the person something that is not a post title. */
    private static boolean describedOtherwise(List<Token> t, Slot person) {
        int k = person.to();
        return k + 2 < t.size() && t.get(k).is(",") && (t.get(k + 1).is("a") || t.get(k + 1).is("an"))
            && t.get(k + 2).isWord() && Character.isLowerCase(t.get(k + 2).text().charAt(0));
    }

    private static Slot slotOf(SentenceView v, EntityDraft e) {
        for (Slot s : v.slots) {
            if (s.root() == e) {
                return s;
            }
        }
        return null;
    }

    /** The role title nearest the person's name, at most eight words away, or null. */
    private static String nearestRole(RelationContext ctx, List<Token> t, Slot person) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = Math.max(0, person.from() - 8); i < Math.min(t.size(), person.to() + 8); i++) {
            if (i >= person.from() && i < person.to()) {
                continue;
            }
            int end = ctx.gazetteer().roleEnd(t, i);
            if (end < 0) {
                continue;
            }
            int distance = i >= person.to() ? i - person.to() : person.from() - end;
            if (distance >= 0 && distance < bestDistance) {
                bestDistance = distance;
                StringBuilder b = new StringBuilder();
                for (int k = i; k < end; k++) {
                    b.append(k > i ? " " : "").append(t.get(k).lower());
                }
                String role = b.toString();
                best = ctx.gazetteer().roles.contains(role) || !role.endsWith("s") ? role : role.substring(0, role.length() - 1);
            }
        }
        return best;
    }
}
