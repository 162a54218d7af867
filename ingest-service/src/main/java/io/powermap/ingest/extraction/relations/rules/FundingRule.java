package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.CLAUSE_END;
import static io.powermap.ingest.extraction.relations.args.Arguments.actorBefore;
import static io.powermap.ingest.extraction.relations.args.Arguments.coordinatedBefore;
import static io.powermap.ingest.extraction.relations.args.Arguments.list;
import static io.powermap.ingest.extraction.relations.args.Slots.isOrgLike;
import static io.powermap.ingest.extraction.relations.args.Tokens.mentions;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;
import static io.powermap.ingest.extraction.relations.args.Tokens.next;
import static io.powermap.ingest.extraction.relations.args.Tokens.prev;

import java.util.List;
import java.util.Set;

import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.text.Money;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.CuedRule;

/**
 * "The Meyer Foundation gave $50,000 to Mary's Pantry", "Y is funded by A and B": the givers
 * coordinated before the verb fund the organization after "to" (or the subject); a passive names the
 * givers after "by".
 */
public final class FundingRule extends CuedRule {

    private static final Set<String> URGE_VERBS = Cues.load("funding-urge-verbs");
    public static final String ID = "funding.gave";
    private static final Set<String> NEED_AMOUNT = Cues.load("funding-verbs-need-amount");

    public FundingRule() {
        super(ID, Cues.FUND_VERBS, 100);
    }

    /** Its own id and that of the namesake tie it states beside a person's foundation's gift. */
    @Override
    public List<String> ids() {
        return List.of(ID, FundingTie.NAMESAKE);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        if (negated(t, i)) {
            return;
        }
        String w = t.get(i).lower();
        if (next(t, i).equals("by")) {
            EntityDraft recipient = actorBefore(v, i, false);
            for (Slot s : list(v, i + 2, true)) {
                FundingTie.add(ctx, ID, v, s, recipient == null ? ctx.subject() : recipient, i);
            }
            return;
        }
        if ((w.equals("funds") || w.equals("fund")) && (prev(t, i).equals("the") || prev(t, i).equals("of")
            || prev(t, i).equals("in") || prev(t, i).equals("its") || prev(t, i).equals("their"))) {
            return;
        }
        if ((w.equals("funds") || w.equals("fund")) && i >= 2 && t.get(i - 1).isWord() && !t.get(i - 1).isCapitalized()
            && Set.of("the", "a", "an", "its", "their").contains(t.get(i - 2).lower())) {
            return; // "the pooled fund that ...": a noun after an adjective, not a verb
        }
        if (NEED_AMOUNT.contains(w) && Money.find(t, i, t.size()) < 0 && !mentions(t, Cues.FUND_NOUNS)) {
            return;
        }
        if (urgedToFund(t, i)) {
            return; // "urged ministers to fund X": the money asked for is someone else's
        }
        if (JoinedInFundingRule.GERUNDS.contains(w)) {
            return; // "joined X in underwriting Y": read by JoinedInFundingRule
        }
        List<Slot> funders = coordinatedBefore(v, i);
        if (funders.isEmpty()) {
            return;
        }
        EntityDraft recipient = null;
        List<Slot> recipients = List.of();
        int clauseEnd = t.size();
        for (int k = i + 1; k < t.size(); k++) {
            if (t.get(k).is(",") || t.get(k).is(";") || CLAUSE_END.contains(t.get(k).lower())) {
                clauseEnd = k;
                break;
            }
        }
        for (Slot s : v.slots) {
            if (s.from() > i && s.from() < clauseEnd && isOrgLike(s) && s.root() != funders.get(0).root()) {
                String p = prev(t, s.from());
                boolean throughArticle = p.equals("the") && s.from() >= 2
                    && (t.get(s.from() - 2).is("to") || t.get(s.from() - 2).is("into"));
                if (p.equals("to") || p.equals("into") || throughArticle || s.from() == i + 1 || (s.from() == i + 2 && p.equals("the"))) {
                    recipient = s.root();
                    recipients = coordinatedAfter(v, s); // "funds A and the B": every body of the list gets the money
                    break;
                }
            }
        }
        if (recipient == null) {
            recipient = ctx.subject();
        }
        for (Slot f : funders) {
            FundingTie.add(ctx, ID, v, f, recipient, i);
            for (Slot r : recipients) {
                if (r.root() != recipient && r.from() < clauseEnd && r.root() != f.root() && isOrgLike(r)) {
                    FundingTie.add(ctx, ID, v, f, r.root(), i);
                }
            }
        }
    }

    /** The slots joined to {@code first} by nothing but commas, "and" and "the": "A, B and the C". */
    private static List<Slot> coordinatedAfter(SentenceView v, Slot first) {
        List<Slot> out = new java.util.ArrayList<>();
        Slot last = first;
        for (Slot s : v.slots) {
            if (s.from() < last.to()) {
                continue;
            }
            boolean joined = s.from() > last.to();
            boolean glue = false;
            for (int k = last.to(); k < s.from() && joined; k++) {
                Token g = v.tokens.get(k);
                joined = g.is(",") || g.is("and") || g.is("the");
                glue |= !g.is("the");
            }
            if (!joined || !glue) {
                break;
            }
            out.add(s);
            last = s;
        }
        return out;
    }

    /** "urged the government to fund", "asked donors to give": an appeal, not a payment. */
    private static boolean urgedToFund(List<Token> t, int i) {
        if (!prev(t, i).equals("to")) {
            return false;
        }
        for (int k = i - 2; k >= 0 && k >= i - 6; k--) {
            if (URGE_VERBS.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
