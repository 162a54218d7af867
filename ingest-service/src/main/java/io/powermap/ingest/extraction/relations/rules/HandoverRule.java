package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.nearestBefore;
import static io.powermap.ingest.extraction.relations.args.Arguments.promote;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;
import static io.powermap.ingest.extraction.relations.args.Tokens.next;

import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.CuedRule;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.RelationDraft;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Dates;
import io.powermap.ingest.extraction.text.Token;

/**
 * A post handed on: "handed the chair to P in 2021", "management passed in 2017 to P", "A led it from 2012
 * to 2016, followed by P until 2020", "P took over from Q". The successor holds a post at the body the
 * text is about (the subject), from the year of the hand-over.
 */
public final class HandoverRule extends CuedRule {

    public static final String ID = "position.handover";
    private static final Set<String> POSTS = Set.of("post", "chair", "job", "role", "reins", "presidency", "leadership",
        "helm", "baton", "office", "directorship", "management");
    private static final Set<String> SKIPPABLE = Set.of("the", "a", "an", "in", "on", "over", "its", "day-to-day", "this");

    public HandoverRule() {
        super(ID, Cues.load("position-handover-verbs"), 906);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        String w = t.get(i).lower();
        EntityDraft org = ctx.subject();
        if (org == null || negated(t, i)) {
            return;
        }
        Slot successor;
        String role = null;
        if (w.startsWith("follow")) {
            if (i < 1 || !t.get(i - 1).is(",") || !next(t, i).equals("by")) {
                return; // only ", followed by P": "followed the case" hands nothing on
            }
            successor = personAfter(v, i + 2);
        } else if (w.equals("took") || w.equals("takes")) {
            if (!next(t, i).equals("over") || i + 2 >= t.size() || !t.get(i + 2).lower().equals("from")) {
                return;
            }
            successor = nearestBefore(ctx, v, i, EntityType.PERSON, 6);
        } else {
            int to = handedTo(t, i);
            if (to < 0) {
                return;
            }
            String post = postNoun(t, i + 1, to);
            if (post == null && !precededByPost(t, i)) {
                return; // "passed a resolution to", "handed a petition to": no post changes hands
            }
            role = "chair".equals(post) ? "chair" : "presidency".equals(post) ? "president" : null;
            successor = personAfter(v, to + 1);
        }
        if (successor == null || successor.reference()) {
            return;
        }
        if (successor.root().type == null) {
            promote(successor.root(), EntityType.PERSON); // only a person takes over a post
        }
        if (successor.root().type != EntityType.PERSON) {
            return;
        }
        RelationDraft r = ctx.add(ID, RelationshipType.POSITION, successor.root(), org, v);
        if (r.role == null) {
            r.role = role;
        }
        Dates d = Dates.around(t, i, Math.min(t.size(), successor.to() + 6));
        if (r.start == null) {
            r.start = d.start != null ? d.start : yearBefore(t, i);
        }
        if (r.end == null && d.end != null) {
            r.end = d.end;
            r.current = false;
        }
    }

    /** Where "to" stands within a few words after the verb ("handed the chair to", "passed in 2017 to"), or -1. */
    private static int handedTo(List<Token> t, int i) {
        for (int k = i + 1; k < t.size() && k <= i + 5; k++) {
            if (t.get(k).lower().equals("to")) {
                return k;
            }
            if (!t.get(k).isWord() && !Dates.isYear(t.get(k))) {
                return -1;
            }
        }
        return -1;
    }

    private static String postNoun(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (POSTS.contains(t.get(k).lower())) {
                return t.get(k).lower();
            }
        }
        return null;
    }

    /** "Day-to-day management passed to P": the post is the verb's subject. */
    private static boolean precededByPost(List<Token> t, int i) {
        return i >= 1 && POSTS.contains(t.get(i - 1).lower());
    }

    /** The person a short description may stand before: "to the advocate P". */
    private static Slot personAfter(SentenceView v, int from) {
        List<Token> t = v.tokens;
        for (Slot s : v.slots) {
            if (s.from() < from) {
                continue;
            }
            for (int k = from; k < s.from(); k++) {
                if (!t.get(k).isWord() || !(SKIPPABLE.contains(t.get(k).lower()) || Character.isLowerCase(t.get(k).text().charAt(0)))) {
                    return null;
                }
            }
            return s.from() - from <= 4 ? s : null;
        }
        return null;
    }

    /** "from 2012 to 2016, followed by P": the hand-over year is the last year before the verb. */
    private static String yearBefore(List<Token> t, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            if (Dates.isYear(t.get(k))) {
                return t.get(k).text();
            }
        }
        return null;
    }
}
