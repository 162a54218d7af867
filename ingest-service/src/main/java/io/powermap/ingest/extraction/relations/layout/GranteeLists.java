package io.powermap.ingest.extraction.relations.layout;

import static io.powermap.ingest.extraction.relations.args.Arguments.promote;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;

import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.RelationDraft;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Dates;
import io.powermap.ingest.extraction.text.Money;
import io.powermap.ingest.extraction.text.Token;

/**
 * A lead-in that sends money out ("This year's grants go to:", "Awards were made to:", "Our grantees:", "The
 * trustees approved these grants:"):
 * each item names a recipient of the lead-in's body, usually as "Recipient: amount for what", the
 * reverse of a list of funders. A project named after "for" in the item is what the money pays for.
 */
public final class GranteeLists {

    public static final String RULE = "list.grantees";
    private static final Set<String> GRANTEE_WORDS = Cues.load("list-grantee-lead-words");
    private static final Set<String> GIVING_VERBS = Cues.load("list-grant-giving-verbs");
    /** Money sent out under a giving verb ("made these awards:"), though alone the word may name a prize. */
    private static final Set<String> AWARDS = Set.of("award", "awards");
    /** Money nouns that are also words of a stance ("support", "backing"): those lead-ins may be about sides taken. */
    private static final Set<String> NOT_ONLY_MONEY = Set.of("support", "backing");

    private GranteeLists() {
    }

    /** The token naming the money or its receivers in a lead-in ending with a colon, or -1 if it sends none out. */
    static int leadIn(List<Token> t) {
        int n = t.size();
        boolean toColon = n >= 3 && t.get(n - 2).is("to");
        boolean receiving = false;
        for (Token w : t) {
            receiving |= Cues.RECEIVE_VERBS.contains(w.lower());
        }
        boolean giving = false;
        for (int i = 0; i < n - 1; i++) {
            String w = t.get(i).lower();
            if (negated(t, i)) {
                continue;
            }
            if (GRANTEE_WORDS.contains(w)
                || (toColon || giving && !receiving) && Cues.FUND_NOUNS.contains(w) && !NOT_ONLY_MONEY.contains(w)
                || giving && !receiving && AWARDS.contains(w)) {
                return i;
            }
            // "The council approved the following grants:": its own money goes out to the items
            giving |= GIVING_VERBS.contains(w);
        }
        return -1;
    }

    /** One item under such a lead-in: the first body named receives from {@code giver}, or the project it names after "for". */
    static void item(RelationContext ctx, SentenceView v, EntityDraft giver) {
        List<Token> t = v.tokens;
        Slot recipient = null;
        Slot project = null;
        for (Slot s : v.slots) {
            EntityType type = s.root().type;
            if (recipient == null) {
                if (s.reference() || s.root() == giver || type != EntityType.ORGANIZATION && type != null) {
                    return; // an item that opens with a person or a law is no grantee's line
                }
                recipient = s;
            } else if (type == EntityType.CAMPAIGN && s.from() > 0 && t.get(s.from() - 1).is("for")) {
                project = s;
                break;
            }
        }
        if (recipient == null) {
            return;
        }
        Slot gloss = glossOf(v, recipient);
        if (gloss != null) {
            recipient = gloss; // "Local Name (the English Name)": the gloss is the name the kind was read from
        }
        promote(recipient.root(), EntityType.ORGANIZATION);
        if (project != null) {
            ctx.add(RULE, RelationshipType.CAMPAIGN, recipient.root(), project.root(), v);
        }
        RelationDraft r = ctx.add(RULE, RelationshipType.FUNDING, giver, (project != null ? project : recipient).root(), v);
        if (r == null) {
            return;
        }
        int money = Money.find(t, recipient.to(), t.size());
        if (money >= 0) {
            r.money(Money.at(t, money));
        }
        int from = money >= 0 ? money : recipient.to();
        Dates d = Dates.around(t, from, Math.min(t.size(), from + 12));
        r.start = d.start;
        r.end = d.end;
    }

    /** A body named in brackets just after an untyped name, "X (Y)" or "X (the Y)": the same body, glossed. */
    private static Slot glossOf(SentenceView v, Slot name) {
        if (name.root().type != null) {
            return null;
        }
        List<Token> t = v.tokens;
        int k = name.to();
        if (k >= t.size() || !t.get(k).is("(")) {
            return null;
        }
        k += k + 1 < t.size() && t.get(k + 1).is("the") ? 2 : 1;
        for (Slot s : v.slots) {
            if (s.from() == k && s.root().type == EntityType.ORGANIZATION && s.to() < t.size() && t.get(s.to()).is(")")) {
                return s;
            }
        }
        return null;
    }
}
