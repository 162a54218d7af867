package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.list;
import static io.powermap.ingest.extraction.relations.args.Arguments.nearestBefore;
import static io.powermap.ingest.extraction.relations.args.Arguments.possessorBefore;
import static io.powermap.ingest.extraction.relations.args.Slots.isOrgLike;
import static io.powermap.ingest.extraction.relations.args.Slots.slotEndingAt;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;
import static io.powermap.ingest.extraction.relations.args.Tokens.next;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.CuedRule;

/**
 * "X's co-founder Jane Roe", "its founders were A and B", "the Acme founder Jane Roe", "its charter lists two founders:
 * A and B", "A and B ... are counted as its founders": FOUNDED by the people named.
 */
public final class FounderNounRule extends CuedRule {

    public static final String ID = "founding.founder-noun";

    public FounderNounRule() {
        super(ID, Cues.FOUNDER_NOUNS, 220);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        if (negated(t, i)) {
            return;
        }
        EntityDraft org = null;
        if (next(t, i).equals("of")) {
            Slot s = slotStartingNear(v, i + 2, 1);
            if (s != null && s.root().type != EntityType.PERSON) {
                org = s.root();
            } else {
                return;
            }
        }
        if (org == null && i > 0 && t.get(i - 1).isWord()) {
            // "the Acme founder Jane Roe": the name in front of the noun is what she founded
            Slot pre = slotEndingAt(v, i);
            if (pre != null && isOrgLike(pre)) {
                org = pre.root();
            } else if (!t.get(i - 1).text().equals(t.get(i - 1).lower())
                && !Set.of("the", "its", "his", "her", "their", "a", "an", "our", "and", "as").contains(t.get(i - 1).lower())) {
                return; // a name the chunker did not take ("software founder"): not the subject's founder
            }
        }
        if (org == null) {
            org = possessorBefore(ctx, v, i);
        }
        if (org == null) {
            org = ctx.subject();
        }
        if (org == null) {
            return;
        }
        String n = next(t, i);
        List<Slot> people = new ArrayList<>();
        int as = asFounders(t, i);
        if (n.equals("were") || n.equals("are") || n.equals("was") || n.equals("is") || n.equals("include")
            || n.equals("included") || n.equals("including") || n.equals(":")) {
            people.addAll(list(v, i + 2, false)); // "its charter lists three founders: A, B and C"
        } else if (as > 0 && t.get(i).lower().endsWith("s")) {
            people.addAll(peopleBefore(v, as)); // "A and B ... are counted as its founders"
        } else {
            Slot after = slotStartingNear(v, i + 1, 1);
            if (after != null && after.root().type == EntityType.PERSON) {
                people.add(after);
            } else {
                Slot before = nearestBefore(ctx, v, i, EntityType.PERSON, 9);
                if (before != null) {
                    people.add(before);
                }
            }
        }
        for (Slot p : people) {
            if (p.root().type == EntityType.PERSON || p.root().type == EntityType.ORGANIZATION) {
                FoundingRule.founded(ctx, ID, v, p.root(), org, i);
            }
        }
    }

    private static final Set<String> OWNERS = Set.of("its", "our", "their", "the");

    /** Where "as" stands in "as its founders", "as our founders" ending at the noun {@code i}; -1 if it does not. */
    private static int asFounders(List<Token> t, int i) {
        int k = i - 1;
        if (k >= 0 && OWNERS.contains(t.get(k).lower())) {
            k--;
        }
        return k > 0 && t.get(k).lower().equals("as") ? k : -1;
    }

    /**
     * The people named before {@code as} in the same clause, when the clause names no body: "Two of them, the writer A
     * and the nurse B, wrote the first statement and are counted as its founders".
     */
    private static List<Slot> peopleBefore(SentenceView v, int as) {
        List<Slot> out = new ArrayList<>();
        for (Slot s : v.slots) {
            if (s.to() > as) {
                break;
            }
            if (v.tokens.subList(s.to(), as).stream().anyMatch(x -> x.is(";"))) {
                continue; // a clause of its own before the one that names the founders
            }
            if (s.root().type == EntityType.PERSON && !s.reference()) {
                out.add(s);
            } else if (!s.reference() && (s.root().type == EntityType.ORGANIZATION || s.root().type == null)) {
                out.clear(); // "met at the X and are counted as its founders": a body between, not a list of people
            }
        }
        return out.size() >= 2 ? out : List.of();
    }
}
