package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Tokens.negated;
import static io.powermap.ingest.extraction.relations.args.Tokens.next;

import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.relations.args.Tokens;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.RelationDraft;
import io.powermap.ingest.extraction.relations.RelationRule;

/** "A and B, a married couple": the pair coordinated right before the description are spouses. */
public final class MarriedCoupleRule implements RelationRule {

    public static final String ID = "family.married-couple";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<String> cues() {
        return Set.of("married");
    }

    @Override
    public int priority() {
        return 500;
    }

    /** Whether the cue is "married couple", which this rule reads instead of FamilyRule. */
    static boolean matches(List<Token> t, int i) {
        return t.get(i).lower().equals("married") && next(t, i).equals("couple");
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        if (!matches(v.tokens, i) || negated(v.tokens, i)) {
            return;
        }
        Slot second = null;
        Slot first = null;
        for (Slot s : v.slots) {
            if (s.to() <= i && s.root().type == EntityType.PERSON) {
                first = second;
                second = s;
            }
        }
        if (first == null || second == null || first.root() == second.root()
            || !Tokens.join(v.tokens, first.to(), second.from()).equalsIgnoreCase("and") || i - second.to() > 4) {
            return;
        }
        RelationDraft r = ctx.add(ID, RelationshipType.FAMILY, first.root(), second.root(), v);
        if (r.role == null) {
            r.role = "spouse";
        }
    }
}
