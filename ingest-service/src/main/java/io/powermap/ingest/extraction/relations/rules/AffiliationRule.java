package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.CLAUSE_END;
import static io.powermap.ingest.extraction.relations.args.Arguments.PREPOSITIONS;

import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.CuedRule;

/**
 * "Teresa Heinz Kerry's Heinz Family Foundation", "Soros's philanthropic network, the Open Society
 * Foundations", "his Harbor Action League": a person's possessive before an organization is AFFILIATION.
 * Reads the whole sentence.
 */
public final class AffiliationRule extends CuedRule {

    public static final String ID = "affiliation.possessive";

    public AffiliationRule() {
        super(ID, Set.of(), 1100);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int cue) {
        List<Token> t = v.tokens;
        for (int k = 0; k + 1 < v.slots.size(); k++) {
            Slot p = v.slots.get(k);
            Slot o = v.slots.get(k + 1);
            if (p.root().type != EntityType.PERSON || o.root().type != EntityType.ORGANIZATION || o.reference()) {
                continue;
            }
            boolean possessive = p.to() < t.size() && t.get(p.to()).is("'s") && !p.reference();
            boolean pronoun = p.reference() && (t.get(p.from()).lower().equals("his") || t.get(p.from()).lower().equals("her"));
            int gapFrom = possessive ? p.to() + 1 : p.to();
            if ((possessive || pronoun) && o.from() >= gapFrom && o.from() - gapFrom <= 5
                && describes(t, gapFrom, o.from())) {
                ctx.add(ID, RelationshipType.AFFILIATION, p.root(), o.root(), v);
            }
        }
    }

    /** Only lowercase descriptive words, a comma and an article between a possessor and what it owns. */
    private static boolean describes(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            Token x = t.get(k);
            if (!(x.is(",") || x.isWord() && Character.isLowerCase(x.text().charAt(0)) && !CLAUSE_END.contains(x.lower())
                && !PREPOSITIONS.contains(x.lower()))) {
                return false;
            }
        }
        return true;
    }
}
