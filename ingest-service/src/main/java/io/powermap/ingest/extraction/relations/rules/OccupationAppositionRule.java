package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Slots.slotEndingAt;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.lexicon.Gazetteer;
import io.powermap.ingest.extraction.mentions.PersonCues;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.CuedRule;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.RelationDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;

/**
 * "P, a tax accountant with X", "P, an oceanographer at X", "P, a former sergeant in X": a person's job given in
 * apposition, one to four lower-case words after "a" or "an" and a preposition before the body, is a post at that
 * body (POSITION, the words as the role; "former" makes it a past post). The job need not be a listed role: the shape
 * says it is one. Nouns that state another kind of tie ("a donor to", "a student at") are left to other rules
 * (position-apposition-not-posts.txt).
 */
public final class OccupationAppositionRule extends CuedRule {

    public static final String ID = "position.occupation-apposition";
    private static final Set<String> NOT_POSTS = Cues.load("position-apposition-not-posts");
    private static final int MAX_WORDS = 4;

    public OccupationAppositionRule() {
        super(ID, Set.of("a", "an"), 1005);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        Slot person = i >= 2 && t.get(i - 1).is(",") ? slotEndingAt(v, i - 1) : null;
        if (person == null || person.reference() || person.root().type != EntityType.PERSON) {
            return;
        }
        List<String> words = new ArrayList<>();
        int k = i + 1;
        while (k < t.size() && t.get(k).isWord() && !t.get(k).isCapitalized() && !PersonCues.WORKPLACE_PREPOSITIONS.contains(t.get(k).lower())) {
            words.add(t.get(k).lower());
            k++;
        }
        if (words.isEmpty() || words.size() > MAX_WORDS || k + 1 >= t.size() || !PersonCues.WORKPLACE_PREPOSITIONS.contains(t.get(k).lower())
            || NOT_POSTS.contains(words.get(words.size() - 1))) {
            return;
        }
        int at = t.get(k + 1).is("the") ? k + 2 : k + 1;
        Slot body = slotStartingNear(v, at, 0);
        if (body == null || body.from() != at || body.reference() || body.root().type != EntityType.ORGANIZATION
            || body.to() < t.size() && t.get(body.to()).is("'s")) {
            return; // "a lawyer at the bank's branch" names another body
        }
        for (int from = 0; from < words.size(); from++) {
            if (Gazetteer.INSTANCE.roles.contains(String.join(" ", words.subList(from, words.size())))) {
                return; // a listed role: the position rule reads it, with its own trimming of the title
            }
        }
        boolean former = words.get(0).equals("former");
        List<String> role = former ? words.subList(1, words.size()) : words;
        if (role.isEmpty()) {
            return;
        }
        RelationDraft r = ctx.add(ID, RelationshipType.POSITION, person.root(), body.root(), v);
        if (r.role == null) {
            r.role = String.join(" ", role);
        }
        if (former && r.current == null) {
            r.current = false;
        }
    }
}
