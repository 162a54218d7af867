package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.coordinatedBefore;
import static io.powermap.ingest.extraction.relations.args.Slots.isOrgLike;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;
import static io.powermap.ingest.extraction.relations.args.Tokens.prev;

import java.util.List;
import java.util.Set;

import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.CuedRule;

/** "The Carnegie Corporation has also made grants (to X)": the makers fund X, or the subject. */
public final class MadeGrantsRule extends CuedRule {

    public static final String ID = "funding.made-grants";
    private static final Set<String> MAKING = Cues.load("funding-grant-making-verbs");

    public MadeGrantsRule() {
        super(ID, Cues.FUND_NOUNS, 130);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        int verb = makingVerbBefore(t, i);
        if (verb < 0 || negated(t, verb)) {
            return;
        }
        List<Slot> funders = coordinatedBefore(v, verb);
        EntityDraft recipient = ctx.subject();
        for (int k = i + 1; k < t.size() && k < i + 4; k++) {
            if (t.get(k).lower().equals("to")) {
                Slot s = slotStartingNear(v, k + 1, 1);
                if (s != null && isOrgLike(s)) {
                    recipient = s.root();
                }
                break;
            }
        }
        for (Slot f : funders) {
            FundingTie.add(ctx, ID, v, f, recipient, i);
        }
    }

    /** "made grants", "made a $200,000 grant", "awarded a three-year grant": the verb before the noun, past its amount and modifiers. */
    private static int makingVerbBefore(List<Token> t, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
            Token w = t.get(k);
            if (MAKING.contains(w.lower())) {
                return k;
            }
            boolean modifier = w.isNumber() || w.is("$") || w.is("€") || w.is("£") || w.isWord() && !w.isCapitalized();
            if (!modifier || w.lower().equals("to") || w.lower().equals("from")) {
                return -1;
            }
        }
        return -1;
    }
}
