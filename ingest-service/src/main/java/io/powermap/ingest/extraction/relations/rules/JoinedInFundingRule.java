package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.CLAUSE_END;
import static io.powermap.ingest.extraction.relations.args.Slots.isOrgLike;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;
import static io.powermap.ingest.extraction.relations.args.Tokens.next;

import java.util.List;
import java.util.Set;

import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.CuedRule;

/**
 * "In 1968 it joined the Carnegie Corporation in underwriting the launch of the Example Workshop": the one who
 * joined and the one joined both fund the first organization named after the gerund. A gerund elsewhere says nothing.
 */
public final class JoinedInFundingRule extends CuedRule {

    public static final String ID = "funding.joined-in";
    static final Set<String> GERUNDS = Cues.load("funding-joined-in-gerunds");

    public JoinedInFundingRule() {
        super(ID, GERUNDS, 101);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        if (negated(t, i) || next(t, i).equals("by")) {
            return; // "underwriting by X" is read by FundingRule
        }
        if (i < 3 || !t.get(i - 1).is("in")) {
            return;
        }
        Slot partner = null;
        for (Slot s : v.slots) {
            // "the Carnegie Corporation of New York in ...": a place may trail the partner's name
            if (s.to() <= i - 1 && i - 1 - s.to() <= 3 && isOrgLike(s) && s.from() >= 1) {
                partner = s;
            }
        }
        if (partner == null) {
            return;
        }
        for (int k = partner.to(); k < i - 1; k++) {
            if (!t.get(k).isWord() || !(t.get(k).isCapitalized() || t.get(k).is("of"))) {
                return;
            }
        }
        int j = partner.from() - 1;
        if (t.get(j).is("the") && j > 0) {
            j--;
        }
        if (!t.get(j).lower().equals("joined")) {
            return;
        }
        Slot joiner = null;
        for (Slot s : v.slots) {
            if (s.to() <= j && isOrgLike(s)) {
                joiner = s;
            }
        }
        EntityDraft recipient = null;
        for (Slot s : v.slots) {
            if (s.from() > i && isOrgLike(s)) {
                boolean clauseBroken = false;
                for (int k = i + 1; k < s.from(); k++) {
                    if (t.get(k).is(",") || t.get(k).is(";") || CLAUSE_END.contains(t.get(k).lower())) {
                        clauseBroken = true;
                        break;
                    }
                }
                if (!clauseBroken && s.from() - i <= 8) {
                    recipient = s.root();
                }
                break;
            }
        }
        if (recipient == null) {
            return;
        }
        FundingTie.add(ctx, ID, v, partner, recipient, i);
        if (joiner != null) {
            FundingTie.add(ctx, ID, v, joiner, recipient, i);
        }
    }
}
