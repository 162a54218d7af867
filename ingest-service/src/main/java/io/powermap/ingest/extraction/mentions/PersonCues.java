package io.powermap.ingest.extraction.mentions;

import java.util.List;
import java.util.Set;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.lexicon.Gazetteer;
import io.powermap.ingest.extraction.lexicon.Words;
import io.powermap.ingest.extraction.lexicon.RoleTitles;
import io.powermap.ingest.extraction.text.Dates;

/**
 * Whether the words around an untyped name say it names a person, whatever the first name: a role
 * in apposition ("X, the group's treasurer"), a copula before a role ("X is the treasurer of"), a
 * role or office before it ("its chair, X", "led by X"), or speech ("X said", "according to X").
 * Lets people from anywhere be found without a list of first names.
 */
public final class PersonCues {

    private static final Set<String> DETERMINERS = Words.of("the", "its", "their", "a", "an", "his", "her", "our", "this",
        "that", "one");
    private static final Set<String> COPULAS = Words.of("is", "was", "has", "had", "became", "becomes", "serves", "served",
        "remains", "remained", "will", "would", "as", "been", "be", "become", "now", "also", "currently", "then", "later");
    private static final Set<String> SPEECH = Words.of("said", "says", "told", "added", "argued", "noted", "wrote",
        "explained", "warned", "stated", "recalled", "insisted", "declared", "stressed", "conceded", "admitted", "replied");
    private static final Set<String> LED_BY = Words.of("led", "chaired", "headed", "directed", "run", "managed", "co-chaired",
        "presided", "founded", "co-founded", "cofounded", "started", "succeeded", "replaced", "hired", "appointed", "named",
        "elected", "joined");

    private static final Set<String> CLAUSE_WORDS = Words.of("who", "whose", "which", "that", "and", "or", "with", "of",
        "for", "in", "at", "on", "from", "by", "to");
    private static final Set<String> PERSONAL_POSSESSIONS = Words.of("wife", "husband", "widow", "widower", "son",
        "daughter", "father", "mother", "brother", "sister", "children", "government", "administration", "cabinet",
        "presidency", "premiership", "re-election", "reelection", "memoir", "memoirs", "biographer", "chief of staff");
    private static final Set<String> SUCCESSION = Words.of("succeeded", "replaced", "married", "divorced", "followed");
    /** Dashes that set a listing's role off its holder: "Ana Ruiz – Programme Lead". */
    private static final Set<String> LISTING_DASHES = Words.load("cues/position-listing-dashes.txt");
    private static final Set<String> DEPARTURES = Words.load("cues/position-departure-verbs.txt");
    private static final Set<String> BOARD_JOINS = Words.of("joined", "joins", "rejoined");
    private static final Set<String> SEAT_VERBS = Words.of("sits", "sat", "serves", "served", "serving", "sit", "serve");
    private static final Set<String> YEAR_OPENERS = Words.of("since", "from", "in");
    private static final Set<String> TAKE_OVER = Words.of("took", "take", "takes", "taking", "taken");

    private final Gazetteer g;

    public PersonCues(Gazetteer g) {
        this.g = g;
    }

    /** True when the tokens around [s, e) mark the name there as a person's. */
    public boolean personContext(List<Token> t, int s, int e) {
        return roleAfter(t, e) || roleBefore(t, s) || roleOfBodyBefore(t, s, e) || speech(t, s, e) || personalPossession(t, e) || succeedsPerson(t, e)
            || relativeWho(t, e) || tookOverFrom(t, s) || listingRole(t, s, e) || boardSeat(t, e)
            || boardDeparture(t, e) || ledForAPeriod(t, e) || chairs(t, e) || kinOf(t, s) || kinAfter(t, e)
            || ownKinLater(t, e);
    }

    /** How far into its clause a name's "his wife" may come. */
    private static final int OWN_KIN_REACH = 12;

    /**
     * "X founded the league with his wife", "X set it up together with her husband": the first "his" or "her" of the
     * clause goes back to the name before it when no other capitalised word stands between, and only a person has kin.
     */
    private static boolean ownKinLater(List<Token> t, int e) {
        for (int k = e; k + 1 < t.size() && k < e + OWN_KIN_REACH; k++) {
            Token x = t.get(k);
            String w = x.lower();
            if (x.is(";") || x.is(":") || w.equals("who") || w.equals("which") || x.isWord() && x.isCapitalized()) {
                return false;
            }
            if (w.equals("his") || w.equals("her")) {
                return KIN.contains(t.get(k + 1).lower());
            }
        }
        return false;
    }

    private static final Set<String> KIN = Words.of("wife", "husband", "widow", "widower", "son", "daughter", "father",
        "mother", "brother", "sister", "niece", "nephew", "cousin", "grandson", "granddaughter", "grandfather",
        "grandmother", "uncle", "aunt", "stepson", "stepdaughter", "son-in-law", "daughter-in-law", "spouse");

    /** "the daughter of X", "a nephew of X": whoever a kinship is named through is a person. */
    private static boolean kinOf(List<Token> t, int s) {
        return s >= 2 && t.get(s - 1).lower().equals("of") && KIN.contains(t.get(s - 2).lower());
    }

    /** "X is the daughter of", "X, the widow of": kinship said of the name makes it a person's. */
    private static boolean kinAfter(List<Token> t, int e) {
        int k = e;
        if (k < t.size() && t.get(k).is(",")) {
            k++;
        } else {
            int verbs = 0;
            while (k < t.size() && COPULAS.contains(t.get(k).lower()) && verbs < 3) {
                k++;
                verbs++;
            }
            if (verbs == 0) {
                return false;
            }
        }
        if (k < t.size() && DETERMINERS.contains(t.get(k).lower())) {
            k++;
        }
        return k + 1 < t.size() && KIN.contains(t.get(k).lower()) && t.get(k + 1).lower().equals("of");
    }

    private static final Set<String> CHAIR_VERBS = Words.of("chairs", "co-chairs", "presides", "chaired", "co-chaired", "presided");

    /**
     * "X chairs the Vistula River Forum", "X has chaired it since 2020", "X presides over the council":
     * a chair is a person's seat, whatever the first name.
     */
    private static boolean chairs(List<Token> t, int e) {
        if (e + 1 < t.size() && (t.get(e).is("has") || t.get(e).is("had") || t.get(e).is("now") || t.get(e).is("also"))) {
            e++;
        }
        if (e + 1 >= t.size() || !CHAIR_VERBS.contains(t.get(e).lower())) {
            return false;
        }
        String next = t.get(e + 1).lower();
        return (t.get(e).lower().startsWith("presid") ? next.equals("over") : DETERMINERS.contains(next) || next.equals("it"))
            && !t.get(e - 1).is(",");
    }

    private static final Set<String> LEADERSHIP_VERBS = Words.of("led", "headed", "chaired", "ran", "run", "directed", "co-chaired",
        "co-led", "coordinated");
    private static final Set<String> PERIOD_OPENERS = Words.of("from", "until", "till", "between", "since");

    /**
     * "X led the Harbor Union from 2020 to 2023", "X chaired it until 2019", "X has headed the legal
     * team since 2019": a body headed for a
     * stated period is headed by a person; a group that "led the protest" names no period.
     */
    private static boolean ledForAPeriod(List<Token> t, int e) {
        if (e + 1 < t.size() && (t.get(e).is("has") || t.get(e).is("had"))) {
            e++; // "X has headed the legal team since 2019"
        }
        if (e >= t.size() || !LEADERSHIP_VERBS.contains(t.get(e).lower())) {
            return false;
        }
        for (int k = e + 1; k + 1 < t.size() && k < e + 12; k++) {
            Token x = t.get(k);
            if (PERIOD_OPENERS.contains(x.lower())) {
                return Dates.isYear(t.get(k + 1)) || k + 2 < t.size() && Dates.isYear(t.get(k + 2));
            }
            if (!x.isWord() && !x.is("(") && !x.is(")") && !x.is("-") && !x.is("'s")) {
                return false;
            }
        }
        return false;
    }

    /** "X stepped down from the board", "X joined the executive board": a seat a person gives up or takes. */
    private static boolean boardDeparture(List<Token> t, int e) {
        if (e >= t.size() || !(DEPARTURES.contains(t.get(e).lower()) || BOARD_JOINS.contains(t.get(e).lower()))) {
            return false;
        }
        for (int k = e + 1; k < t.size() && k < e + 5; k++) {
            String w = t.get(k).lower();
            if (w.equals("board") || w.equals("staff")) {
                return true;
            }
            if (!t.get(k).isWord() || Character.isUpperCase(t.get(k).text().charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** "X sits on the advisory board of ...", "X served on two boards": a seat a person holds. */
    private static boolean boardSeat(List<Token> t, int e) {
        if (e + 1 >= t.size() || !SEAT_VERBS.contains(t.get(e).lower()) || !t.get(e + 1).lower().equals("on")) {
            return false;
        }
        for (int k = e + 2; k < t.size() && k < e + 6; k++) {
            String w = t.get(k).lower();
            if (w.equals("board") || w.equals("boards")) {
                return true;
            }
        }
        return false;
    }

    /** "X, who stepped down in 2020": only people take "who". */
    private static boolean relativeWho(List<Token> t, int e) {
        return e + 1 < t.size() && t.get(e).is(",") && t.get(e + 1).lower().equals("who");
    }

    /** "she took over from X": a post handed on, so X held it. */
    private static boolean tookOverFrom(List<Token> t, int s) {
        return s >= 3 && t.get(s - 1).lower().equals("from") && t.get(s - 2).lower().equals("over")
            && TAKE_OVER.contains(t.get(s - 3).lower());
    }

    /**
     * A staff listing: the name opens its line and a dash sets off a job title ending in a role head
     * ("Ana Ruiz – Investigations Officer", "Bo Lind — Head of Digital, Oslo office"), or commas set off the title
     * and the body after it.
     */
    private boolean listingRole(List<Token> t, int s, int e) {
        if (s == 0 && e + 1 < t.size() && t.get(e).is(",")) {
            int end = RoleTitles.freeEnd(g, t, e + 1); // "Ana Ruiz, Policy Officer, Harbour Trust": commas for the dash
            return end > e + 1 && end < t.size() && t.get(end).is(",");
        }
        return s == 0 && e + 1 < t.size() && LISTING_DASHES.contains(t.get(e).text()) && RoleTitles.freeEnd(g, t, e + 1) > e + 1;
    }


    /** "X, the alliance's executive director", "X is the treasurer of", "X has been its president". */
    private static boolean shortAside(List<Token> t, int open) {
        for (int k = open + 1; k < t.size() && k <= open + 10; k++) {
            if (t.get(k).is(")")) {
                return true;
            }
            if (t.get(k).is(":")) {
                return false;
            }
        }
        return false;
    }

    private boolean roleAfter(List<Token> t, int e) {
        int k = e;
        // "X, treasurer", "X (treasurer)", "X — treasurer": a role set beside the name; a bracket only when it
        // closes soon and holds no label ("Tenant Voice (secretary: Ben Odede)" names the secretary inside)
        boolean comma = k < t.size() && (t.get(k).is(",") || t.get(k).is("(") && shortAside(t, k) || LISTING_DASHES.contains(t.get(k).text())
            && !t.get(k).is("-"));
        if (comma) {
            k++;
        }
        int verbs = 0;
        while (!comma && k < t.size() && COPULAS.contains(t.get(k).lower()) && verbs < 3) {
            k++;
            verbs++;
        }
        if (!comma && verbs == 0) {
            return false;
        }
        if (k < t.size() && DETERMINERS.contains(t.get(k).lower())) {
            k++;
        }
        // a possessor between the determiner and the role: "the group's", "the Harbor Alliance's"
        for (int p = k; p < t.size() && p < k + 5; p++) {
            if (t.get(p).is("'s")) {
                k = p + 1;
                break;
            }
            if (!t.get(p).isWord()) {
                break;
            }
        }
        // up to three modifiers before the head noun: "a Canadian former public servant", "the retired Lagos banker"
        for (int adj = 0; adj < 4 && k < t.size(); adj++) {
            if (isRoleAt(t, k)) {
                return true;
            }
            Token w = t.get(k);
            boolean bodyWord = g.orgKeywords.contains(w.text()) || NameChunker.ORG_NOUNS.contains(w.lower());
            if (bodyWord && k + 1 < t.size() && isRoleAt(t, k + 1)) {
                return true; // "the group chairman", "the union's general secretary"
            }
            if (!w.isWord() || CLAUSE_WORDS.contains(w.lower()) || bodyWord) {
                return false;
            }
            if (agentNounBeforeBody(t, k)) {
                return true;
            }
            k++;
        }
        return false;
    }

    /** Prepositions between a job and the body it is held at: "a clerk with", "an auditor at". */
    public static final Set<String> WORKPLACE_PREPOSITIONS = Words.of("at", "with", "in", "for");

    /**
     * "X, a clerk... with the Y", "an oceanographer at Y": a lower-case noun of an agent's shape (-er, -or, -ist, -ian,
     * -ant) that is no kind of body ("lender", "broadcaster" are), then a preposition and a name: someone's job at a
     * body, so X is a person though the job is in no list.
     */
    private static boolean agentNounBeforeBody(List<Token> t, int k) {
        if (k + 2 >= t.size() || !agentNoun(t.get(k).text()) || !WORKPLACE_PREPOSITIONS.contains(t.get(k + 1).lower())) {
            return false;
        }
        int n = t.get(k + 2).is("the") ? k + 3 : k + 2;
        return n < t.size() && t.get(n).isWord() && t.get(n).isCapitalized();
    }

    private static final java.util.regex.Pattern AGENT_NOUN = java.util.regex.Pattern.compile("[a-z]{2,}(?:er|or|ist|ian|ant)");

    /** A lower-case noun of an agent's shape that is no kind of body: "auditor", "oceanographer", not "lender". */
    static boolean agentNoun(String w) {
        return AGENT_NOUN.matcher(w).matches() && !NameChunker.ORG_NOUNS.contains(w);
    }

    /** "Lena Park's husband", "Viktor Orban's government": a possession only a person has. */
    private static boolean personalPossession(List<Token> t, int e) {
        return e + 1 < t.size() && t.get(e).is("'s") && PERSONAL_POSSESSIONS.contains(t.get(e + 1).lower());
    }

    /** "Ama Owusu succeeded him": a succession whose other side is a person. */
    private static boolean succeedsPerson(List<Token> t, int e) {
        return e + 1 < t.size() && SUCCESSION.contains(t.get(e).lower())
            && (t.get(e + 1).is("him") || t.get(e + 1).is("her"));
    }

    /** The words of a form's label that names a post, at most: "Deputy secretary general". */
    private static final int FIELD_LABEL_WORDS = 4;

    /** "its treasurer, X", "Treasurer X", "led by X", "Treasurer: X" opening a line. */
    private boolean roleBefore(List<Token> t, int s) {
        int k = s - 1;
        if (k >= 0 && t.get(k).is(",")) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String w = t.get(k).lower();
        if (w.equals(":") && k == s - 1) {
            // a form's field whose label is a post and opens the line: "Treasurer: X", "Secretary general: X"
            return k >= 1 && k <= FIELD_LABEL_WORDS && roleEndingAt(t, 0, k);
        }
        if (w.equals("by") && k >= 1 && LED_BY.contains(t.get(k - 1).lower())) {
            return true;
        }
        if (w.equals("by") && k >= 2 && t.get(k - 1).lower().equals("over") && t.get(k - 2).lower().equals("presided")) {
            return true; // "presided over by X"
        }
        if ((w.equals("is") || w.equals("was")) && k >= 1) {
            k--; // "whose treasurer is Ama Owusu"
            int topic = topicStart(t, k);
            if (topic > 0) {
                k = topic - 1; // "its director of research is Ama Owusu": the post's field, then the holder
            }
        } else if (w.equals("been") && k >= 2 && (t.get(k - 1).lower().equals("has") || t.get(k - 1).lower().equals("had"))) {
            k -= 2; // "its managing director since 2018 has been Oskar Lind"
            if (k >= 2 && Dates.isYear(t.get(k)) && YEAR_OPENERS.contains(t.get(k - 1).lower())) {
                k -= 2;
            }
        }
        for (int from = Math.max(0, k - 2); from <= k; from++) {
            if (roleEndingAt(t, from, k + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the chair of the board, X", "the treasurer of the Harbor Fund, X": a post of a named or unnamed body; not
     * when X opens a list ("the directors of Oxfam, A and B" names bodies).
     */
    private boolean roleOfBodyBefore(List<Token> t, int s, int e) {
        if (s < 2 || !t.get(s - 1).is(",") || e < t.size() && (t.get(e).is("and")
            || t.get(e).is(",") && e + 1 < t.size() && t.get(e + 1).isCapitalized())) {
            return false;
        }
        int last = s - 2;
        for (int of = last - 1; of >= 1 && of >= last - 6; of--) {
            Token x = t.get(of);
            if (x.lower().equals("of")) {
                for (int from = Math.max(0, of - 3); from < of; from++) {
                    if (roleEndingAt(t, from, of)) {
                        return true;
                    }
                }
                return false;
            }
            if (!x.isWord() && !x.is("'s") && !x.is("&")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where "of research" or "for legal affairs" starts when it ends at {@code last}: a post's field
     * in one to three lower-case words after "of" or "for"; -1 when there is none.
     */
    public static int topicStart(List<Token> t, int last) {
        for (int k = last; k >= 0 && k > last - 4; k--) {
            Token x = t.get(k);
            String w = x.lower();
            if ((w.equals("of") || w.equals("for")) && k < last) {
                return k;
            }
            if (!x.isWord() || !Character.isLowerCase(x.text().charAt(0)) || DETERMINERS.contains(w)) {
                return -1;
            }
        }
        return -1;
    }

    private boolean speech(List<Token> t, int s, int e) {
        if (e < t.size() && SPEECH.contains(t.get(e).lower())) {
            return true;
        }
        if (e + 1 < t.size() && t.get(e).is(",") && SPEECH.contains(t.get(e + 1).lower())) {
            return true;
        }
        if (s >= 2 && t.get(s - 1).is("to") && t.get(s - 2).lower().equals("according")) {
            return true;
        }
        return s >= 1 && SPEECH.contains(t.get(s - 1).lower()) && e <= t.size() && (e == t.size() || !t.get(e).isWord());
    }

    private boolean isRoleAt(List<Token> t, int k) {
        StringBuilder b = new StringBuilder();
        for (int j = k; j < t.size() && j < k + g.longestRoleWords; j++) {
            if (!t.get(j).isWord()) {
                return false;
            }
            if (j > k) {
                b.append(' ');
            }
            b.append(t.get(j).lower());
            if (g.roles.contains(b.toString()) || j == k && isPersonNoun(b.toString())) {
                return true;
            }
        }
        return false;
    }

    private boolean roleEndingAt(List<Token> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int j = from; j < to; j++) {
            if (!t.get(j).isWord()) {
                return false;
            }
            if (j > from) {
                b.append(' ');
            }
            b.append(t.get(j).lower());
        }
        String role = b.toString();
        return g.roles.contains(role) || to - from == 1 && isPersonNoun(role);
    }

    /** "investor", "scientists": a noun for a person, singular or plural. */
    private static boolean isPersonNoun(String w) {
        return NameChunker.PERSON_NOUNS.contains(w) || w.length() > 4 && w.endsWith("s")
            && NameChunker.PERSON_NOUNS.contains(w.substring(0, w.length() - 1));
    }
}
