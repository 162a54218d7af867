package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Tokens.next;

import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.CuedRule;

/** "X, the charitable arm of ... Michael Bloomberg": the person whose vehicle X is, AFFILIATION. Reads the whole sentence. */
public final class VehicleOfRule extends CuedRule {

    public static final String ID = "affiliation.vehicle-of";
    private static final Set<String> VEHICLES = Cues.load("affiliation-vehicle-nouns");

    public VehicleOfRule() {
        super(ID, Set.of(), 1110);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int cue) {
        List<Token> t = v.tokens;
        for (Slot o : v.slots) {
            if (o.root().type != EntityType.ORGANIZATION || o.reference() || o.to() + 2 >= t.size() || !t.get(o.to()).is(",")) {
                continue;
            }
            for (int k = o.to() + 1; k < t.size() && k < o.to() + 6; k++) {
                String w = t.get(k).lower();
                if (VEHICLES.contains(w) && next(t, k).equals("of")) {
                    for (Slot p : v.slots) {
                        if (p.from() > k && p.from() <= k + 9 && p.root().type == EntityType.PERSON && !p.reference()) {
                            ctx.add(ID, RelationshipType.AFFILIATION, p.root(), o.root(), v);
                            break;
                        }
                    }
                    break;
                }
                if (!t.get(k).isWord()) {
                    break;
                }
            }
        }
    }
}
