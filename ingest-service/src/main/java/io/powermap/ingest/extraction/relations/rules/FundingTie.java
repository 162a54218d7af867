package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.promotable;
import static io.powermap.ingest.extraction.relations.args.Arguments.promote;
import static io.powermap.ingest.extraction.relations.args.Slots.isOrgLike;
import static io.powermap.ingest.extraction.relations.args.Tokens.containsSequence;

import java.util.List;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.text.Dates;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.text.Money;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.RelationDraft;

/** States one FUNDING tie for the funding rules and list lead-ins, with its amount, years and whether it has ended. */
public final class FundingTie {

    /** "Rachel Simmons's Simmons Family Foundation gave": the person is tied to her foundation, which gives. */
    public static final String NAMESAKE = "affiliation.namesake";

    private FundingTie() {
    }

    public static void add(RelationContext ctx, String rule, SentenceView v, Slot funder, EntityDraft recipient, int cue) {
        Slot owned = ownedBy(v, funder);
        if (owned != null && (recipient == null || owned.root() == recipient)) {
            // "grants came from P's X Foundation" with no other recipient: P is tied to X, and P's money is not X's income
            ctx.add(NAMESAKE, RelationshipType.AFFILIATION, funder.root(), owned.root(), v);
            return;
        }
        if (owned != null) {
            // "Rachel Simmons's Simmons Family Foundation": the foundation gives; its namesake is tied to it
            ctx.add(NAMESAKE, RelationshipType.AFFILIATION, funder.root(), owned.root(), v);
            funder = owned;
        }
        if (recipient == null || funder.root() == recipient || funder.root().type == EntityType.LEGISLATION
            || funder.root().type == EntityType.CAMPAIGN || !promotable(funder)) {
            return;
        }
        promote(funder.root(), EntityType.ORGANIZATION);
        promote(recipient, EntityType.ORGANIZATION);
        RelationDraft r = ctx.add(rule, RelationshipType.FUNDING, funder.root(), recipient, v);
        List<Token> t = v.tokens;
        int windowStart = Math.min(funder.to(), cue);
        int windowEnd = nextSlotAfter(v, Math.max(funder.to(), cue), t.size());
        int money = Money.find(t, windowStart, windowEnd);
        if (money < 0 && fundersIn(v) <= 1) {
            money = Money.find(t, 0, t.size());
        }
        if (money >= 0) {
            r.money(Money.at(t, money));
        }
        Dates d = Dates.around(t, money >= 0 ? money : windowStart, money >= 0 ? Math.min(t.size(), money + 12) : windowEnd);
        if (d.start == null && containsSequence(t, "same", "year") && ctx.state().lastYear != null) {
            d.start = ctx.state().lastYear;
        }
        if (d.start == null) {
            d = Dates.around(t, 0, t.size());
        }
        if (d.end == null && d.start != null && EndedFundingRule.statesEnd(t)) {
            d.end = d.start; // "X gave for years but stopped funding it in 2018": the year is when it ended
            d.start = null;
        }
        r.start = d.start;
        r.end = d.end;
        if (d.end != null || Dates.endedNear(t, Math.max(0, cue - 3), cue + 1)) {
            r.current = false;
        }
    }

    /** The organization a person's possessive names: "P's X Foundation" gives the slot of X Foundation. */
    private static Slot ownedBy(SentenceView v, Slot person) {
        if (person.root().type != EntityType.PERSON || person.to() >= v.tokens.size() || !v.tokens.get(person.to()).is("'s")) {
            return null;
        }
        for (Slot s : v.slots) {
            if (s.from() == person.to() + 1 && !s.reference() && s.root().type == EntityType.ORGANIZATION) {
                return s;
            }
        }
        return null;
    }

    private static int fundersIn(SentenceView v) {
        int n = 0;
        for (Slot s : v.slots) {
            if (isOrgLike(s)) {
                n++;
            }
        }
        return n - 1;
    }

    private static int nextSlotAfter(SentenceView v, int pos, int fallback) {
        for (Slot s : v.slots) {
            if (s.from() > pos && isOrgLike(s)) {
                return s.from();
            }
        }
        return fallback;
    }
}
