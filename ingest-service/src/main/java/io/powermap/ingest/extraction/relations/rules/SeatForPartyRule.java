package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.nearestBefore;
import static io.powermap.ingest.extraction.relations.args.Arguments.promote;
import static io.powermap.ingest.extraction.relations.args.Slots.isOrgLike;
import static io.powermap.ingest.extraction.relations.args.Slots.slotEndingAt;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.lexicon.Words;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.CuedRule;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.RelationDraft;
import io.powermap.ingest.extraction.relations.args.PublicBodies;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Dates;
import io.powermap.ingest.extraction.text.Token;

/**
 * "P is a deputy in the National Assembly for the X Party", "P sits in the Landtag for the Y Union", "P is elected to
 * the House of Representatives for Z": the chamber before "for" is P's seat (POSITION, id {@link #SEAT}, role the
 * office or "member") and the party after it P's party (MEMBERSHIP, id {@link #ID}). The chamber must be a public
 * body or carry a chamber word, the party a party word (cue lists {@code position-seat-party-words},
 * {@code membership-party-words}); a constituency after "for" ("the member for East Ward") states neither.
 */
public final class SeatForPartyRule extends CuedRule {

    public static final String ID = "membership.seat-party";
    public static final String SEAT = "position.seat-party";
    private static final Set<String> SEAT_WORDS = Cues.load("position-seat-party-words");
    private static final Set<String> PARTY_WORDS = Cues.load("membership-party-words");
    private static final Set<String> OFFICES = Set.of("deputy", "senator", "representative", "legislator", "lawmaker",
        "councillor", "councilor", "mp");
    private static final Set<String> CHAMBER_WORDS = Words.frozen(Words.load("chamber-heads.txt").stream()
        .map(w -> w.toLowerCase(Locale.ROOT)).toList());
    /** Prepositions between a seat word and the chamber: "a deputy in the ...", "elected to the ...". */
    private static final Set<String> SEAT_PREPOSITIONS = Set.of("in", "of", "to");
    private static final Set<String> PAST = Set.of("was", "were", "sat", "former", "formerly", "once", "then");

    public SeatForPartyRule() {
        super(ID, Set.of("for"), 300);
    }

    @Override
    public List<String> ids() {
        return List.of(ID, SEAT);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        int seatEnd = i;
        if (seatEnd > 0 && t.get(seatEnd - 1).is(")")) {
            while (seatEnd > 0 && !t.get(seatEnd - 1).is("(") && i - seatEnd < 8) {
                seatEnd--; // "the Majlisi X (Assembly of Y) for the Z Party": the chamber's gloss in brackets
            }
            seatEnd--;
        }
        Slot seat = seatEnd > 0 ? slotEndingAt(v, seatEnd) : null;
        Slot party = slotStartingNear(v, i + 1, 1);
        if (seat == null || party == null || seat.reference() || party.reference() || !isOrgLike(seat) || !isOrgLike(party)
            || party.root().type == EntityType.PERSON || !chamber(seat.root().name) || !party(party.root().name)) {
            return;
        }
        int cue = seatCue(t, seat.from());
        if (cue < 0) {
            return;
        }
        Slot person = nearestBefore(ctx, v, cue, EntityType.PERSON, 25);
        if (person == null || person.root() == seat.root() || person.root() == party.root()) {
            return;
        }
        promote(seat.root(), EntityType.ORGANIZATION);
        promote(party.root(), EntityType.ORGANIZATION);
        String word = t.get(cue).lower();
        boolean past = false;
        for (int k = Math.max(person.to(), cue - 5); k < cue; k++) {
            past |= PAST.contains(t.get(k).lower());
        }
        past |= word.equals("sat");
        RelationDraft post = ctx.add(SEAT, RelationshipType.POSITION, person.root(), seat.root(), v);
        post.role = post.role == null ? (OFFICES.contains(word) ? word : "member") : post.role;
        Dates d = Dates.around(t, person.to(), party.to());
        post.start = post.start == null ? d.start : post.start;
        if (past || d.end != null) {
            post.current = false;
        }
        ctx.add(ID, RelationshipType.MEMBERSHIP, person.root(), party.root(), v);
    }

    /** Where the seat's word stands before "in/of/to (the)" and the chamber at {@code seatFrom}; -1 if none. */
    private static int seatCue(List<Token> t, int seatFrom) {
        int k = seatFrom - 1;
        if (k >= 0 && t.get(k).lower().equals("the")) {
            k--;
        }
        if (k < 1 || !SEAT_PREPOSITIONS.contains(t.get(k).lower())) {
            return -1;
        }
        return SEAT_WORDS.contains(t.get(k - 1).lower()) ? k - 1 : -1;
    }

    private static boolean chamber(String name) {
        if (PublicBodies.isPublicBody(name)) {
            return true;
        }
        for (String w : name.split(" ")) {
            if (CHAMBER_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
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
