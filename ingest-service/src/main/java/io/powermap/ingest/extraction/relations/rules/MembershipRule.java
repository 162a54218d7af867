package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.PREPOSITIONS;
import static io.powermap.ingest.extraction.relations.args.Arguments.actorBefore;
import static io.powermap.ingest.extraction.relations.args.Arguments.coordinatedBefore;
import static io.powermap.ingest.extraction.relations.args.Arguments.list;
import static io.powermap.ingest.extraction.relations.args.Arguments.possessorBefore;
import static io.powermap.ingest.extraction.relations.args.Arguments.promote;
import static io.powermap.ingest.extraction.relations.args.Slots.isOrgLike;
import static io.powermap.ingest.extraction.relations.args.Slots.slotEndingAt;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;
import static io.powermap.ingest.extraction.relations.args.Tokens.containsWord;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;
import static io.powermap.ingest.extraction.relations.args.Tokens.next;
import static io.powermap.ingest.extraction.relations.args.Tokens.prev;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.mentions.NameChunker;
import io.powermap.ingest.extraction.text.Dates;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.relations.args.Tokens;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.RelationDraft;
import io.powermap.ingest.extraction.relations.CuedRule;
import io.powermap.ingest.extraction.relations.args.PublicBodies;

/**
 * "X is a member of Y", "X and Z joined Y in 2019", "X belongs to Y", "Y's members include A and B",
 * "Y counts A and B among its members": MEMBERSHIP. A person who joins a board or is a member of a
 * legislature holds a post there (POSITION), stated under the ids {@link #JOINED_BOARD} and {@link #SEAT}.
 */
public final class MembershipRule extends CuedRule {

    private static final Pattern BE_PAST_OR_PRESENT = Pattern.compile("is|was|are|were");
    private static final Pattern THEIR = Pattern.compile("its|their");
    private static final Pattern BE_PRESENT = Pattern.compile("is|are");
    private static final Pattern FORMERLY = Pattern.compile(".*\\b(then|former|once|later)\\b.*");

    public static final String ID = "membership.member";
    public static final String MEMBERS_INCLUDE = "membership.members-include";
    public static final String ROSTER = "membership.roster";
    public static final String COUNTS_AMONG = "membership.counts-among";
    public static final String JOINED_BOARD = "position.joined-board";
    public static final String SEAT = "position.seat";
    public static final String JOINED_EFFORT = "stance.joined-effort";
    private static final Set<String> EFFORT_NOUNS = Cues.load("membership-joined-effort-nouns");
    private static final Set<String> CUES = Cues.load("membership-cues");
    private static final Pattern PAST_SEAT = Pattern.compile("\\b(left|served|was|had been|then)\\b");

    public MembershipRule() {
        super(ID, CUES, 600);
    }

    @Override
    public List<String> ids() {
        return List.of(ID, MEMBERS_INCLUDE, ROSTER, COUNTS_AMONG, JOINED_BOARD, SEAT, JOINED_EFFORT);
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        String w = t.get(i).lower();
        if (w.equals("part") && !BE_PAST_OR_PRESENT.matcher(prev(t, i)).matches()) {
            return;
        }
        if (negated(t, i)) {
            return;
        }
        String n = next(t, i);
        if ((w.equals("members") || w.equals("member")) && PREPOSITIONS.contains(prev(t, i))) {
            return; // "beaten by members of the group": not a statement of membership
        }
        if (w.equals("members") && THEIR.matcher(prev(t, i)).matches() && i >= 2 && t.get(i - 2).lower().equals("among")) {
            countsAmongMembers(ctx, v, i - 2);
            return;
        }
        if (w.equals("roster") || w.equals("membership")) {
            int k = i + 1;
            while (k < t.size() && k < i + 6 && !Set.of("include", "included", "includes", "including").contains(t.get(k).lower())) {
                k++;
            }
            if (k < t.size() && k < i + 6) {
                EntityDraft group = possessorBefore(ctx, v, i);
                for (Slot s : list(v, k + 1, true)) {
                    if (s.root() != group && group != null) {
                        promote(s.root(), EntityType.ORGANIZATION);
                        ctx.add(ROSTER, RelationshipType.MEMBERSHIP, s.root(), group, v);
                    }
                }
            }
            return;
        }
        boolean listForm = (w.equals("members") || w.equals("member")) && (n.equals("include") || n.equals("included")
            || n.equals("including") || n.equals("are") || n.equals("were") || n.equals("such") || n.equals(":") && w.equals("members"))
            || (i + 2 < t.size() && (n.equals("groups") || n.equals("organizations") || n.equals("unions")
            || n.equals("organisations")) && Set.of("are", "include", "included", "including", "were").contains(t.get(i + 2).lower()));
        if (listForm) {
            EntityDraft group = possessorBefore(ctx, v, i);
            if (group == null && n.equals(":")) {
                group = actorBefore(v, i, true); // "The federation has three members: A, B and C"
            }
            if (group == null) {
                group = ctx.subject();
            }
            int start = n.equals("groups") || n.equals("organizations") || n.equals("unions") || n.equals("organisations") ? i + 3 : i + 2;
            for (Slot s : list(v, start, true)) {
                if (n.equals(":") && (s.root().type == EntityType.PERSON || s.from() > 0
                    && NameChunker.PERSON_NOUNS.contains(t.get(s.from() - 1).lower()))) {
                    continue; // "three independent members: the sociologist P": seats of a board, not member bodies
                }
                if (s.root() != group && s.root().type != EntityType.LEGISLATION) {
                    promote(s.root(), EntityType.ORGANIZATION);
                    RelationDraft r = ctx.add(MEMBERS_INCLUDE, RelationshipType.MEMBERSHIP, s.root(), group, v);
                    r.current = r.current == null ? Boolean.TRUE : r.current;
                }
            }
            return;
        }
        if (w.equals("members") && n.equals("of") && membersOfInclude(ctx, v, i)) {
            return;
        }
        int targetFrom;
        if ((w.equals("member") || w.equals("members")) && n.equals("of")) {
            targetFrom = i + 2;
        } else if (w.equals("belongs") || w.equals("belong")) {
            targetFrom = n.equals("to") ? i + 2 : i + 1;
        } else if (w.equals("part") && n.equals("of")) {
            targetFrom = i + 2;
        } else if (w.equals("joined") || w.equals("joins")) {
            if (joinedBoard(ctx, v, i)) {
                return;
            }
            targetFrom = i + 1;
            for (int k = i + 2; k + 1 < t.size() && k < i + 10; k++) {
                if (t.get(k).is(",") || t.get(k).is(";") || t.get(k).is(".")) {
                    break;
                }
                String g2 = t.get(k + 1).text();
                if (t.get(k).is("in") && g2.endsWith("ing") && Character.isLowerCase(g2.charAt(0))
                    && !EFFORT_NOUNS.contains(g2)) {
                    return; // "joined X in underwriting Y": a partner in one act, not a member of X
                }
                if (t.get(k).is("in") && joinedEffort(ctx, v, i, k + 1)) {
                    return; // "joined X in the campaign against Y": X's side on Y, not X's membership
                }
            }
        } else {
            return;
        }
        if (w.equals("member") && (prev(t, i).equals("board") || prev(t, i).equals("staff"))) {
            return;
        }
        List<Slot> members = coordinatedBefore(v, i);
        Slot described = appositiveHolder(v, i);
        if (described != null) {
            members = List.of(described);
        }
        if (members.isEmpty()) {
            return;
        }
        List<Slot> groups = list(v, targetFrom, true);
        boolean ended = Dates.endedNear(t, Math.max(0, i - 4), i);
        for (Slot grp : groups) {
            if (grp.root().type != EntityType.ORGANIZATION && grp.root().type != null) {
                continue;
            }
            if (w.equals("joined") && grp.from() > targetFrom + 1) {
                break;
            }
            for (Slot m : members) {
                if (m.root() == grp.root() || m.root().type == EntityType.LEGISLATION || m.root().type == EntityType.CAMPAIGN) {
                    continue;
                }
                if (m.root().type == EntityType.PERSON && w.equals("joined")) {
                    continue; // a person joining an organization is employment, told by a role word if at all
                }
                promote(grp.root(), EntityType.ORGANIZATION);
                if (m.root().type == EntityType.PERSON && PublicBodies.isPublicBody(grp.root().name)) {
                    if (m != members.get(members.size() - 1)) {
                        continue; // "A, who ..., and B, then a member of the House": the seat is B's
                    }
                    seat(ctx, v, m.root(), grp.root(), i, ended);
                    continue;
                }
                RelationDraft r = ctx.add(ID, RelationshipType.MEMBERSHIP, m.root(), grp.root(), v);
                Dates d = Dates.around(t, 0, t.size());
                if (r.start == null && (w.equals("joined") || w.equals("joins"))) {
                    r.start = d.start;
                }
                if (ended) {
                    r.current = false;
                } else if (BE_PRESENT.matcher(prev(t, i)).matches() || BE_PRESENT.matcher(t.get(Math.max(0, i - 2)).lower()).matches()
                    || containsWord(t, "longtime")) {
                    r.current = true;
                }
            }
        }
    }

    /**
     * "A and B joined C in the campaign against the bill", "... in its fight for the act": each joiner takes that side
     * on the law named after "against" or "for". True when {@code from} opens such an effort (the joining is then no
     * membership), whether or not a law follows.
     */
    private static boolean joinedEffort(RelationContext ctx, SentenceView v, int cue, int from) {
        List<Token> t = v.tokens;
        int k = from;
        if (k < t.size() && (t.get(k).lower().equals("the") || t.get(k).lower().equals("its") || t.get(k).lower().equals("their")
            || t.get(k).lower().equals("a") || t.get(k).lower().equals("his") || t.get(k).lower().equals("her"))) {
            k++;
        }
        if (k >= t.size() || !EFFORT_NOUNS.contains(t.get(k).lower())) {
            return false;
        }
        int side = k + 1;
        if (t.get(k).lower().equals("opposing")) {
            side = k; // "in opposing the bill"
        } else if (side >= t.size() || !(t.get(side).lower().equals("against") || t.get(side).lower().equals("for")
            || t.get(side).lower().equals("to"))) {
            return true;
        }
        boolean against = !t.get(side).lower().equals("for");
        Slot law = null;
        for (Slot s : v.slots) {
            if (s.from() > side && s.from() <= side + 3) {
                law = s;
                break;
            }
        }
        if (law == null || law.root().type != EntityType.LEGISLATION) {
            return true;
        }
        for (Slot m : coordinatedBefore(v, cue)) {
            EntityType type = m.root().type;
            if (m.root() != law.root() && (type == null || type == EntityType.ORGANIZATION || type == EntityType.PERSON)) {
                ctx.add(JOINED_EFFORT, against ? RelationshipType.OPPOSES : RelationshipType.SUPPORTS, m.root(), law.root(), v);
            }
        }
        return true;
    }

    /**
     * "P joined the board of X in 2023", "P joined X's board", "P joined its board": a board seat,
     * POSITION with role "board member" and the year as its start.
     */
    /** "the board", "the executive board": a board named by no owner. */
    private static boolean ownBoard(List<Token> t, int board) {
        int k = board - 1;
        while (k > 0 && BOARD_KINDS.contains(t.get(k).lower())) {
            k--;
        }
        return k >= 0 && t.get(k).lower().equals("the");
    }

    private static final Set<String> BOARD_KINDS = Set.of("executive", "advisory", "supervisory", "management", "governing",
        "national", "international", "global");

    private static boolean joinedBoard(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        int board = -1;
        for (int k = i + 1; k < t.size() && k <= i + 5; k++) {
            String w = t.get(k).lower();
            if (w.equals("board") || w.equals("boards")) {
                board = k;
                break;
            }
            if (!(w.equals("the") || w.equals("its") || w.equals("their") || w.equals("'s") || t.get(k).isCapitalized()
                || BOARD_KINDS.contains(w))) {
                return false;
            }
        }
        if (board < 0) {
            return false;
        }
        EntityDraft org = null;
        if (next(t, board).equals("of")) {
            for (Slot s : v.slots) {
                if (s.from() > board && s.from() <= board + 3 && isOrgLike(s)) {
                    org = s.root();
                    break;
                }
            }
        } else {
            org = possessorBefore(ctx, v, board);
            if (org == null && (prev(t, board).equals("its") || prev(t, board).equals("their") || ownBoard(t, board))) {
                org = ctx.subject(); // "joined the executive board in 2019": in a profile, the subject's own board
            }
        }
        List<Slot> people = coordinatedBefore(v, i);
        if (org == null || people.isEmpty()) {
            return false;
        }
        Dates d = Dates.around(t, board, t.size());
        for (Slot p : people) {
            if (p.root().type != EntityType.PERSON || p.root() == org) {
                continue;
            }
            promote(org, EntityType.ORGANIZATION);
            RelationDraft r = ctx.add(JOINED_BOARD, RelationshipType.POSITION, p.root(), org, v);
            r.role = r.role == null ? "board member" : r.role;
            r.start = r.start == null ? d.start : r.start;
        }
        return true;
    }

    /** "B, then a member of X": the name the appositive describes, right before its comma. */
    private static Slot appositiveHolder(SentenceView v, int cue) {
        List<Token> t = v.tokens;
        int k = cue - 1;
        if (k < 0 || !(t.get(k).lower().equals("a") || t.get(k).lower().equals("an"))) {
            return null;
        }
        k--;
        if (k >= 0 && Set.of("then", "now", "once", "formerly", "also", "later").contains(t.get(k).lower())) {
            k--;
        }
        if (k < 1 || !t.get(k).is(",")) {
            return null;
        }
        Slot s = slotEndingAt(v, k);
        return s != null && s.root().type == EntityType.PERSON ? s : null;
    }

    /** "The Council counts A, B and C among its members": the names between the verb and "among" belong to it. */
    private static void countsAmongMembers(RelationContext ctx, SentenceView v, int among) {
        Slot group = null;
        for (Slot s : v.slots) {
            if (s.from() <= 2 && isOrgLike(s)) {
                group = s;
                break;
            }
        }
        EntityDraft owner = group != null ? group.root() : ctx.subject();
        if (owner == null) {
            return;
        }
        for (Slot s : v.slots) {
            if ((group == null || s.from() >= group.to()) && s.to() <= among && s.root() != owner && !s.reference()
                && s.root().type != EntityType.LEGISLATION && s.root().type != EntityType.CAMPAIGN) {
                promote(s.root(), EntityType.ORGANIZATION);
                ctx.add(COUNTS_AMONG, RelationshipType.MEMBERSHIP, s.root(), owner, v);
            }
        }
    }

    /** A person who is a member of a legislature or commission holds a seat there: a post, not a membership. */
    private static void seat(RelationContext ctx, SentenceView v, EntityDraft person, EntityDraft body, int cue, boolean ended) {
        List<Token> t = v.tokens;
        RelationDraft r = ctx.add(SEAT, RelationshipType.POSITION, person, body, v);
        if (r.role == null) {
            r.role = "member";
        }
        Dates d = Dates.around(t, Math.max(0, cue - 8), Math.min(t.size(), cue + 8));
        r.start = r.start == null ? d.start : r.start;
        String before = cue >= 2 ? t.get(cue - 2).lower() + " " + prev(t, cue) : prev(t, cue);
        if (ended || d.end != null || FORMERLY.matcher(before).matches()
            || PAST_SEAT.matcher(Tokens.join(t, Math.max(0, cue - 6), cue).toLowerCase()).find()) {
            r.current = false;
        }
    }

    /**
     * "Members of the Delta Network include A, B and the C": the body named after "of", then a verb that
     * opens the list of its members. Answers whether the sentence had that shape.
     */
    private static boolean membersOfInclude(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        Slot group = slotStartingNear(v, i + 2, 1);
        if (group == null || group.to() >= t.size() || group.root().type == EntityType.PERSON
            || !LIST_VERBS.contains(t.get(group.to()).lower())) {
            return false;
        }
        for (Slot s : list(v, group.to() + 1, true)) {
            if (s.root() != group.root() && s.root().type != EntityType.LEGISLATION) {
                promote(s.root(), EntityType.ORGANIZATION);
                promote(group.root(), EntityType.ORGANIZATION);
                RelationDraft r = ctx.add(MEMBERS_INCLUDE, RelationshipType.MEMBERSHIP, s.root(), group.root(), v);
                r.current = r.current == null ? Boolean.TRUE : r.current;
            }
        }
        return true;
    }

    private static final Set<String> LIST_VERBS = Set.of("include", "included", "includes", "are", "were");
}
