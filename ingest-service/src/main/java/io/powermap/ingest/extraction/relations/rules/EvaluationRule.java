package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.actorBefore;

import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.CuedRule;
import io.powermap.ingest.extraction.relations.RelationContext;

/**
 * "The union called the bill an attack on workers", "P said the law was flawed": a speaker's judgement
 * of a law is a stance on it. The judgement's words decide which: harm words oppose, praise words
 * support; a sentence with both, or a judgement denied ("not flawed"), says nothing.
 */
public final class EvaluationRule extends CuedRule {

    public static final String ID = "stance.evaluation";
    static final Set<String> NEGATIVE = Cues.load("stance-negative-words");
    static final Set<String> POSITIVE = Cues.load("stance-positive-words");
    private static final Set<String> DENIALS = Set.of("not", "no", "never", "n't", "nothing", "hardly");

    public EvaluationRule() {
        super(ID, Cues.load("stance-speech-verbs"), 330);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        Slot law = null;
        for (Slot s : v.slots) {
            if (s.from() > i && s.root().type == EntityType.LEGISLATION) {
                law = s;
                break;
            }
        }
        if (law == null) {
            return;
        }
        int negative = 0;
        int positive = 0;
        for (int k = i + 1; k < t.size(); k++) {
            String w = t.get(k).lower();
            boolean neg = NEGATIVE.contains(w);
            boolean pos = POSITIVE.contains(w);
            if ((neg || pos) && denied(t, k, i)) {
                return;
            }
            negative += neg ? 1 : 0;
            positive += pos ? 1 : 0;
        }
        if (negative > 0 == positive > 0) {
            return;
        }
        EntityDraft speaker = actorBefore(v, i, false);
        if (speaker == null) {
            speaker = speakerAfter(v, i); // "'A step backwards,' said the union"
        }
        if (speaker == null || speaker == law.root()) {
            return;
        }
        RelationshipType type = negative > 0 ? RelationshipType.OPPOSES : RelationshipType.SUPPORTS;
        ctx.add(ID, type, speaker, law.root(), v);
        Slot first = v.slots.isEmpty() ? null : v.slots.get(0);
        if (first != null && first.from() <= 1 && first.root() != speaker && first.root().type == EntityType.PERSON
            && first.to() < i && t.get(first.to()).is(",") && t.get(i - 1).is(",")) {
            ctx.add(ID, type, first.root(), law.root(), v); // "P, director of X, said": P speaks, and for X
        }
    }

    private static boolean denied(List<Token> t, int k, int cue) {
        for (int j = Math.max(cue + 1, k - 3); j < k; j++) {
            if (DENIALS.contains(t.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    private static EntityDraft speakerAfter(SentenceView v, int i) {
        for (Slot s : v.slots) {
            if (s.from() > i && s.from() <= i + 2
                && (s.root().type == EntityType.PERSON || s.root().type == EntityType.ORGANIZATION)) {
                return s.root();
            }
        }
        return null;
    }
}
