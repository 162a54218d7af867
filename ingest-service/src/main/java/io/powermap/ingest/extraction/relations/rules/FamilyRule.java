package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.nearestBefore;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;
import static io.powermap.ingest.extraction.relations.args.Tokens.next;

import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.RelationDraft;
import io.powermap.ingest.extraction.relations.CuedRule;

/**
 * "X's wife, Y", "X, the son of Y", "the brothers A and B": FAMILY between the person before the kin
 * word and the person after it; parent and child ties always run parent -> child.
 */
public final class FamilyRule extends CuedRule {

    public static final String ID = "family.kin";
    private static final Set<String> CHILD_KIN = Cues.load("family-child-kin");
    private static final Set<String> PARENT_KIN = Cues.load("family-parent-kin");

    public FamilyRule() {
        super(ID, Cues.KIN, 500);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        if (negated(t, i)) {
            return;
        }
        if (MarriedCoupleRule.matches(t, i)) {
            return; // read by MarriedCoupleRule
        }
        Slot relative = null;
        for (Slot s : v.slots) {
            if (s.from() > i && s.from() <= i + 8 && s.root().type == EntityType.PERSON && !s.reference()) {
                relative = s;
                break;
            }
        }
        Slot anchor = nearestBefore(ctx, v, i, EntityType.PERSON, 25);
        String kinWord = t.get(i).lower();
        if (relative != null && (kinWord.equals("brothers") || kinWord.equals("sisters") || kinWord.equals("siblings"))
            && relative.from() <= i + 2) {
            // "the billionaire brothers Charles Koch and David Koch": both named after the plural
            Slot second = null;
            for (Slot s : v.slots) {
                if (s.from() > relative.to() && s.from() <= relative.to() + 2 && s.root().type == EntityType.PERSON) {
                    second = s;
                    break;
                }
            }
            if (second != null && second.root() != relative.root()) {
                RelationDraft r = ctx.add(ID, RelationshipType.FAMILY, relative.root(), second.root(), v);
                if (r.role == null) {
                    r.role = "sibling";
                }
                return;
            }
        }
        if (relative == null || anchor == null || anchor.root() == relative.root()) {
            return;
        }
        String w = t.get(i).lower();
        // parent and child ties always run parent -> child; "X, the son of Y" and "X's mother Y" name the parent second
        boolean of = next(t, i).equals("of");
        boolean childWord = CHILD_KIN.contains(w);
        boolean parentWord = PARENT_KIN.contains(w);
        EntityDraft source = anchor.root();
        EntityDraft target = relative.root();
        if (of && childWord || !of && parentWord) {
            source = relative.root();
            target = anchor.root();
        }
        RelationDraft r = ctx.add(ID, RelationshipType.FAMILY, source, target, v);
        if (r.role == null) {
            r.role = childWord || parentWord ? "parent" : kinRole(w);
        }
    }

    private static String kinRole(String kin) {
        return switch (kin) {
            case "wife", "husband", "spouse", "married", "widow", "widower" -> "spouse";
            case "sister", "brother", "sibling", "siblings", "brothers", "sisters", "half-brother", "half-sister", "stepbrother",
                "stepsister" -> "sibling";
            case "son", "daughter", "child", "children", "sons", "daughters", "stepson", "stepdaughter" -> "parent";
            case "mother", "father", "parents" -> "child";
            default -> "relative";
        };
    }
}
