package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Slots.slotEndingAt;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;

import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.CuedRule;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.layout.ListLeadIns;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Money;
import io.powermap.ingest.extraction.text.Token;

/**
 * A line of a money list that opens with a funder, a colon and an amount ("Harbour Trust: EUR 20,000 for
 * 2024-2025", "The Ford Foundation (FF): USD 50,000 in 2021 for the archive") is that funder's grant to the
 * document's subject, or to a named campaign the line says the money was for. A line whose money was refused,
 * promised or never paid states no grant, nor does a line of a list whose lead-in or heading says what its lines
 * are ("Grants went to:" names grantees), nor a line in the money list of a body whose name says it gives grants.
 */
public final class FunderColonAmountRule extends CuedRule {

    public static final String ID = "funding.colon-amount";
    /** Words that may stand between the colon and the amount: "about EUR 2 million". */
    private static final Set<String> AMOUNT_LEADS = Set.of("about", "around", "some", "roughly", "approximately", "over", "nearly");
    /** Words after which the money never changed hands (cues/funding-colon-not-paid.txt). */
    private static final Set<String> NOT_PAID = Cues.load("funding-colon-not-paid");
    /** Last words of a record label that says its line is money (cues/funding-colon-labels.txt). */
    private static final Set<String> MONEY_LABELS = Cues.load("funding-colon-labels");
    /** Tokens between the colon and the amount's number at most: "about", a currency code or sign. */
    private static final int AMOUNT_REACH = 3;

    public FunderColonAmountRule() {
        super(ID, Set.of(":"), 150);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        if (ctx.state().listStance != null
            || ctx.state().headingStance != null && ctx.state().headingStance != RelationshipType.FUNDING) {
            return; // "Grants went to:", "Members": the list's lead-in or heading says what its lines are
        }
        int end = i;
        if (end > 0 && t.get(end - 1).is(")")) {
            int open = end - 1;
            while (open > 0 && !t.get(open).is("(")) {
                open--;
            }
            end = open; // "Swedish Aid Agency (SAA):": a gloss or an acronym in brackets before the colon
        }
        Slot funder = slotEndingAt(v, end);
        int opens = funder == null ? 0 : moneyLabelEnd(t, funder.from());
        if (funder == null || funder.reference() || funder.root().type != EntityType.ORGANIZATION || funder.from() > opens + 1
            || funder.from() == opens + 1 && !t.get(opens).lower().equals("the")) {
            return;
        }
        int from = i + 1;
        while (from < t.size() && from - i <= AMOUNT_REACH && AMOUNT_LEADS.contains(t.get(from).lower())) {
            from++;
        }
        int number = Money.find(t, from, Math.min(t.size(), from + AMOUNT_REACH));
        if (number < 0 || negated(t, number)) {
            return;
        }
        for (Token w : t) {
            if (NOT_PAID.contains(w.lower())) {
                return;
            }
        }
        EntityDraft recipient = ctx.subject();
        for (int k = number + 1; k + 1 < t.size(); k++) {
            if (t.get(k).is("for")) {
                Slot s = slotAt(v, k + 1);
                if (s != null && s.root().type == EntityType.CAMPAIGN) {
                    recipient = s.root(); // "...: EUR 9,000 in 2025 for the Open Doors project": the money is the project's
                } else if (s != null && s.root() != recipient) {
                    return; // "for" another name: whose money it is is not clear from the line
                }
            }
        }
        if (recipient == null || funder.root() == recipient
            || recipient == ctx.subject() && ListLeadIns.grantMaker(recipient)) {
            return; // a grant-maker's own money lines most often name its grantees
        }
        FundingTie.add(ctx, ID, v, funder, recipient, i);
    }

    /**
     * Where the funder may start: 0, or after a record's label that says the line is money ("Grant: X: EUR 9,000",
     * "Former grant: X: ..."), a label of at most three words ending in a word of cues/funding-colon-labels.txt.
     */
    private static int moneyLabelEnd(List<Token> t, int funderFrom) {
        int colon = funderFrom - 1;
        if (colon < 1 || colon > 3 || !t.get(colon).is(":") || !MONEY_LABELS.contains(t.get(colon - 1).lower())) {
            return 0;
        }
        for (int k = 0; k < colon; k++) {
            if (!t.get(k).isWord()) {
                return 0;
            }
        }
        return colon + 1;
    }

    /** The slot that starts at {@code k}, or right after an article there. */
    private static Slot slotAt(SentenceView v, int k) {
        for (Slot s : v.slots) {
            if (s.from() == k || s.from() == k + 1 && v.tokens.get(k).lower().equals("the")) {
                return s;
            }
        }
        return null;
    }
}
