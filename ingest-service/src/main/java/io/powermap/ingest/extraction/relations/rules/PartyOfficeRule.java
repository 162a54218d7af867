package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.promote;
import static io.powermap.ingest.extraction.relations.args.Slots.isOrgLike;
import static io.powermap.ingest.extraction.relations.args.Slots.slotEndingAt;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;

import java.util.Locale;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.CuedRule;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;

/**
 * "Green Party MP Ana Ruiz", "Labour councillor Tomas Weil": a legislator's office between a party and a
 * person makes the person a member of the party (the legislature itself is not named there).
 */
public final class PartyOfficeRule extends CuedRule {

    public static final String ID = "membership.party-office";
    private static final Set<String> OFFICES = Cues.load("membership-legislator-titles");
    private static final Set<String> PARTY_WORDS = Cues.load("membership-party-words");

    public PartyOfficeRule() {
        super(ID, OFFICES, 300);
    }

    /**
     * Whether a post read as {@code role} at {@code org} is a legislator's seat named through its party ("the Green
     * Party MP for Y"): then the person is a member of the party, not a holder of a post at it.
     */
    public static boolean isPartySeat(String role, EntityDraft org) {
        if (role == null || org == null) {
            return false;
        }
        return isLegislatorOffice(role) && org.name.indexOf(' ') > 0 && endsWithPartyWord(org.name);
    }

    /** Whether a name's last word is a party's kind word: yes for "Green Party", no for "Partido Verde" or "Fidesz". */
    private static boolean endsWithPartyWord(String name) {
        return PARTY_WORDS.contains(name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
    }

    /** Whether a role read from the text is a legislator's seat: "MP", "senator", "Labour councillor". */
    public static boolean isLegislatorOffice(String role) {
        if (role == null || role.isBlank()) {
            return false;
        }
        String[] roleWords = role.toLowerCase(Locale.ROOT).split(" ");
        return OFFICES.contains(roleWords[roleWords.length - 1]);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        Slot party = slotEndingAt(v, i);
        Slot person = slotStartingNear(v, i + 1, 0);
        if (party == null || person == null || party.reference() || person.reference() || !isOrgLike(party)
            || person.root().type != EntityType.PERSON || party.root() == person.root()) {
            return;
        }
        String name = party.root().name;
        if (name.indexOf(' ') > 0 && !endsWithPartyWord(name)) {
            return; // "Harbor Trust councillor X": a post at the trust, not a party
        }
        promote(party.root(), EntityType.ORGANIZATION);
        ctx.add(ID, RelationshipType.MEMBERSHIP, person.root(), party.root(), v);
    }
}
