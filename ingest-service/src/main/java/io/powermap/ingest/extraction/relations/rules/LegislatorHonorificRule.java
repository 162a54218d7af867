package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.mentions.Mention;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.CuedRule;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.RelationDraft;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;

/**
 * A legislator named with the honorific of one chamber ("MK A", "TD B"): the seat is in that chamber, when the
 * sentence or the document's subject names it (POSITION, role "member"); a body in brackets right after the name, or
 * "of the X Party" after it, is the legislator's party (MEMBERSHIP), as such schedules and minutes write them.
 */
public final class LegislatorHonorificRule extends CuedRule {

    public static final String ID = "position.legislator-honorific";
    public static final String PARTY_ID = "membership.legislator-honorific";
    /** Each honorific with the word its chamber's name holds, in lower case (position-legislator-honorifics.txt). */
    private static final Map<String, String> CHAMBERS = chambers();
    private static final Set<String> PARTY_WORDS = Cues.load("membership-bracket-party-words");

    public LegislatorHonorificRule() {
        super(ID, CHAMBERS.keySet(), 300);
    }

    private static Map<String, String> chambers() {
        Map<String, String> out = new HashMap<>();
        for (String line : Cues.load("position-legislator-honorifics")) {
            int space = line.indexOf(' ');
            out.put(line.substring(0, space), line.substring(space + 1));
        }
        return Map.copyOf(out);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        String chamberWord = t.get(i).isAllCaps() ? CHAMBERS.get(t.get(i).lower()) : null; // "MK", not "mk"
        Slot person = slotStartingNear(v, i + 1, 0);
        if (chamberWord == null || person == null || person.reference() || person.root().type != EntityType.PERSON) {
            return;
        }
        EntityDraft chamber = chamber(ctx, v, chamberWord);
        if (chamber != null) {
            RelationDraft r = ctx.add(ID, RelationshipType.POSITION, person.root(), chamber, v);
            if (r.role == null) {
                r.role = "member";
            }
        }
        EntityDraft party = party(v, person);
        if (party != null && party != chamber) {
            ctx.add(PARTY_ID, RelationshipType.MEMBERSHIP, person.root(), party, v);
        }
    }

    /** The chamber the sentence names, else the document's subject, when its name holds the chamber's word. */
    private static EntityDraft chamber(RelationContext ctx, SentenceView v, String word) {
        for (Slot s : v.slots) {
            if (!s.reference() && s.root().type == EntityType.ORGANIZATION && isChamber(s.root().name, word)) {
                return s.root();
            }
        }
        EntityDraft subject = ctx.subject();
        return subject != null && subject.root().type == EntityType.ORGANIZATION && isChamber(subject.root().name, word)
            ? subject.root() : null;
    }

    /** The chamber itself ("Knesset", "Dáil Éireann"), not a longer body inside it ("Knesset Finance Committee"). */
    private static boolean isChamber(String name, String word) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals(word) || n.contains(word) && n.split(" ").length <= word.split(" ").length + 1;
    }

    /** "(B)" right after the name, or "of the B Party": the legislator's party. */
    private static EntityDraft party(SentenceView v, Slot person) {
        List<Token> t = v.tokens;
        int k = person.to();
        if (k + 2 < t.size() && t.get(k).is("(")) {
            Slot inner = slotStartingNear(v, k + 1, 0);
            if (inner == null || inner.reference() || inner.to() >= t.size() || !t.get(inner.to()).is(")")
                || inner.root().type != null && inner.root().type != EntityType.ORGANIZATION
                && !(inner.root().type == EntityType.CAMPAIGN && inner.root().strength <= Mention.CONTEXT)) {
                return null;
            }
            if (inner.root().type != EntityType.ORGANIZATION) {
                inner.root().type = EntityType.ORGANIZATION; // a bare name in brackets after a legislator: the party
                inner.root().strength = Mention.CONTEXT;
            }
            return inner.root();
        }
        if (k + 2 < t.size() && t.get(k).is("of") && t.get(k + 1).is("the")) {
            Slot body = slotStartingNear(v, k + 2, 0);
            if (body != null && !body.reference() && body.root().type == EntityType.ORGANIZATION) {
                for (String w : body.root().name.split(" ")) {
                    if (PARTY_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                        return body.root();
                    }
                }
            }
        }
        return null;
    }
}
