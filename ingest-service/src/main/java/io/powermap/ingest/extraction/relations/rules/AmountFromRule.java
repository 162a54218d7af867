package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Slots.isOrgLike;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;

import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.text.Money;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.CuedRule;
import io.powermap.ingest.extraction.relations.RelationContext;

/**
 * "the only foundation money on record is EUR 85,000 from the X Stiftung", "with $40,000 from X":
 * an amount from a body is that body's funding of the document's subject, whatever verb, if any,
 * the sentence uses.
 */
public final class AmountFromRule extends CuedRule {

    public static final String ID = "funding.amount-from";
    /** Words that may stand between the number and "from": "2 million", "40,000 euros", "a year". */
    private static final Set<String> AMOUNT_TAIL = Set.of("million", "billion", "m", "bn", "k", "thousand", "euros", "euro",
        "pounds", "dollars", "a", "year", "per", "annually", "each", "crore", "lakh");

    /** "is funded by", "was financed with": the sentence's opening name is what the money is for. */
    private static boolean fundedBetween(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = t.get(k).lower();
            if (Cues.FUND_VERBS.contains(w) && w.endsWith("ed") || w.equals("supported")) {
                return true;
            }
        }
        return false;
    }

    public AmountFromRule() {
        super(ID, Set.of("from"), 150);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        int number = i - 1;
        while (number > 0 && i - number <= 3 && AMOUNT_TAIL.contains(t.get(number).lower())) {
            number--;
        }
        if (number < 0 || !t.get(number).isNumber() || Money.find(t, number, number + 1) != number || negated(t, number)) {
            return;
        }
        Slot funder = slotStartingNear(v, i + 1, 1);
        EntityDraft recipient = ctx.subject();
        Slot first = null;
        for (Slot s : v.slots) {
            if (s.from() <= 2 && !s.reference()) {
                first = s; // "Its X project is funded ...": the project, not the pronoun
                break;
            }
        }
        if (first != null && first != funder && first.to() < number && fundedBetween(t, first.to(), number)
            && (first.root().type == EntityType.ORGANIZATION || first.root().type == EntityType.CAMPAIGN)) {
            recipient = first.root(); // "the Y project is funded by ... NOK 12 million from X": Y receives
        }
        if (funder == null || !isOrgLike(funder) || recipient == null || funder.root() == recipient) {
            return;
        }
        FundingTie.add(ctx, ID, v, funder, recipient, i);
    }
}
