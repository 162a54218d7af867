package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Slots.slotEndingAt;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.CuedRule;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;

/**
 * "Ana Ruiz (Partido Verde)", "Tom Hale (Labour Party), chair": a party named in brackets just after a
 * person, as attendance lists, vote tallies and news give legislators, is the person's party.
 */
public final class BracketedPartyRule extends CuedRule {

    public static final String ID = "membership.bracketed-party";
    private static final Set<String> PARTY_WORDS = Cues.load("membership-bracket-party-words");

    public BracketedPartyRule() {
        super(ID, Set.of("("), 300);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        Slot person = slotEndingAt(v, i);
        Slot party = slotStartingNear(v, i + 1, 0);
        if (person == null || party == null || person.reference() || party.reference()
            || person.root().type != EntityType.PERSON || party.root().type != EntityType.ORGANIZATION
            || party.to() >= t.size() || !t.get(party.to()).is(")") || !party(party.root().name)) {
            return;
        }
        ctx.add(ID, RelationshipType.MEMBERSHIP, person.root(), party.root(), v);
    }

    private static boolean party(String name) {
        for (String w : name.split(" ")) {
            if (PARTY_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
