package io.powermap.ingest.extraction.relations.rules;

import static io.powermap.ingest.extraction.relations.args.Arguments.CLAUSE_END;
import static io.powermap.ingest.extraction.relations.args.Arguments.nearestBefore;
import static io.powermap.ingest.extraction.relations.args.Arguments.possessorBefore;
import static io.powermap.ingest.extraction.relations.args.Arguments.promote;
import static io.powermap.ingest.extraction.relations.args.Slots.isOrgLike;
import static io.powermap.ingest.extraction.relations.args.Slots.slotEndingAt;
import static io.powermap.ingest.extraction.relations.args.Slots.slotStartingNear;
import static io.powermap.ingest.extraction.relations.args.Tokens.clauseBreakBetween;
import static io.powermap.ingest.extraction.relations.args.Tokens.containsBetween;
import static io.powermap.ingest.extraction.relations.args.Tokens.negated;
import static io.powermap.ingest.extraction.relations.args.Tokens.next;
import static io.powermap.ingest.extraction.relations.args.Tokens.prev;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.text.Dates;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.lexicon.Gazetteer;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.RelationContext;
import io.powermap.ingest.extraction.relations.RelationDraft;
import io.powermap.ingest.extraction.relations.RelationRule;
import io.powermap.ingest.extraction.relations.args.PublicBodies;
import io.powermap.ingest.extraction.lexicon.Words;

/**
 * "P is the executive director of X", "X's president, P", "P, treasurer of X since 2015": POSITION
 * from a role title in roles.txt (several words matched whole) to the person it names and the
 * organization it belongs to, with the years and whether the post is held now.
 */
public final class PositionRule implements RelationRule {

    private static final Pattern OCCUPATION_QUALIFIER = Pattern.compile("^(former|senior|staff|lead) ");
    private static final Pattern JOB_QUALIFIER = Pattern.compile("^(former|senior|staff|lead|interim|acting|national|deputy|associate|assistant|general|executive) ");

    public static final String ID = "position.role";
    private static final Set<String> SHARED_POST_VERBS = Set.of("are", "were", "include", "included");
    private static final Set<String> FIELD_STOPS = Set.of("the", "a", "an", "its", "his", "her", "their", "this", "that", "who", "which");
    private static final Set<String> ATTRIBUTIVE_OPENERS = Set.of("a", "an", "the", "former", "its", "longtime", "veteran", "senior");
    private static final Set<String> OCCUPATIONS = Cues.load("position-occupations");
    private static final Set<String> JOBS = Cues.load("position-jobs");
    private static final Set<String> SUCCESSION = Cues.load("position-succession-verbs");

    private final Gazetteer g;
    private final Set<String> firstWords;

    public PositionRule(Gazetteer g) {
        this.g = g;
        Set<String> first = new java.util.HashSet<>();
        for (String role : g.roles) {
            int space = role.indexOf(' ');
            first.add(space < 0 ? role : role.substring(0, space));
            if (space < 0) {
                first.add(role + "s"); // "its co-chairs are ..."
            }
        }
        this.firstWords = Words.frozen(first);
    }

    @Override
    public String id() {
        return ID;
    }

    /** The first word of every role title. */
    @Override
    public Set<String> cues() {
        return firstWords;
    }

    @Override
    public int priority() {
        return 1000;
    }

    @Override
    public void apply(RelationContext ctx, SentenceView v, int i) {
        int roleEnd = g.roleEnd(v.tokens, i); // "co-chairs are A and B": a plural counts too
        if (roleEnd > i) {
            position(ctx, v, i, roleEnd);
            ctx.consumedThrough(roleEnd - 1);
        }
    }

    /** Where "of research is P" reaches "is": a post's field in lower-case words, then its holder; else -1. */
    private static int fieldEnd(SentenceView v, int to) {
        List<Token> t = v.tokens;
        if (to >= t.size() || !(t.get(to).lower().equals("of") || t.get(to).lower().equals("for"))) {
            return -1;
        }
        for (int k = to + 1; k < t.size() && k <= to + 4; k++) {
            String w = t.get(k).lower();
            if ((w.equals("is") || w.equals("was")) && k > to + 1) {
                Slot s = slotStartingNear(v, k + 1, 0);
                return s != null && s.root().type == EntityType.PERSON && !s.reference() ? k : -1;
            }
            if (!t.get(k).isWord() || !Character.isLowerCase(t.get(k).text().charAt(0)) || FIELD_STOPS.contains(w)) {
                return -1;
            }
        }
        return -1;
    }

    private void position(RelationContext ctx, SentenceView v, int from, int to) {
        List<Token> t = v.tokens;
        String role = roleText(t, from, to);
        if (role.endsWith("s")) {
            String matched = io.powermap.ingest.extraction.relations.args.Tokens.join(t, from, to).toLowerCase();
            if (!g.roles.contains(matched) && g.roles.contains(matched.substring(0, matched.length() - 1))) {
                role = role.substring(0, role.length() - 1); // "co-chairs are A and B": each holds the singular post
            }
        }
        if (role.equals("member") || Cues.FOUNDER_NOUNS.contains(role) || role.equals("founder")) {
            return;
        }
        if (role.contains(" of ") && to + 2 < t.size() && t.get(to).is("and") && t.get(to + 1).isWord()
            && !t.get(to + 1).isCapitalized() && unitOrField(t, to + 1) == to + 2) {
            role = role + " and " + t.get(to + 1).lower(); // "head of campaigns and communications": one post over two fields
            to += 2;
        }
        int field = fieldEnd(v, to);
        if (field > to) {
            role = role + " " + io.powermap.ingest.extraction.relations.args.Tokens.join(t, to, field).toLowerCase();
            to = field; // "its director of research is P": the field belongs to the post, not an organization
        }
        boolean capitalized = t.get(from).isCapitalized();
        Slot after = slotStartingNear(v, to, 0);
        boolean openingPost = from == 0 && to - from == 1 && !g.personTitles.contains(t.get(from).text());
        if (capitalized && after != null && after.root().type == EntityType.PERSON && !next(t, to - 1).equals("of") && !openingPost) {
            return; // "President Ada Brandt": an honorific, not a post at the organization; "Treasurer Ana Paz is" opens with a post
        }
        if (negated(t, from)) {
            return;
        }
        Slot person = null;
        List<Slot> others = List.of();
        if (after != null && after.root().type == EntityType.PERSON && !after.reference()) {
            person = after;
            if (plural(t, from, to)) {
                List<Slot> listed = personsListedFrom(v, after.from()); // "whose directors Ana Ruiz and Bo Lind"
                others = listed.size() > 1 ? listed.subList(1, listed.size()) : List.of();
            }
        }
        if (person == null && from > 0 && roleOwnerWord(t, from)) {
            for (int k = to; k < t.size() && k < to + 6; k++) {
                String x = t.get(k).lower();
                if (x.equals("is") || x.equals("been") || x.equals("was")) {
                    Slot s2 = slotStartingNear(v, k + 1, 0);
                    if (s2 != null && s2.root().type == EntityType.PERSON && !s2.reference()) {
                        person = s2;
                    }
                    break;
                }
            }
        }
        if (person == null && to + 1 < t.size() && SHARED_POST_VERBS.contains(t.get(to).lower())) {
            // "Its co-chairs are Ana Ruiz, Bo Lind and Cy Oduya": one post, several holders
            List<Slot> listed = personsListedFrom(v, to + 1);
            if (!listed.isEmpty()) {
                person = listed.get(0);
                others = listed.subList(1, listed.size());
            }
        }
        if (person == null && to + 1 < t.size() && Set.of("is", "was", "has", "remains").contains(t.get(to).lower())) {
            Slot s2 = slotStartingNear(v, to + 1, t.get(to + 1).lower().equals("been") ? 1 : 0);
            if (s2 == null) {
                s2 = slotStartingNear(v, afterDescription(v, to + 1), 0); // "its first president was the law professor P"
            }
            if (s2 != null && s2.root().type == EntityType.PERSON && !s2.reference()) {
                person = s2;
            }
        }
        if (person == null) {
            Slot comma = slotStartingNear(v, to + 1, 0);
            if (to < t.size() && t.get(to).is(",") && comma != null && comma.root().type == EntityType.PERSON
                && !comma.reference() && from > 0 && !prev(t, from).equals("as")) {
                person = comma;
            }
        }
        if (person == null) {
            person = nearestBefore(ctx, v, from, EntityType.PERSON, 40);
            if (person != null && plural(t, from, to) && containsBetween(t, person.to(), from, "with")) {
                person = null; // "A, together with Baptist and Quaker leaders": the plural post is the others', not A's
            }
            if (person != null && prev(t, from).equals("as") && person.from() > 0
                && (SUCCESSION.contains(t.get(person.from() - 1).lower()) || tookOverFrom(t, person.from()))
                && !clauseBreakBetween(t, person.to(), from)
                && !containsBetween(t, person.to(), from, ",")) {
                // "Tanden succeeded Podesta as president": the role is the successor's, named before the verb
                person = nearestBefore(ctx, v, person.from() - 1, EntityType.PERSON, 12);
            }
        }
        if (person == null) {
            person = untypedSubject(ctx, v, from);
        }
        if (person == null) {
            return;
        }
        EntityDraft org = null;
        String nx = to < t.size() ? t.get(to).lower() : "";
        if (nx.equals("in")) {
            // "a state representative in the Ohio House": a seat in a public body
            Slot s = slotStartingNear(v, to + 1, 1);
            if (s != null && isOrgLike(s) && PublicBodies.isPublicBody(s.root().name)) {
                org = s.root();
            }
        }
        if (nx.equals("of") || nx.equals("at") || nx.equals("for") || nx.equals("with") || nx.equals("on")) {
            Slot s = slotStartingNear(v, to + 1, 1);
            if (s == null && nx.equals("at")) {
                s = describedBody(v, to + 1); // "a partner at the law firm X"
            }
            if (s != null && isOrgLike(s)) {
                org = s.root();
            } else if (!nx.equals("for") && !nx.equals("with") && !nx.equals("on")) {
                // "director of immigrant rights at the Center": the employer follows "at"
                for (int k = to + 2; k < t.size() && k < to + 10; k++) {
                    if (t.get(k).lower().equals("at") || t.get(k).lower().equals("of")) {
                        Slot at = slotStartingNear(v, k + 1, 1);
                        if (at != null && isOrgLike(at)) {
                            org = at.root();
                            break;
                        }
                    }
                    if (t.get(k).is(",")) {
                        // "deputy chairman of the family firm, Acme Capital": the description is followed by the name
                        Slot named = slotStartingNear(v, k + 1, 0);
                        if (named != null && isOrgLike(named) && !named.reference() && described(t, to + 1, k)) {
                            org = named.root();
                        }
                        break;
                    }
                    if (CLAUSE_END.contains(t.get(k).lower())) {
                        break;
                    }
                }
                if (org == null) {
                    int part = nx.equals("of") ? unitOrField(t, to + 1) : -1;
                    if (part < 0) {
                        return; // "president of a local union": a post somewhere unnamed
                    }
                    // "director of the prisons program", "head of legal and policy": a part of the body, which is found below
                    role = role + " " + io.powermap.ingest.extraction.relations.args.Tokens.join(t, to, part).toLowerCase();
                    to = part;
                }
            }
        }
        if (org == null) {
            org = attributiveOrganization(v, from);
        }
        if (org == null) {
            org = whereClauseBody(v, from);
        }
        if (org == null && to + 1 < t.size() && t.get(to).is(",")) {
            // "founder and chief executive, Tessellate Labs": a listing's role, then the body it is held at
            Slot s = slotStartingNear(v, to + 1, 0);
            if (s != null && s.root().type == EntityType.ORGANIZATION && !s.reference() && (s.to() >= t.size() || !t.get(s.to()).isWord())) {
                org = s.root();
            }
        }
        if (org == null && Cues.VERB_ROLES.contains(t.get(from).lower())) {
            Slot s = slotStartingNear(v, to, 1);
            if (s != null && isOrgLike(s)) {
                org = s.root();
            }
        }
        if (org == null) {
            org = roleOwner(v, from);
        }
        if (org == null) {
            org = possessorBefore(ctx, v, from);
        }
        boolean appositiveIndefinite = indefiniteAppositive(t, from) && OCCUPATIONS.contains(OCCUPATION_QUALIFIER.matcher(role).replaceFirst(""));
        if (org == null) {
            if (appositiveIndefinite) {
                return;
            }
            for (Slot s : v.slots) {
                if (s.to() <= from && isOrgLike(s) && s.from() > person.to()
                    && !(prev(t, from).equals("as") && containsBetween(t, s.to(), from, ","))) {
                    // "chose P, previously director of X, as president": X belongs to the closed appositive
                    String p = prev(t, s.from());
                    if (p.equals("at") || p.equals("with") || p.equals("joined") || p.equals("of")) {
                        org = s.root();
                    }
                }
            }
        }
        if (org == null && !barePredicate(t, from)
            && JOBS.contains(JOB_QUALIFIER.matcher(role).replaceFirst(""))) {
            return;
        }
        if (org == null) {
            org = BodyFirstListingRule.listedBody(v, person);
        }
        if (org == null && PartyOfficeRule.isLegislatorOffice(role)) {
            return; // "X, the Labour MP for Y": a seat in a legislature the sentence does not name, no post at the subject
        }
        if (org == null) {
            org = ctx.subject();
        }
        if (org == null || org == person.root() || person.root().type != EntityType.PERSON) {
            return;
        }
        promote(org, EntityType.ORGANIZATION);
        if (org.type != EntityType.ORGANIZATION) {
            return;
        }
        if (PartyOfficeRule.isPartySeat(role, org)) {
            ctx.add(PartyOfficeRule.ID, RelationshipType.MEMBERSHIP, person.root(), org, v);
            return;
        }
        int windowEnd = nextRoleStart(t, to);
        for (Slot other : others) {
            if (other.root() != org) {
                RelationDraft o = ctx.add(ID, RelationshipType.POSITION, other.root(), org, v);
                o.role = o.role == null ? role : o.role;
            }
        }
        RelationDraft r = ctx.add(ID, RelationshipType.POSITION, person.root(), org, v);
        if (r.role == null) {
            r.role = role;
        }
        Dates d = Dates.around(t, Math.max(person.to(), from - 2), windowEnd);
        if (d.start == null && d.end == null) {
            d = Dates.opening(t);
        }
        r.start = r.start == null ? d.start : r.start;
        r.end = r.end == null ? d.end : r.end;
        boolean ended = Dates.endedNear(t, Math.max(person.to(), from - 4), from)
            || Dates.endedNear(t, to, windowEnd);
        if (ended || d.end != null) {
            r.current = false;
        } else if (d.current != null || r.start != null) {
            r.current = r.current == null ? Boolean.TRUE : r.current;
        }
    }

    /**
     * "X, whose president since 2007 has been P" and "X ... removed its president, P": the
     * organization named just before the relative or possessive word, not the subject.
     */
    private static EntityDraft roleOwner(SentenceView v, int from) {
        List<Token> t = v.tokens;
        int k = from - 1;
        while (k >= 0 && t.get(k).isWord() && Character.isLowerCase(t.get(k).text().charAt(0))
            && !t.get(k).lower().equals("whose") && !t.get(k).lower().equals("its") && from - k <= 3) {
            k--;
        }
        if (k < 0) {
            return null;
        }
        String w = t.get(k).lower();
        if (w.equals("whose")) {
            Slot best = null;
            for (Slot s : v.slots) {
                if (s.to() <= k && !s.reference() && isOrgLike(s) && k - s.to() <= 12) {
                    best = s;
                }
            }
            return best == null ? null : best.root();
        }
        if (w.equals("its")) {
            Slot best = null;
            for (Slot s : v.slots) {
                if (s.to() <= k && !s.reference() && isOrgLike(s) && s.root().type == EntityType.ORGANIZATION) {
                    best = s;
                }
            }
            return best == null ? null : best.root();
        }
        return null;
    }

    private static boolean roleOwnerWord(List<Token> t, int from) {
        for (int k = from - 1; k >= 0 && k >= from - 3; k--) {
            String w = t.get(k).lower();
            if (w.equals("whose") || w.equals("its") || w.equals("'s")) {
                return true;
            }
        }
        return false;
    }

    private int nextRoleStart(List<Token> t, int from) {
        for (int k = from; k < t.size(); k++) {
            if (t.get(k).is(";") || (t.get(k).lower().equals("previously") && k > from)) {
                return k;
            }
            if (g.roleEnd(t, k) > k) {
                return k;
            }
        }
        return t.size();
    }

    private static String roleText(List<Token> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        String p = prev(t, from);
        if (Set.of("interim", "acting", "founding", "national", "deputy", "associate", "assistant", "senior", "general",
            "executive").contains(p)) {
            b.append(p).append(' ');
        }
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(t.get(k).lower());
        }
        return b.toString();
    }

    /** Whether the role matched at [from, to) is written in the plural ("directors", "co-chairs"). */
    private boolean plural(List<Token> t, int from, int to) {
        String matched = io.powermap.ingest.extraction.relations.args.Tokens.join(t, from, to).toLowerCase();
        return matched.endsWith("s") && !g.roles.contains(matched) && g.roles.contains(matched.substring(0, matched.length() - 1));
    }

    /** The people of a list starting at {@code from}: "Ana Ruiz, Bo Lind and Cy Oduya". */
    private static List<Slot> personsListedFrom(SentenceView v, int from) {
        List<Slot> out = new java.util.ArrayList<>();
        int k = from;
        while (true) {
            k = afterDescription(v, k);
            Slot s = slotStartingNear(v, k, 0);
            if (s == null || s.root().type != EntityType.PERSON || s.reference()) {
                return out;
            }
            out.add(s);
            k = s.to();
            Slot town = k + 1 < v.tokens.size() ? slotStartingNear(v, k + 1, 0) : null;
            if (k + 1 < v.tokens.size() && v.tokens.get(k).is("of") && v.tokens.get(k + 1).isCapitalized()
                && (town == null || town.root().type == null && town.to() == k + 2)) {
                k += 2; // "Marie Roy of Montreal and ...": the holder's town
            }
            // an appositive after a name ("Bo Lind, the former premier,") is skipped up to the next comma
            while (k < v.tokens.size() && (v.tokens.get(k).is(",") || v.tokens.get(k).is("and"))) {
                k++;
            }
            if (k < v.tokens.size() && v.tokens.get(k).isWord() && !v.tokens.get(k).isCapitalized() && afterDescription(v, k) == k) {
                int c = k;
                while (c < v.tokens.size() && c < k + 12 && !v.tokens.get(c).is(",") && !v.tokens.get(c).is(";")) {
                    c++;
                }
                if (c >= v.tokens.size() || !v.tokens.get(c).is(",")) {
                    return out;
                }
                k = c;
                while (k < v.tokens.size() && (v.tokens.get(k).is(",") || v.tokens.get(k).is("and"))) {
                    k++;
                }
            }
        }
    }

    private static final Set<String> WHERE_VERBS = Set.of("had", "has", "been", "was", "were", "served", "worked", "as", "a", "an",
        "the", "once", "previously", "earlier");

    /** "came from the X Commission, where she had been a senior investigator": the body the clause opens on. */
    private static EntityDraft whereClauseBody(SentenceView v, int from) {
        List<Token> t = v.tokens;
        int k = from - 1;
        while (k >= 0 && from - k <= 5 && WHERE_VERBS.contains(t.get(k).lower())) {
            k--;
        }
        if (k < 2 || !Set.of("he", "she", "they").contains(t.get(k).lower()) || !t.get(k - 1).lower().equals("where")
            || !t.get(k - 2).is(",")) {
            return null;
        }
        Slot body = slotEndingAt(v, k - 2);
        return body != null && isOrgLike(body) ? body.root() : null;
    }

    /** "P took over from Q as director": Q is the one before, the role is P's. */
    private static boolean tookOverFrom(List<Token> t, int at) {
        return at >= 3 && t.get(at - 1).lower().equals("from") && t.get(at - 2).lower().equals("over")
            && Set.of("took", "takes", "taken").contains(t.get(at - 3).lower());
    }

    /** "the law firm Halden & Moss", "the Portuguese group Zero": the body named after an article and a description. */
    private static Slot describedBody(SentenceView v, int k) {
        Slot s = describedSlot(v, k);
        return s != null && isOrgLike(s) ? s : null;
    }

    /** "the retired judge Ana Paz": where the name starts after an article and up to four lower-case words; else {@code k}. */
    private static int afterDescription(SentenceView v, int k) {
        Slot s = describedSlot(v, k);
        return s != null && s.root().type == EntityType.PERSON ? s.from() : k;
    }

    /** The name after an article and one to four lower-case words ("the law firm X", "the retired judge P"), or null. */
    private static Slot describedSlot(SentenceView v, int k) {
        List<Token> t = v.tokens;
        if (k >= t.size() || !Set.of("the", "a", "an").contains(t.get(k).lower())) {
            return null;
        }
        for (int j = k + 1; j < t.size() && j <= k + 5; j++) {
            if (!t.get(j).isWord()) {
                return null;
            }
            if (t.get(j).isCapitalized()) {
                return j > k + 1 ? slotStartingNear(v, j, 0) : null;
            }
        }
        return null;
    }

    /**
     * "a former Harbor Bank regional director", "the Tidewater attorney who": the body named just
     * before the role, as its modifier.
     */
    private static EntityDraft attributiveOrganization(SentenceView v, int from) {
        List<Token> t = v.tokens;
        for (Slot s : v.slots) {
            if (s.to() > from || from - s.to() > 2 || !isOrgLike(s) || s.reference()) {
                continue;
            }
            for (int k = s.to(); k < from; k++) {
                if (!t.get(k).isWord() || !Character.isLowerCase(t.get(k).text().charAt(0))) {
                    return null;
                }
            }
            String before = prev(t, s.from());
            if (ATTRIBUTIVE_OPENERS.contains(before)) {
                return s.root();
            }
        }
        return null;
    }

    private static final Set<String> UNIT_ARTICLES = Set.of("the", "its", "our", "their");
    private static final Set<String> UNNAMED = Set.of("a", "an", "one", "another", "some", "several");
    private static final Set<String> LINKING_VERBS = Set.of("is", "was", "became", "remains", "becomes");
    private static final Set<String> FIELD_ENDS = Set.of("since", "until", "from", "at", "in", "for", "between", "and", "who",
        "which", "where", "when", "before", "after");

    /**
     * Where the part of the body after "of" ends: "the prisons program" (an article, lower-case
     * words, a unit's head noun) or "legal and policy" (bare lower-case words up to the clause's
     * end); -1 when the words after "of" are something else ("a local union").
     */
    private static int unitOrField(List<Token> t, int from) {
        int k = from;
        boolean article = k < t.size() && UNIT_ARTICLES.contains(t.get(k).lower());
        if (article) {
            k++;
        } else if (k < t.size() && UNNAMED.contains(t.get(k).lower())) {
            return -1; // "president of a local union": somewhere unnamed
        }
        int words = 0;
        for (; k < t.size() && words <= 5; k++) {
            Token x = t.get(k);
            if (!x.isWord() || x.isCapitalized()) {
                break;
            }
            if (article && Cues.UNIT_HEADS.contains(x.lower()) && words >= 1) {
                return k + 1;
            }
            if (!article && FIELD_ENDS.contains(x.lower()) && !(x.lower().equals("and") && words >= 1 && k + 1 < t.size()
                && t.get(k + 1).isWord() && !t.get(k + 1).isCapitalized() && !FIELD_ENDS.contains(t.get(k + 1).lower()))) {
                break;
            }
            words++;
        }
        if (article || words == 0 || words > 5) {
            return -1;
        }
        boolean clauseEnds = k >= t.size() || !t.get(k).isWord() || FIELD_ENDS.contains(t.get(k).lower());
        return clauseEnds ? k : -1;
    }

    /** "Rui Matos is senior researcher": a post named without an article after the verb is a post here, not a trade. */
    private static boolean barePredicate(List<Token> t, int from) {
        return LINKING_VERBS.contains(prev(t, from));
    }

    /**
     * "Sukanya Rao led the centre as executive director": a name no rule typed, opening the
     * sentence, two or three capitalised words with no body's keyword, is the holder of the post.
     */
    private static Slot untypedSubject(RelationContext ctx, SentenceView v, int from) {
        if (v.slots.isEmpty()) {
            return null;
        }
        Slot first = v.slots.get(0);
        List<Token> t = v.tokens;
        int words = first.to() - first.from();
        if (first.from() != 0 || first.root().type != null || first.reference() || words < 2 || words > 3 || first.to() >= from
            || clauseBreakBetween(t, first.to(), from)) {
            return null;
        }
        for (int k = first.from(); k < first.to(); k++) {
            if (!t.get(k).isWord() || !t.get(k).isCapitalized() || ctx.gazetteer().orgKeywords.contains(t.get(k).text())) {
                return null;
            }
        }
        if (!t.get(first.to()).isWord() || t.get(first.to()).isCapitalized()) {
            return null;
        }
        promote(first.root(), EntityType.PERSON);
        return first.root().type == EntityType.PERSON ? first : null;
    }

    /** ", a former juvenile-court judge": an occupation, not a post at the organization. */
    private static boolean indefiniteAppositive(List<Token> t, int from) {
        for (int k = from - 1; k >= 0 && k >= from - 5; k--) {
            String w = t.get(k).lower();
            if (w.equals("a") || w.equals("an")) {
                return k > 0 && t.get(k - 1).is(",");
            }
            if (!t.get(k).isWord() || !Character.isLowerCase(t.get(k).text().charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** "the family investment firm": an article and lower-case words only. */
    private static boolean described(List<Token> t, int from, int to) {
        if (from >= to || !Set.of("the", "a", "an", "its", "his", "her", "their").contains(t.get(from).lower())) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            Token x = t.get(k);
            if (!x.isWord() || x.isCapitalized()) {
                return false;
            }
        }
        return to - from <= 6;
    }
}
