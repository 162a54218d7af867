package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.actorBefore;
import static io.powermap.ingest.extraction.relations.args.Arguments.list;

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
import io.powermap.ingest.extraction.text.Token;

/**
 * "X was set up in 2006 by twenty associations, among them A and B", "founded by a group of unions, including A and
 * B": the bodies named after "among them" or "including" founded X (FOUNDED, id {@link #ID}); when the list is
 * followed by "both of which are still members" or "all of which remain members" they are X's members too
 * (MEMBERSHIP, id {@link #MEMBERS}, current). The words between "by" and the comma are a description in lower case,
 * no name: a named founder there is read by {@code founding.verb}.
 */
public final class FoundedByGroupRule extends CuedRule {

    public static final String ID = "founding.by-group";
    public static final String MEMBERS = "membership.founding-group";
    /** Words a group description between "by" and its comma may not hold: a clause goes on there. */
    private static final Set<String> STOPS = Set.of("which", "who", "that", "but", "while");
    private static final Set<String> STILL = Set.of("are", "remain", "remained", "stay", "still", "today", "now");
    /** Words that join the list to "members" in ", both of which are still members". */
    private static final Set<String> MEMBERS_LINKS = Set.of("both", "all", "of", "which", "whom", "them", "each");

    public FoundedByGroupRule() {
        super(ID, Set.of("among", "including"), 210);
    }

    @Override
    public List<String> ids() {
        return List.of(ID, MEMBERS);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        boolean among = t.get(i).lower().equals("among");
        int from = among ? i + 2 : i + 1;
        if (among && (i + 1 >= t.size() || !t.get(i + 1).lower().equals("them"))) {
            return;
        }
        if (i < 1 || !t.get(i - 1).is(",")) {
            return;
        }
        int by = byBefore(v, i - 1);
        if (by < 0) {
            return;
        }
        int verb = by - 1;
        while (verb > 0 && by - verb <= 5 && !Cues.FOUND_VERBS.contains(t.get(verb).lower())) {
            verb--;
        }
        if (verb < 0 || !Cues.FOUND_VERBS.contains(t.get(verb).lower())) {
            return;
        }
        EntityDraft target = actorBefore(v, verb, true);
        if (target == null) {
            target = ctx.subject();
        }
        List<Slot> founders = list(v, from, true);
        if (target == null || founders.isEmpty()) {
            return;
        }
        boolean members = stillMembers(t, founders.get(founders.size() - 1).to());
        for (Slot s : founders) {
            if (s.root() == target || s.root().type != EntityType.ORGANIZATION) {
                continue; // a bare word left over from a name cut at its comma is no founder
            }
            FoundingRule.founded(ctx, ID, v, s.root(), target, verb);
            if (members) {
                RelationDraft r = ctx.add(MEMBERS, RelationshipType.MEMBERSHIP, s.root(), target, v);
                r.current = Boolean.TRUE;
            }
        }
    }

    /** The "by" that opens a group described in lower-case words ending at the comma {@code comma}; -1 if none. */
    private static int byBefore(SentenceView v, int comma) {
        List<Token> t = v.tokens;
        for (int k = comma - 1; k >= 0 && comma - k <= 10; k--) {
            Token w = t.get(k);
            if (w.lower().equals("by")) {
                return k < comma - 1 ? k : -1;
            }
            if (!w.isWord() && !w.isNumber() && !w.is("'s") && !w.is("'") || STOPS.contains(w.lower()) || insideSlot(v, k)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean insideSlot(SentenceView v, int k) {
        for (Slot s : v.slots) {
            if (s.from() <= k && k < s.to() && !s.reference()) {
                return true;
            }
        }
        return false;
    }

    /** ", both of which are still members", ", all of which remain members", ", both still members" after the list. */
    private static boolean stillMembers(List<Token> t, int end) {
        if (end < t.size() && t.get(end).is("(")) {
            while (end < t.size() && !t.get(end).is(")")) {
                end++; // "the Y Union (YU), both of which ...": past the last name's acronym
            }
            end++;
        } else if (end < t.size() && t.get(end).is(")")) {
            end++; // the list's last item read as the acronym inside the brackets
        }
        if (end >= t.size() || !t.get(end).is(",")) {
            return false;
        }
        for (int k = end + 1; k < t.size() && k <= end + 8; k++) {
            String w = t.get(k).lower();
            if (w.equals("members")) {
                return true;
            }
            if (!(STILL.contains(w) || MEMBERS_LINKS.contains(w))) {
                return false;
            }
        }
        return false;
    }
}
