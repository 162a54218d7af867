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

    public EndedFundingRule() {
        super(ID, Cues.STOP_VERBS, 110);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        int noun = -1;
        for (int k = i + 1; k < t.size() && k <= i + 3; k++) {
            if (ENDED_FUNDING_NOUNS.contains(t.get(k).lower())) {
                noun = k;
                break;
            }
            if (!t.get(k).isWord() || Character.isUpperCase(t.get(k).text().charAt(0))) {
                break;
            }
        }
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
            pronounObject(ctx, v, noun, recipient);
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
     * "A supported B for years but stopped funding it in 2018", "A backed us until it stopped funding us":
     * the sentence's first name gives, and the pronoun stands for the name it gave to before, or for the
     * document's subject.
     */
    private static void pronounObject(RelationContext ctx, SentenceView v, int noun, Slot resolved) {
        List<Token> t = v.tokens;
        Slot funder = null;
        EntityDraft earlier = null;
        for (Slot s : v.slots) {
            if (s.from() >= noun || !isOrgLike(s) || s.reference() && funder == null) {
                continue;
            }
            if (funder == null) {
                if (s.from() > 1) {
                    return; // the first name does not open the sentence: its giver is not plain
                }
                funder = s;
            } else if (s.root() != funder.root()) {
                earlier = s.root();
            }
        }
        EntityDraft recipient = earlier != null ? earlier : resolved != null ? resolved.root() : ctx.subject();
        if (funder != null && recipient != null) {
            add(ctx, v, funder, recipient, Dates.around(t, noun, t.size()));
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
