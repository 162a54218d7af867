package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.list;
import static io.powermap.ingest.extraction.relations.args.Arguments.promote;
import static io.powermap.ingest.extraction.relations.args.Slots.isOrgLike;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.mentions.InternalBodies;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.CuedRule;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.RelationDraft;
import io.powermap.ingest.extraction.relations.args.DescribedItems;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;

/**
 * "The board also includes A and B", "its trustees are A, a lawyer, and B", "the committee of X comprises A, B
 * and C": each listed person sits on the organ, a post at the body it belongs to (the one named after "of",
 * else the subject).
 */
public final class OrganMembersRule extends CuedRule {

    public static final String ID = "position.organ-includes";
    private static final Set<String> ADVERBS = Set.of("also", "now", "currently", "still", "further");
    private static final Set<String> OWNERS = Set.of("the", "its", "our", "their");

    public OrganMembersRule() {
        super(ID, Cues.load("position-body-includes"), 907);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        int k = i - 1;
        while (k >= 0 && ADVERBS.contains(t.get(k).lower())) {
            k--;
        }
        if (k < 1 || negated(t, i)) {
            return;
        }
        String organ = t.get(k).lower();
        if (organ.equals("members") && k >= 1) {
            organ = t.get(k - 1).lower(); // "its board members are"
            k--;
        }
        if (!InternalBodies.isOrganNoun(organ) && !organ.equals("trustees")) {
            return;
        }
        int start = k;
        while (start > 0 && t.get(start - 1).isWord() && Character.isLowerCase(t.get(start - 1).text().charAt(0))
            && !OWNERS.contains(t.get(start - 1).lower())) {
            start--; // "the current management board"
        }
        if (start == 0 || !OWNERS.contains(t.get(start - 1).lower()) || start - 1 > 2) {
            return; // only an organ opening the sentence: "The board ...", "Its trustees ..."
        }
        EntityDraft body = ctx.subject();
        if (k + 1 < i && t.get(k + 1).lower().equals("of")) {
            Slot of = slotStartingNear(v, k + 2, 1);
            body = of != null && isOrgLike(of) ? of.root() : null;
        }
        if (body == null) {
            return;
        }
        String role = organ.equals("trustees") ? "trustee" : organ.equals("directors") ? "director" : organ + " member";
        for (Slot p : members(v, i + 1)) {
            if (p.root() != body) {
                RelationDraft r = ctx.add(ID, RelationshipType.POSITION, p.root(), body, v);
                r.role = r.role == null ? role.toLowerCase(Locale.ROOT) : r.role;
            }
        }
    }

    /** The people listed after the verb, also where each carries a short description ("A, a lawyer, and B"). */
    private static List<Slot> members(SentenceView v, int from) {
        List<Slot> out = new ArrayList<>();
        for (Slot s : list(v, from, false)) {
            if (person(s)) {
                out.add(s);
            }
        }
        if (out.isEmpty()) {
            return out;
        }
        out = DescribedItems.extend(v, out, OrganMembersRule::person, false);
        for (Slot s : out) {
            promote(s.root(), EntityType.PERSON); // a name listed as a seat on a board is a person's
        }
        return out;
    }

    /** A person, or an untyped name of two or three words: what sits on a board is people. */
    private static boolean person(Slot s) {
        EntityDraft d = s.root();
        return !s.reference() && (d.type == EntityType.PERSON || d.type == null && d.name.split(" ").length >= 2 && d.name.split(" ").length <= 3);
    }
}
