package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.coordinatedBefore;
import static io.powermap.ingest.extraction.relations.args.Arguments.promotable;
import static io.powermap.ingest.extraction.relations.args.Arguments.promote;
import static io.powermap.ingest.extraction.relations.args.Slots.isOrgLike;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;

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
 * "X stopped funding Y in 2020", "X ended its support for Y": funding that has ended; the year
 * after it is the end, and the tie is no longer current.
 */
public final class EndedFundingRule extends CuedRule {

    public static final String ID = "funding.ended";
    private static final Set<String> ENDED_FUNDING_NOUNS = Cues.load("funding-ended-nouns");
    private static final Set<String> PRONOUNS = Set.of("it", "us", "them");
    /** Adverbs between "but"/"and" and the stop verb: "but then stopped funding it". */
    private static final Set<String> VERB_ADVERBS = Set.of("then", "later", "eventually", "finally", "abruptly", "quietly");

    public EndedFundingRule() {
        super(ID, Cues.STOP_VERBS, 110);
    }

    /** Whether the sentence says money stopped: a stop verb with the money's noun right after it ("stopped funding"). */
    static boolean statesEnd(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            if (Cues.STOP_VERBS.contains(t.get(i).lower()) && fundingNounAfter(t, i) >= 0 && !negated(t, i)) {
                return true;
            }
        }
        return false;
    }

    private static int fundingNounAfter(List<Token> t, int i) {
        for (int k = i + 1; k < t.size() && k <= i + 3; k++) {
            if (ENDED_FUNDING_NOUNS.contains(t.get(k).lower())) {
                return k;
            }
            if (!t.get(k).isWord() || Character.isUpperCase(t.get(k).text().charAt(0))) {
                return -1;
            }
        }
        return -1;
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        int noun = fundingNounAfter(t, i);
        if (noun < 0 || negated(t, i)) {
            return;
        }
        List<Slot> funders = coordinatedBefore(v, i);
        Slot recipient = null;
        for (Slot s : v.slots) {
            if (s.from() > noun && s.from() <= noun + 3 && isOrgLike(s)) {
                recipient = s;
                break;
            }
        }
        if (noun + 1 < t.size() && PRONOUNS.contains(t.get(noun + 1).lower())) {
            pronounObject(ctx, v, noun, sharedSubject(t, i) ? List.of() : funders, recipient);
            return;
        }
        if (funders.isEmpty() || recipient == null) {
            return;
        }
        Dates d = Dates.around(t, recipient.to(), t.size());
        for (Slot f : funders) {
            add(ctx, v, f, recipient.root(), d);
        }
    }

    /**
     * "A backed B for years but stopped funding it in 2018", "A stopped funding us in 2021": the givers are
     * those named right before the verb, else the name opening the sentence; "us" is the document's
     * subject, "it" and "them" the name coreference gave them, else the one given to earlier in the
     * sentence, else the subject.
     */
    /** "A backed B for years but stopped funding it": the verb shares the subject of the clause before "but"/"and". */
    private static boolean sharedSubject(List<Token> t, int verb) {
        int k = verb - 1;
        while (k >= 0 && VERB_ADVERBS.contains(t.get(k).lower())) {
            k--;
        }
        return k >= 0 && (t.get(k).is("but") || t.get(k).is("and"));
    }

    private static void pronounObject(RelationContext ctx, SentenceView v, int noun, List<Slot> funders, Slot resolved) {
        List<Token> t = v.tokens;
        List<Slot> givers = funders;
        if (givers.isEmpty()) {
            for (Slot s : v.slots) {
                if (s.from() < noun && isOrgLike(s) && !s.reference()) {
                    givers = List.of(s);
                    break;
                }
            }
        }
        if (givers.isEmpty()) {
            return;
        }
        EntityDraft giver = givers.get(0).root();
        EntityDraft recipient;
        if (t.get(noun + 1).lower().equals("us")) {
            recipient = ctx.subject();
        } else if (resolved != null && resolved.root() != giver) {
            recipient = resolved.root();
        } else {
            recipient = ctx.subject();
            for (Slot s : v.slots) {
                if (s.from() < noun && isOrgLike(s) && s.root() != giver && givers.stream().noneMatch(g -> g.root() == s.root())) {
                    recipient = s.root(); // "A backed B for years but stopped funding it"
                }
            }
        }
        if (recipient == null) {
            return;
        }
        Dates d = Dates.around(t, noun, t.size());
        if (d.start == null && d.end == null) {
            d = Dates.around(t, 0, noun); // "In 2017 the fund stopped funding it"
        }
        for (Slot f : givers) {
            add(ctx, v, f, recipient, d);
        }
    }

    private static void add(RelationContext ctx, SentenceView v, Slot f, EntityDraft recipient, Dates d) {
        if (f.root() != recipient && promotable(f)) {
            promote(f.root(), EntityType.ORGANIZATION);
            RelationDraft r = ctx.add(ID, RelationshipType.FUNDING, f.root(), recipient, v);
            r.end = d.end != null ? d.end : d.start;
            r.current = false;
        }
    }
}
