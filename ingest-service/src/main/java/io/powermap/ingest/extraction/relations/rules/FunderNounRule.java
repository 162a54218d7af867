package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.coordinatedBefore;
import static io.powermap.ingest.extraction.relations.args.Arguments.list;
import static io.powermap.ingest.extraction.relations.args.Arguments.possessorBefore;
import static io.powermap.ingest.extraction.relations.args.Slots.isOrgLike;
import static io.powermap.ingest.extraction.relations.args.Slots.slotEndingAt;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;
import static io.powermap.ingest.extraction.relations.args.Tokens.next;
import static io.powermap.ingest.extraction.relations.args.Tokens.prev;

import java.util.List;
import java.util.Set;

import io.powermap.ingest.extraction.text.Dates;

import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.args.DescribedItems;
import io.powermap.ingest.extraction.relations.args.Slots;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.CuedRule;

/** "Its donors include A and B", "A and B are among the sponsors of its dinner": the named fund the owner. */
public final class FunderNounRule extends CuedRule {

    public static final String ID = "funding.funder-noun";

    /** Words that make "supporters" mean those who pay: "institutional supporters", "financial supporters". */
    private static final Set<String> MONEY_QUALIFIERS = Set.of("institutional", "financial", "main", "major", "largest",
        "biggest", "principal", "core", "corporate", "foundation");
    private static final Set<String> CUES = Cues.union(Cues.FUNDER_NOUNS, Set.of("supporters", "supporter"));

    public FunderNounRule() {
        super(ID, CUES, 140);
    }


    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        String w = t.get(i).lower();
        if ((w.equals("supporters") || w.equals("supporter")) && !MONEY_QUALIFIERS.contains(prev(t, i))) {
            return; // "supporters" alone may be endorsers; "institutional supporters" are funders
        }
        if (SINGULAR.contains(w) && oneFunder(ctx, v, i)) {
            return;
        }
        int after = i;
        if (i + 2 < t.size() && t.get(i + 1).lower().equals("in") && Dates.isYear(t.get(i + 2))) {
            after = i + 2; // "its main supporters in 2023 were"
        }
        int verb = listVerbAfter(t, i);
        if (verb > i + 1 && after == i) {
            after = verb - 1; // "funders over recent years include", "supporters in the current period include"
        }
        String n = next(t, after);
        if (n.equals("of") && !Cues.FUNDER_NOUNS.contains(prev(t, i))) {
            // "X and Y have been among the corporate sponsors of its dinner"
            Slot owner = slotStartingNear(v, i + 2, 1);
            EntityDraft recipient = owner != null && isOrgLike(owner) ? owner.root() : ctx.subject();
            for (Slot f : coordinatedBefore(v, i)) {
                FundingTie.add(ctx, ID, v, f, recipient, i);
            }
            return;
        }
        if (!(n.equals("include") || n.equals("included") || n.equals("including") || n.equals("are") || n.equals("were")
            || n.equals("have") || n.equals("such") || n.equals(",") || n.equals(":"))) {
            return;
        }
        EntityDraft recipient = possessorBefore(ctx, v, i);
        List<Slot> funders = list(v, after + 1, true);
        boolean described = !funders.isEmpty() && (n.equals("include") || n.equals("included") || n.equals("including"));
        if (described) {
            funders = DescribedItems.extend(v, funders, Slots::isOrgLike, true);
        }
        for (Slot s : funders) {
            // an item's own amount and years follow its name: "A, PLN 420,000 in 2022; B (EUR 40,000)"
            FundingTie.add(ctx, ID, v, s, recipient == null ? ctx.subject() : recipient, described ? s.to() - 1 : i);
        }
    }

    private static final Set<String> SINGULAR = Set.of("donor", "funder", "backer", "sponsor");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "our", "their");
    private static final Set<String> COPULAS = Set.of("is", "was", "been", "became", "remains", "remained");

    /**
     * One funder named with the noun: "X has been a donor since 2016", "X was the first institutional
     * donor, with EUR 180,000", "X is a major funder of Y" (X funds Y, else the subject); "Our largest
     * funder is X" (X funds the possessor, else the subject).
     */
    private static boolean oneFunder(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        int k = i - 1;
        while (k > 0 && i - k <= 3 && t.get(k).isWord() && Character.isLowerCase(t.get(k).text().charAt(0))
            && !DETERMINERS.contains(t.get(k).lower())) {
            k--; // "first institutional", "largest", "main"
        }
        if (k >= 2 && DETERMINERS.contains(t.get(k).lower()) && COPULAS.contains(t.get(k - 1).lower())) {
            int copula = t.get(k - 1).lower().equals("been") && k >= 3 ? k - 2 : k - 1;
            Slot funder = slotEndingAt(v, copula);
            if (funder == null || !isOrgLike(funder)) {
                return false;
            }
            Slot owner = next(t, i).equals("of") ? slotStartingNear(v, i + 2, 1) : null;
            FundingTie.add(ctx, ID, v, funder, owner != null && isOrgLike(owner) ? owner.root() : ctx.subject(), i);
            return true;
        }
        String n = next(t, i);
        if (n.equals("is") || n.equals("was")) {
            Slot funder = slotStartingNear(v, i + 2, 1);
            if (funder == null || !isOrgLike(funder)) {
                return false;
            }
            EntityDraft recipient = possessorBefore(ctx, v, i);
            FundingTie.add(ctx, ID, v, funder, recipient == null ? ctx.subject() : recipient, i);
            return true;
        }
        return false;
    }

    private static final Set<String> LIST_VERBS = Set.of("include", "included", "including", "are", "were");
    private static final Set<String> COORDINATORS = Set.of("and", "or", "well", "together", "plus");

    /**
     * The list verb within a few lower-case words, years or a comma-set aside after the noun ("funders over
     * recent years include", "funders, by its own account, include"), or -1.
     */
    private static int listVerbAfter(List<Token> t, int i) {
        for (int k = i + 1; k < t.size() && k <= i + 8; k++) {
            Token x = t.get(k);
            if (LIST_VERBS.contains(x.lower())) {
                return k;
            }
            if (COORDINATORS.contains(x.lower())) {
                return -1; // "funders, as well as its members, were": a second subject, not an aside
            }
            if (!(x.isWord() && Character.isLowerCase(x.text().charAt(0)) || Dates.isYear(x) || x.is(","))) {
                return -1;
            }
        }
        return -1;
    }
}
