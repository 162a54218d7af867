package io.powermap.ingest.extraction.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.powermap.contract.EntityType;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.text.Tokenizer;
import io.powermap.ingest.extraction.lexicon.Gazetteer;
import io.powermap.ingest.extraction.lexicon.RoleTitles;
import io.powermap.ingest.extraction.lexicon.Words;
import io.powermap.ingest.extraction.resolution.EntityResolver;
import io.powermap.ingest.extraction.text.Money;

/**
 * Finds capitalised name chunks in a sentence and gives each the type its own words suggest:
 * legislation by form or final keyword, organizations by keyword, gazetteer, acronym or camel
 * case, persons by first name or honorific, campaigns by a following "campaign"/"program".
 * Context (appositives such as "X, a youth program" or "the broadcaster X") settles the rest.
 */
public final class NameChunker {

    private static final Pattern ONE_TO_THREE_CAPITALS = Pattern.compile("[A-Z]{1,3}");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern INITIAL = Pattern.compile("[A-Z]\\.");
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVXLC]+");
    private static final Pattern YEAR_OR_COMMA = Pattern.compile("(19|20)\\d{2}|,");
    private static final Pattern GENERATION = Pattern.compile("I{2,3}|IV");

    /**
     * Connectors that also join a person's names: "Maria Nogueira dos Santos", "Allyne Andrade e Silva",
     * "Pieter van Dijk", "Anwar bin Ibrahim".
     */
    private static final Set<String> NAME_PARTICLES = Words.load("name-particles.txt");
    private static final Set<String> CONNECTORS = Words.union(NAME_PARTICLES, Words.of("of", "for", "and", "on", "los", "las",
        "y", "&", "para", "et",
        "della", "dei", "delle", "degli", "dello", "per", "sulla", "sul", "für", "zu", "zur", "zum", "contra", "pour", "sur", "aux",
        "pela", "pelo", "por", "untuk", "dan", "ve",
        // Nordic and Slavic ones: "Natur og Ungdom", "Kvinna till Kvinna", "Centar za Mirovne Studije", "Pravo na Grad"
        "og", "och", "till", "av", "i", "za", "na", "bez", "u",
        // Romanian ones: "Centrul pentru Studii Urbane", "Asociația Juriștilor din Nord"
        "pentru", "din", "și",
        // Spanish, French and Dutch: "Consejo Ciudadano en Valdoria", "Jeunes en Marche", "Natuur en Milieu"
        "en"));
    private static final Set<String> NAME_OPENERS = Words.load("name-opening-keywords.txt");
    /** Two particles in a row before a surname: "Ludwig van der Berg", "Ana de la Cruz", "Ursula von der Heide". */
    private static final Set<String> FIRST_OF_TWO_PARTICLES = Words.of("van", "von", "de");
    private static final Set<String> SECOND_OF_TWO_PARTICLES = Words.of("der", "den", "la", "los", "las");
    private static final Set<String> CORPORATE_SUFFIXES = Words.load("corporate-suffixes.txt");
    /** "Inc.", "gGmbH", "S.A.": a word that states a company's legal form and may end its name. */
    public static boolean isCorporateSuffix(String word) {
        return CORPORATE_SUFFIXES.contains(word);
    }

    /** Dates after a name: "passed the Harbor Act on Tuesday" ends the name before "on". */
    private static final Set<String> CALENDAR = Words.of("January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday");
    private static final Set<String> AFTER_THE = Words.of("of", "for", "on", "to", "para");
    private static final Set<String> SAINTS = Words.of("St.", "St", "Saint", "Ste.", "San", "Santa", "Santo", "São", "Sainte");
    /** Articles of other languages after a small word inside a name: "Consejo para la Vivienda", "Bundesamt für die Umwelt". */
    private static final Set<String> FOREIGN_ARTICLES = Words.of("la", "las", "los", "el", "le", "les", "il", "lo", "gli", "die",
        "der", "das", "den", "dem");
    private static final Set<String> OPENERS = Words.of("The", "In", "On", "At", "By", "During", "After", "Before",
        "Since", "Under", "Its", "His", "Her", "Their", "This", "That", "A", "An", "When", "While", "Although", "Because",
        "If", "As", "With", "From", "Of", "To", "And", "But", "Or", "Both", "Unlike", "Like", "Through", "Against");
    /** Words opening a list item about a law ("Opposition to the X Act") that are never part of its name. */
    private static final Set<String> STANCE_OPENERS = Words.of("Opposition", "Opposes", "Opposed", "Supports", "Supported",
        "Backed", "Backs", "Endorsed", "Endorses", "Support");
    private static final Set<String> PROVISIONS = Words.of("Section", "Sections", "Article", "Title", "Chapter", "Part",
        "Clause", "Subsection");
    private static final Set<String> LEG_PREFIX = Words.of("Proposition", "Prop.", "Measure", "Question", "Amendment",
        "Order", "No.", "HB", "SB", "AB", "HR", "H.R.", "S.", "H.B.", "S.B.", "A.B.", "Initiative", "Resolution", "Bill",
        "LB", "SF", "HF", "SJR", "HJR", "Issue", "Law");
    private static final Pattern LEG_CODE = Pattern.compile(
        "^(?:H\\.\\s?R\\.|S\\.|HR|HB|SB|AB|LB|SF|HF|SJR|HJR|H\\.B\\.|S\\.B\\.|A\\.B\\.|Assembly Bill|Senate Bill|House Bill)\\s?\\d{1,5}$");
    private static final Pattern LEG_NUMBERED = Pattern.compile(
        "^(?:(?:Municipal|Senate|House|Assembly|Federal|State|Government|Private Member's) )?"
        + "(?:Proposition|Prop\\.|Measure|Question|Amendment|Initiative|Issue|Executive Order|Public Law|Bill|Law|Decree)"
        + "\\s(?:No\\.\\s)?(?:[A-Z]{1,2}-)?[0-9][0-9A-Za-z.,-]{0,8}(?:/(?:19|20)\\d{2}| of (?:19|20)\\d{2})?$|^[A-Z]{2,4} [0-9][0-9.,]{0,8}/(?:19|20)\\d{2}$");
    private static final Set<String> ROLE_MODIFIERS = Words.of("senior", "vice", "deputy", "executive", "chief", "general",
        "national", "associate", "assistant", "interim", "acting", "managing", "founding", "co", "regional", "global");
    private static final Set<String> EFFORT_HEADS = Words.of("campaign", "programme", "program", "initiative");
    private static final Set<String> CLAUSE_STARTS = Words.of("and", "or", "but", "which", "that", "who", "whose", "to",
        "of", "in", "for", "on", "at", "by", "with", "from", "is", "was", "has", "had", "the", "a", "an", "as");
    private static final Set<String> INSTRUMENTS = Words.of("Charter", "Convention", "Treaty", "Covenant", "Declaration",
        "Directive", "Regulation");
    public static final Set<String> ORG_NOUNS = Words.of("group", "organization", "organisation", "nonprofit",
        "non-profit", "coalition", "company", "firm", "corporation", "broadcaster", "network", "newspaper", "outlet",
        "magazine", "bank", "retailer", "maker", "chain", "airline", "automaker", "insurer", "lender", "conglomerate", "brewer", "foundation", "charity", "union", "think", "agency", "committee", "party",
        "association", "alliance", "funder", "publisher", "insurer", "giant", "manufacturer", "chain", "station",
        "lobby", "caucus", "church", "university", "college", "consortium", "federation", "platform", "conglomerate",
        "philanthropy", "trust", "fund", "institute", "society", "league", "network", "movement", "affiliate",
        "chapter", "subsidiary", "arm", "council", "center", "organizations", "groups", "lobbyist", "pac", "super",
        "court", "legislature", "department", "newsroom", "website", "site", "daily", "weekly", "tank", "nonprofits",
        "local", "federation", "watchdog", "firm", "centre", "centres", "ngo", "collective", "cooperative", "co-operative",
        "regulator", "ministry", "commission", "observatory");
    public static final Set<String> PERSON_NOUNS = Words.of("activist", "lawyer", "attorney", "actor", "actress",
        "sociologist", "scholar", "organizer", "legislator", "senator", "congressman", "congresswoman", "politician",
        "economist", "philanthropist", "heiress", "heir", "businessman", "businesswoman", "investor", "billionaire",
        "journalist", "writer", "author", "professor", "judge", "pastor", "minister", "priest", "wife", "husband",
        "son", "daughter", "sister", "brother", "mother", "father", "official", "strategist", "consultant", "donor",
        "executive", "entrepreneur", "ophthalmologist", "doctor", "physician", "ornithologist",
        "broadcaster", "industrialist", "farmer", "poet", "novelist", "filmmaker", "photographer", "scientist", "historian", "researcher",
        "commentator", "host", "governor", "mayor", "representative", "lawmaker", "candidate", "nominee", "secretary",
        "leader", "founder", "co-founder", "cofounder", "veteran", "worker", "student", "teacher", "reverend",
        "rabbi", "bishop", "cardinal", "singer", "musician", "artist", "heir", "financier", "banker", "magnate",
        "tycoon", "publisher", "editor", "columnist", "reporter", "analyst", "fellow", "president", "director",
        "chair", "chairman", "chairwoman", "ceo", "spokesman", "spokeswoman", "spokesperson", "widow", "widower",
        "niece", "nephew", "cousin", "grandson", "granddaughter", "sibling", "spouse", "partner", "colleague",
        "aide", "adviser", "advisor", "assistant", "deputy", "justice", "prosecutor", "sheriff", "demographer",
        "environmentalist", "ecologist", "biologist", "psychologist", "conservationist", "preacher", "evangelist",
        "televangelist", "commissioner", "ambassador", "speaker", "nurse", "surgeon", "engineer", "architect",
        "servant", "manufacturer", "organiser", "campaigner", "advocate", "diplomat", "unionist", "broadcaster", "novelist",
        "playwright", "filmmaker", "poet", "academic", "educator", "monk", "nun", "farmer", "industrialist", "tycoon",
        "socialite", "lecturer", "editor", "columnist", "reporter", "analyst", "adviser", "advisor", "aide", "jurist",
        "barrister", "solicitor", "trustee", "accountant", "economist", "physicist", "chemist", "anthropologist",
        "sportsman", "sportswoman", "athlete", "footballer", "cleric", "theologian", "philosopher", "mathematician");
    public static final Set<String> CAMPAIGN_NOUNS = Words.of("campaign", "initiative", "program", "programme", "project",
        "drive", "effort", "tour", "series", "curriculum", "fellowship", "academy", "platform", "pledge", "network", "push",
        "scheme");
    /** What an appositive may call a named effort: "X, an annual ranking of ...", "X — a survey of ...". */
    private static final Set<String> EFFORT_NOUNS = Words.of("survey", "ranking", "index", "course", "event", "giveaway",
        "boycott", "award", "prize", "festival", "conference", "summit", "database", "scorecard", "series", "journal");

    private final Gazetteer g;
    private final Set<String> descriptors;
    private final PersonCues personCues;

    public NameChunker(Gazetteer g, Set<String> descriptors) {
        this.g = g;
        this.descriptors = descriptors;
        this.personCues = new PersonCues(g);
    }

    public List<Mention> chunk(int sentenceIndex, List<Token> toks) {
        return chunk(sentenceIndex, toks, false);
    }

    public List<Mention> chunk(int sentenceIndex, List<Token> toks, boolean listItem) {
        List<Mention> out = new ArrayList<>();
        int n = toks.size();
        int i = 0;
        while (i < n) {
            Token t = toks.get(i);
            int law = NumberedLaws.end(toks, i);
            if (law < 0 && (i == 0 || !toks.get(i - 1).isCapitalized())) {
                law = NumberedLaws.kindThenTitle(toks, i, LAW_HEADS); // "Loi sur la transparence de la vie publique"
            }
            if (law < 0) {
                law = NumberedLaws.draftThenTitle(toks, i, DRAFT_HEADS, LAW_HEADS); // "Projet de loi relative à la presse"
            }
            if (law < 0 && t.is("The") && i + 2 < n && (NumberedLaws.end(toks, i + 1) > i + 2
                || NumberedLaws.draftThenTitle(toks, i + 1, DRAFT_HEADS, LAW_HEADS) > i + 2)) {
                i++; // "The Loi n° 4 ..." opening a sentence: the article is no part of the law's name
                continue;
            }
            if (law > i + 1) {
                out.add(typed(new Mention(sentenceIndex, i, law, t.start(), toks.get(law - 1).end(), surface(toks, i, law), null, 0),
                    EntityType.LEGISLATION, Mention.LEXICAL));
                i = law;
                continue;
            }
            boolean givenName = i + 1 < n && hyphenatedGivenName(t.text()) && t.isCapitalized() && toks.get(i + 1).isWord()
                && toks.get(i + 1).isCapitalized() && !descriptiveCompound(toks.get(i + 1).text()); // "Ai-jen Poo", "Min-ji Park"
            if (!startsName(t) && !givenName || Money.codeBesideNumber(toks, i)) {
                i++;
                continue;
            }
            int last = i;
            int j = i + 1;
            boolean portfolios = false;
            while (j < n) {
                Token u = toks.get(j);
                if (continuesName(toks, i, j)) {
                    last = j;
                    j++;
                    continue;
                }
                if (possessiveInsideName(toks, i, j, last)) {
                    j++;
                    continue;
                }
                if (isConnector(toks, j, last)) {
                    j++;
                    continue;
                }
                int close = u.is("(") ? lawParenthetical(toks, j) : -1;
                if (close > 0) {
                    last = close;
                    j = close + 1;
                    continue;
                }
                if (u.is(",") && last >= i) {
                    int reach = legislationThroughCommas(toks, j);
                    if (reach < 0 && (reach = portfoliosThroughCommas(toks, i, j)) > 0) {
                        portfolios = true;
                    }
                    if (reach > 0) {
                        last = reach;
                        j = reach + 1;
                        continue;
                    }
                }
                break;
            }
            if (portfolios) {
                Mention ministry = classify(sentenceIndex, toks, i, last + 1, listItem); // one ministry, not a list to split
                if (ministry != null) {
                    out.add(ministry);
                }
                i = last + 1;
                continue;
            }
            last = extendToAcronym(toks, i, last);
            last = extendMissionPlace(toks, i, last);
            int quoted = QuotedOwnNames.extend(toks, i, last, g);
            if (quoted > last) {
                if (QuotedOwnNames.formStart(toks, i, last) > i) {
                    // a row's code or a word before the legal form ('C1 OOO "Name"') is no part of the name
                    Mention before = classify(sentenceIndex, toks, i, last, listItem);
                    if (before != null) {
                        out.add(before);
                    }
                    i = last;
                }
                Mention body = classify(sentenceIndex, toks, i, quoted + 1, listItem); // 'Centre "Hearth"': one body
                if (body != null) {
                    body.alternateName = QuotedOwnNames.inner(body.name);
                    out.add(typed(body, EntityType.ORGANIZATION, Mention.LEXICAL));
                }
                i = quoted + 1;
                continue;
            }
            int institution = SentenceCaseInstitutions.extend(toks, i, last);
            if (institution > last) {
                Mention body = classify(sentenceIndex, toks, i, institution + 1, listItem); // "Cour des comptes"
                if (body != null) {
                    out.add(typed(body, EntityType.ORGANIZATION, Mention.LEXICAL));
                }
                i = institution + 1;
                continue;
            }
            last = SmallWordNames.extend(toks, i, last, listItem, g);
            int plain = last;
            last = extendThroughCommasToAcronym(toks, i, last);
            if (last != plain) {
                Mention whole = classify(sentenceIndex, toks, i, last + 1, listItem);
                if (whole != null) {
                    out.add(whole);
                }
                i = last + 1;
                continue;
            }
            if (last + 1 < n && toks.get(last + 1).isCapitalized() && descriptiveCompound(toks.get(last + 1).text())) {
                i = last + 2; // "a New York-based local": part of a place adjective, not a name
                continue;
            }
            Mention shared = SharedSurname.firstOfPair(sentenceIndex, toks, i, last + 1, g);
            if (shared != null) {
                // "Otto and Greta Lind": two people, the first borrowing the surname of the second
                out.add(shared);
                Mention second = classify(sentenceIndex, toks, i + 2, last + 1, listItem);
                if (second != null) {
                    out.add(second);
                }
                i = last + 1;
                continue;
            }
            for (int[] part : splitConjunctions(toks, i, last + 1)) {
                int person = afterInnerTitle(toks, part[0], part[1], namesLaw(toks, part[0], part[1]));
                int office = person - 1;
                while (office > part[0] && isOfficeWord(toks.get(office - 1))) {
                    office--; // "Harbor Fund Deputy Director Ana Ruiz": the whole office, not its last word
                }
                for (int k = office - 1; k > part[0]; k--) {
                    if (g.orgKeywords.contains(toks.get(k).text())) {
                        office = k + 1; // "Tideway Trust Senior Policy Adviser X": the body ends at its kind word
                        break;
                    }
                }
                if (person > part[0] && office > part[0]) {
                    // "Green Party MP Siân Berry": the party or body before the office is named too
                    Mention body = classify(sentenceIndex, toks, part[0], office, listItem);
                    if (body != null && body.type == EntityType.ORGANIZATION) { // "Education Minister X" names no body
                        out.add(body);
                    }
                }
                Mention m = classify(sentenceIndex, toks, part[0], part[1], listItem);
                if (m != null && m.type == null && SmallWordNames.namesEffort(toks, part[0])) {
                    m.type = EntityType.CAMPAIGN;
                    m.strength = Mention.CONTEXT;
                }
                if (m != null) {
                    out.add(m);
                }
            }
            i = last + 1;
        }
        numberLawsAfterTheirNames(sentenceIndex, toks, out);
        AcronymLongForms.extend(sentenceIndex, toks, out);
        typesInLists(toks, out);
        int field = NameFields.valueStart(toks);
        if (field > 0) {
            nameField(sentenceIndex, toks, field, out);
        }
        return out;
    }

    /**
     * "Name of organisation:  Zerbinat": the value of a form's name field is an organization's name, a word
     * alone with no keyword included; a name read as a person's stays one.
     */
    private static void nameField(int sentenceIndex, List<Token> toks, int from, List<Mention> out) {
        int to = NameFields.valueEnd(toks, from);
        if (to - from > 12 || to == from) {
            return;
        }
        int at = 0;
        for (Mention m : out) {
            if (m.tokStart == from && m.type == null) {
                m.type = EntityType.ORGANIZATION;
                m.strength = Mention.LEXICAL;
                return;
            }
            if (m.tokEnd > from && m.tokStart < to) {
                return;
            }
            if (m.tokStart < from) {
                at++;
            }
        }
        out.add(at, new Mention(sentenceIndex, from, to, toks.get(from).start(), toks.get(to - 1).end(), surface(toks, from, to),
            EntityType.ORGANIZATION, Mention.LEXICAL));
    }

    /** The mention tokens [s, e) of a sentence make when read as one name alone, or null when they name nothing. */
    public Mention span(int sentenceIndex, List<Token> toks, int s, int e) {
        return classify(sentenceIndex, toks, s, e, false);
    }

    /**
     * "Ines Duarte, Kwame Boateng and Lior Abramov", "Oxfam, Avaaz and the Harbor Trust": an untyped
     * item of a list takes the type of a typed neighbour, so one recognised name carries the rest.
     * A person needs a person-shaped name; an organization needs a name no first-name list claims.
     */
    private void typesInLists(List<Token> toks, List<Mention> out) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = 0; k < out.size(); k++) {
                Mention m = out.get(k);
                if (m.type != null || m.tokEnd - m.tokStart > 6) {
                    continue;
                }
                if (onlyTitles(toks, m.tokStart, m.tokEnd)) {
                    continue; // "Ada Lind, Senior Vice President": her title, not a second name
                }
                Mention prev = k > 0 && listGlue(toks, out.get(k - 1).tokEnd, m.tokStart) ? out.get(k - 1) : null;
                Mention next = k + 1 < out.size() && listGlue(toks, m.tokEnd, out.get(k + 1).tokStart) ? out.get(k + 1) : null;
                EntityType type = prev != null && prev.type != null ? prev.type : next != null ? next.type : null;
                if (type == EntityType.PERSON && m.tokEnd - m.tokStart >= 2 && m.tokEnd - m.tokStart <= 4
                    && looksLikePersonName(toks, m.tokStart, m.tokEnd) && !hasKeyword(toks, m.tokStart, m.tokEnd)
                    || type == EntityType.ORGANIZATION && organizationInList(toks, m, prev, next)) {
                    m.type = type;
                    m.strength = Mention.CONTEXT;
                    changed = true;
                }
            }
        }
    }

    /**
     * Whether an untyped list item can take an organization neighbour's type: a whole item (a list
     * mark or the sentence's end after it, not "the German foundation"), no listed first name, and
     * for one word a neighbour that is plainly a name, so the pieces of a long name cut at its
     * commas ("Fund to Fight Hunger, Thirst and Cold") stay untyped.
     */
    private boolean organizationInList(List<Token> toks, Mention m, Mention prev, Mention next) {
        if (g.firstNames.contains(toks.get(m.tokStart).text()) || m.tokStart == 0 && m.tokEnd == 1 || g.starterWords.contains(m.name)) {
            return false;
        }
        if (m.tokEnd < toks.size() && toks.get(m.tokEnd).isWord() && !toks.get(m.tokEnd).is("and") && !toks.get(m.tokEnd).is("or")) {
            return false;
        }
        if (m.tokEnd - m.tokStart > 1) {
            return true;
        }
        for (Mention n : new Mention[] {prev, next}) {
            if (n != null && n.type == EntityType.ORGANIZATION && (n.tokEnd - n.tokStart == 1 && toks.get(n.tokStart).isAllCaps()
                || g.orgKeywords.contains(toks.get(n.tokEnd - 1).text()))) {
                return true;
            }
        }
        return false;
    }

    /** Only list punctuation between two names: ",", "and", ", and". */
    private static boolean listGlue(List<Token> toks, int from, int to) {
        if (to <= from || to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!(toks.get(k).is(",") || toks.get(k).is("and") || toks.get(k).is("the") && k == to - 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Citizens for Openness and Ethics in Harbor City (COEHC)": a small word the chunker stops
     * at is part of the name when the acronym that follows spells the longer form.
     */
    private int extendToAcronym(List<Token> toks, int start, int last) {
        int k = last + 1;
        if (k + 1 >= toks.size() || !(toks.get(k).is("in") || toks.get(k).is("to") || toks.get(k).is("at"))) {
            return last;
        }
        int end = k + 1;
        while (end < toks.size() && toks.get(end).isWord() && (toks.get(end).isCapitalized() || CONNECTORS.contains(toks.get(end).text()))) {
            end++;
        }
        if (end + 2 >= toks.size() || !toks.get(end).is("(") || !toks.get(end + 1).isAllCaps() || !toks.get(end + 2).is(")")) {
            return last;
        }
        String acronym = toks.get(end + 1).text().replace(".", "");
        String initials = EntityResolver.initials(text(toks, start, end));
        return initials.equalsIgnoreCase(acronym) ? end - 1 : last;
    }

    private static final Set<String> MISSION_HEADS = Words.load("mission-heads.txt");

    /**
     * "Embassy of Norway in Zambia", "Consulate-General of Canada in Lagos": a body that stands
     * for another in a place keeps the place (one to three capitalised words) in its name.
     */
    private int extendMissionPlace(List<Token> toks, int start, int last) {
        int k = last + 1;
        if (k + 1 >= toks.size() || !(toks.get(k).is("in") || toks.get(k).is("to"))) {
            return last;
        }
        boolean mission = false;
        for (int j = start; j <= last; j++) {
            String w = toks.get(j).text();
            mission |= MISSION_HEADS.contains(w) || j < last && MISSION_HEADS.contains(w + " " + toks.get(j + 1).text());
        }
        int end = k + 1;
        while (end < toks.size() && end <= k + 3 && toks.get(end).isWord() && toks.get(end).isCapitalized()) {
            end++;
        }
        boolean closed = end == toks.size() || !(toks.get(end).isWord() && toks.get(end).isCapitalized());
        String place = text(toks, k + 1, end);
        return mission && end > k + 1 && closed && (g.isCountry(place) || g.isPlace(place) || unlistedPlace(toks, k + 1, end))
            ? end - 1 : last;
    }

    /**
     * "in Bamako", "in Port Vila": after a mission's head and "in", one or two capitalised words that are no body,
     * month, weekday or person's first name are taken for a place the gazetteer does not list.
     */
    private boolean unlistedPlace(List<Token> toks, int from, int end) {
        if (end - from > 2) {
            return false;
        }
        for (int k = from; k < end; k++) {
            String w = toks.get(k).text();
            if (toks.get(k).isAllCaps() || CALENDAR.contains(w) || g.orgKeywords.contains(w) || g.firstNames.contains(w)
                || g.starterWords.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Federation of Port, Rail and Transit Workers (FPRTW)": commas inside a long
     * name are kept when the acronym after it spells the whole name.
     */
    private int extendThroughCommasToAcronym(List<Token> toks, int start, int last) {
        int k = last + 1;
        if (k >= toks.size() || !toks.get(k).is(",")) {
            return last;
        }
        int end = k;
        while (end < toks.size() && end - last <= 8 && (toks.get(end).is(",") || toks.get(end).is("and")
            || toks.get(end).isWord() && (toks.get(end).isCapitalized() || CONNECTORS.contains(toks.get(end).text())))) {
            end++;
        }
        if (end + 2 >= toks.size() || end - 1 <= k || !toks.get(end).is("(") || !toks.get(end + 1).isAllCaps()
            || !toks.get(end + 2).is(")") || !toks.get(end - 1).isCapitalized()) {
            return last;
        }
        String acronym = toks.get(end + 1).text().replace(".", "");
        String initials = EntityResolver.initials(text(toks, start, end).replace(",", " "));
        return acronym.length() >= 4 && initials.equalsIgnoreCase(acronym) ? end - 1 : last;
    }

    /** A law's mark and number written after its title ("Ley de Vivienda N° 13.728") belong to its name. */
    private static void numberLawsAfterTheirNames(int sentenceIndex, List<Token> toks, List<Mention> out) {
        for (int k = 0; k < out.size(); k++) {
            Mention m = out.get(k);
            if (m.type != EntityType.LEGISLATION) {
                continue;
            }
            int e = NumberedLaws.numberAfterName(toks, m.tokStart, m.tokEnd);
            if (e > m.tokEnd && (k + 1 >= out.size() || out.get(k + 1).tokStart >= e)) {
                Mention longer = new Mention(sentenceIndex, m.tokStart, e, m.start, toks.get(e - 1).end(),
                    surface(toks, m.tokStart, e), m.type, m.strength);
                longer.hadTitle = m.hadTitle;
                longer.alternateName = m.alternateName;
                out.set(k, longer);
            }
        }
    }

    private boolean startsName(Token t) {
        return t.isWord() && t.isCapitalized() && !descriptiveCompound(t.text()) && !Money.CODES.contains(t.text());
    }

    /**
     * "Kyung-soo", "Ik-pyo": two short syllables joined by a hyphen, the second not an English
     * compound head ("Texas-born", "Spanish-language").
     */
    private static boolean hyphenatedGivenName(String w) {
        int dash = w.indexOf('-');
        if (dash < 1 || dash > 6 || w.indexOf('-', dash + 1) >= 0) {
            return false;
        }
        String second = w.substring(dash + 1);
        return second.length() >= 2 && second.length() <= 6 && second.chars().allMatch(Character::isLowerCase)
            && !COMPOUND_HEADS.contains(second);
    }

    /** Second parts that make a capitalised compound an adjective: "London-based", "Dutch-born". */
    private static final Set<String> COMPOUND_HEADS = Words.load("compound-heads.txt");
    private static final Set<String> LAW_HEADS = Words.load("legislation-heads.txt");
    /** Words naming a draft whose kind of law follows after "de": "Proyecto de Ley ...", "Projeto de Lei ...". */
    private static final Set<String> DRAFT_HEADS = Words.load("legislation-draft-heads.txt");
    /** English kind words that open a translated law's title before "on": "Law on Public Gatherings". */
    private static final Set<String> ENGLISH_LAW_HEADS = Words.of("Law", "Act", "Decree", "Ordinance", "Decree-Law", "Regulation");

    /** "Buffalo School of Law", "Centre for Environmental Law": a body teaching or practising law, not a law. */
    private boolean schoolOfLaw(List<Token> toks, int e) {
        return e >= 3 && toks.get(e - 1).is("Law") && (toks.get(e - 2).is("of") || toks.get(e - 2).is("for"))
            && g.orgKeywords.contains(toks.get(e - 3).text());
    }

    /** "Spanish-language", "Texas-born": an adjective, not a name. */
    private static boolean descriptiveCompound(String w) {
        int dash = w.indexOf('-');
        return dash > 0 && dash + 1 < w.length() && Character.isLowerCase(w.charAt(dash + 1));
    }

    /** One to three capitals written against a dollar sign: "C$", "NZ$", "US$", "HK$". */
    private static boolean dollarPrefix(List<Token> toks, int j) {
        Token u = toks.get(j);
        return j + 1 < toks.size() && u.text().length() <= 3 && u.isWord() && u.text().chars().allMatch(Character::isUpperCase)
            && toks.get(j + 1).is("$") && toks.get(j + 1).start() == u.end();
    }

    private boolean continuesName(List<Token> toks, int chunkStart, int j) {
        Token u = toks.get(j);
        Token prev = toks.get(j - 1);
        if (CORPORATE_SUFFIXES.contains(prev.text()) && j - 1 > chunkStart) {
            return false; // "Acme Holdings Inc. Chief Executive Dana Ruiz": the company's name ends at its legal form
        }
        if (dollarPrefix(toks, j)) {
            return false; // "gave the Harbour Union C$ 40,000": the letters of a dollar's country, not a name's last word
        }
        if (u.isWord() && (u.isCapitalized() || u.isAllCaps()) && !descriptiveCompound(u.text()) && !Money.CODES.contains(u.text())) {
            return true;
        }
        if (u.isWord() && !u.isCapitalized() && CORPORATE_SUFFIXES.contains(u.text()) && prev.isWord() && prev.isCapitalized()) {
            return true; // "Lumikki Tampere ry", "Aurora gGmbH": a legal form written in lower case still ends the name
        }
        if (elidedName(u)) {
            return true; // "Côte d'Ivoire", "Droits de l'Homme": an elided article glued to a capitalised word
        }
        if (u.isWord() && u.isCapitalized() && (j == chunkStart + 1 || j >= 2 && g.personTitles.contains(toks.get(j - 2).text()))
            && hyphenatedGivenName(u.text()) && prev.isCapitalized() && prev.text().length() <= 5) {
            // "Yang Kyung-soo", "Hong Ik-pyo": a romanised given name after a short family name, an honorific before
            // it or not ("Professor Oh Kyung-hwa")
            return true;
        }
        if ((u.is("\u2013") || u.is("-")) && j + 1 < toks.size() && u.start() == prev.end() && toks.get(j + 1).start() == u.end()
            && toks.get(j + 1).isWord() && toks.get(j + 1).isCapitalized()) {
            return true; // "Neighbors for Thrift–Ohio": a state chapter
        }
        if (u.isNumber() && u.text().length() <= 4 && prev.isWord() && prev.isCapitalized() && j - 1 >= chunkStart
            && !g.isPlace(prev.text())
            && !g.starterWords.contains(prev.text()) && !descriptors.contains(prev.text())
            && (j + 1 >= toks.size() || !toks.get(j + 1).isWord() || !Character.isUpperCase(toks.get(j + 1).text().charAt(0)))) {
            return true;
        }
        if (u.is("/") && prev.isNumber() && u.start() == prev.end() && j + 1 < toks.size() && toks.get(j + 1).isNumber()
            && toks.get(j + 1).start() == u.end() && YEAR.matcher(toks.get(j + 1).text()).matches() && j >= 2
            && lawCodeHead(toks.get(j - 2))) {
            return true; // "Bill 2.630/2020", "Law No. 12/2024": a bill's number and the year it was filed
        }
        if (u.isNumber() && prev.is("/") && u.start() == prev.end() && j >= 3 && lawCodeHead(toks.get(j - 3))) {
            return true;
        }
        if (u.isNumber() && u.text().length() <= 6) {
            if (LEG_PREFIX.contains(prev.text()) || ONE_TO_THREE_CAPITALS.matcher(prev.text()).matches()) {
                return true;
            }
            // "Act of 2013": a year after "of" after a law keyword
            if (prev.is("of") && j >= 2 && FOUR_DIGITS.matcher(u.text()).matches() && (g.legislationKeywords.contains(toks.get(j - 2).text())
                || j >= 3 && toks.get(j - 2).isNumber() && LEG_PREFIX.contains(toks.get(j - 3).text()))) {
                // "Law 1448 of 2011": a numbered law and its year
                return true;
            }
        }
        return false;
    }

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    private static final Pattern CODE_LETTERS = Pattern.compile("[A-Z]{2,4}");

    /** The word before a law's number: "Bill", "Law", or a code in capitals ("PLP", "DNU"). */
    private static boolean lawCodeHead(Token t) {
        return LEG_PREFIX.contains(t.text()) || CODE_LETTERS.matcher(t.text()).matches();
    }

    /** Plural nouns for a group of people that open a name in the possessive: "Women's ...", "Children's ...". */
    private static final Set<String> COLLECTIVE_POSSESSORS = Words.of("women", "children", "people", "men", "workers",
        "veterans", "farmers", "citizens", "voters", "parents", "taxpayers", "teachers", "nurses", "seniors", "girls",
        "boys", "mothers", "fathers", "families", "patients", "consumers", "students", "kids", "peoples", "youth",
        "survivors", "immigrants", "homeowners", "tenants", "employees", "physicians", "doctors", "lawyers", "elders");

    /**
     * "Women's Clinic Access Act", "Fund for Toledo's Future": a possessive 's followed by a capitalised
     * word stays inside the name when the possessor is a group of people, or a place after a connector of the name.
     * A person's possessive ("Teresa Heinz Kerry's Heinz Family Foundation") still ends the chunk.
     */
    private static final Set<String> OWNED_NAME_GLUE = Set.of("the");

    private boolean possessiveInsideName(List<Token> toks, int chunkStart, int j, int last) {
        if (j != last + 1 || !toks.get(j).is("'s") || j + 1 >= toks.size()) {
            return false;
        }
        Token next = toks.get(j + 1);
        if (next.is("(") && toks.get(last).end() == toks.get(j).start() && (last == chunkStart
            || COLLECTIVE_POSSESSORS.contains(toks.get(last).lower())) && lawParenthetical(toks, j + 1) > 0) {
            return true; // "Women's (Amendment) Bill 2026": an owner of one word, a bracketed part, then the law's kind
        }
        if (!next.isWord() || !next.isCapitalized() || next.isAllCaps() || next.start() > toks.get(j).end() + 1) {
            return false;
        }
        Token prev = toks.get(last);
        if (prev.end() != toks.get(j).start()) {
            return false;
        }
        if (COLLECTIVE_POSSESSORS.contains(prev.lower())) {
            return true;
        }
        if (g.isPlace(prev.text()) && last - 1 > chunkStart) {
            String before = toks.get(last - 1).text();
            return before.equals("for") || before.equals("of");
        }
        if (g.isPlace(prev.text()) || g.isPlace(next.text()) || hasKeyword(toks, chunkStart, last + 1)
            || g.roles.contains(next.lower())) {
            return false; // "Ohio's Senate Bill 5", "the Alliance's Executive Director", "the Ford Foundation's Freedom Fund": an owner, then what it owns
        }
        boolean plural = toks.get(j).end() - toks.get(j).start() == 1;
        if (plural && last == chunkStart) {
            return true; // "Sailors' Aid Society", "Farmers' Alliance"
        }
        if (last == chunkStart + 1 && SAINTS.contains(toks.get(chunkStart).text())) {
            return true; // "St. Mary's Shelter", "San Vicente's Kitchen": a saint's name is one owner
        }
        if (last == chunkStart) {
            // "Rosa's Kitchen", "WAVE's Network", "People's Action": one word owns one capitalised head word
            // "Harbor's Stop the Evictions campaign": a name that goes on past a small word is owned, not part of the owner's name
            boolean oneHead = j + 2 >= toks.size() || !(toks.get(j + 2).isWord() && toks.get(j + 2).isCapitalized())
                && !OWNED_NAME_GLUE.contains(toks.get(j + 2).lower());
            return oneHead || prev.isAllCaps();
        }
        return false;
    }

    /** A legislature's name: "the Parliament for the X Party" names the seat's party after "for", not one body. */
    private static final Set<String> LEGISLATURE_WORDS = Words.union(Words.load("legislature-heads.txt"),
        Words.of("Parliament", "Senate"));

    /** Heads of a chamber whose name may run on past them ("House of Representatives", "Grand Council"). */
    private static final Set<String> CHAMBER_WORDS = Words.union(LEGISLATURE_WORDS, Words.load("chamber-heads.txt"));
    /** A party's kind word anywhere in its name ("Unity Party", "Partito Socialista ...", "Rassemblement ..."). */
    private static final Set<String> PARTY_WORDS = Words.load("cues/membership-party-words.txt");

    /**
     * "a deputy in the National Assembly for the Unity Party", "in the Grand Council for the Partito ...": a chamber
     * word among the last eight words before "for the", and a party word among the capitalised words after it,
     * make the seat and the party two names. "Council for the Protection of ..." (no party after it) stays one.
     */
    private static boolean seatThenParty(List<Token> toks, int j, int last) {
        boolean chamber = false;
        for (int k = last; k >= 0 && k > last - 8 && !chamber; k--) {
            Token w = toks.get(k);
            if (!w.isWord() || !w.isCapitalized() && w.text().length() > 3) {
                break;
            }
            chamber = CHAMBER_WORDS.contains(w.text());
        }
        if (!chamber) {
            return false;
        }
        for (int k = j + 2; k < toks.size() && k < j + 10; k++) {
            Token w = toks.get(k);
            if (w.is("'s")) {
                continue;
            }
            if (!w.isWord() || !(w.isCapitalized() || NAME_INNER_WORDS.contains(w.lower()))) {
                return false;
            }
            if (PARTY_WORDS.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Small words that mark a name as written in a Romance or Germanic language other than English. */
    private static final Set<String> OTHER_LANGUAGE_PARTICLES = Words.of("de", "del", "la", "las", "los", "da", "do", "dos",
        "des", "du", "della", "di", "der", "y");

    /** Whether the name ending at {@code last} holds such a small word among its last ten tokens. */
    private static boolean writtenInAnotherLanguage(List<Token> toks, int last) {
        for (int k = last; k >= 0 && last - k < 10 && toks.get(k).isWord(); k--) {
            if (OTHER_LANGUAGE_PARTICLES.contains(toks.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** The first of the capitalised words that end at {@code last}: "Skupština Grada Mostara". */
    private static int runStart(List<Token> toks, int last) {
        int k = last;
        while (k > 0 && last - k < 6 && toks.get(k - 1).isWord() && toks.get(k - 1).isCapitalized()) {
            k--;
        }
        return k;
    }

    private boolean isConnector(List<Token> toks, int j, int last) {
        Token u = toks.get(j);
        if (u.is("for") && j == last + 1 && j + 1 < toks.size() && toks.get(j + 1).is("the")
            && (LEGISLATURE_WORDS.contains(toks.get(runStart(toks, last)).text()) || seatThenParty(toks, j, last))) {
            return false; // "sits in the Seimas for the Green Union": the seat, then the party
        }
        if (u.is("for") && j == last + 1 && writtenInAnotherLanguage(toks, last)) {
            return false; // "the Cámara de Diputados de la Nación for Unión por la Patria": an English word joins no such name
        }
        boolean secondParticle = j == last + 2 && FIRST_OF_TWO_PARTICLES.contains(toks.get(j - 1).text())
            && SECOND_OF_TWO_PARTICLES.contains(u.text());
        boolean articleAfterConnector = j == last + 2 && FOREIGN_ARTICLES.contains(u.text())
            && CONNECTORS.contains(toks.get(j - 1).text()) && !FOREIGN_ARTICLES.contains(toks.get(j - 1).text());
        if (u.is("in") && j == last + 1 && j + 1 < toks.size() && toks.get(j + 1).is("the")
            && g.orgKeywords.contains(toks.get(last).text())) {
            return placeAfter(toks, j + 1); // "Episcopal Church in the Philippines"; "the Ford Foundation in Kenya" is cut below
        }
        if (u.is("the") && j == last + 2 && toks.get(j - 1).is("in") && g.orgKeywords.contains(toks.get(last).text())) {
            return placeAfter(toks, j);
        }
        if (j != last + 1 && !(j == last + 2 && AFTER_THE.contains(toks.get(j - 1).lower())) && !secondParticle
            && !articleAfterConnector) {
            return false;
        }
        if (j + 1 >= toks.size()) {
            return false;
        }
        Token next = toks.get(j + 1);
        if (FIRST_OF_TWO_PARTICLES.contains(u.text()) && SECOND_OF_TWO_PARTICLES.contains(next.text()) && j + 2 < toks.size()) {
            return toks.get(j + 2).isWord() && toks.get(j + 2).isCapitalized();
        }
        if (CALENDAR.contains(next.text())) {
            return false;
        }
        if (u.is("of") && personBefore(toks, j, last)) {
            return false; // "Judge Ana Ruiz of the Harbor Court", "Erin Millar of The Discourse": a person, then her body
        }
        if (u.is("of") && next.isNumber() && FOUR_DIGITS.matcher(next.text()).matches() && (g.legislationKeywords.contains(toks.get(j - 1).text())
            || j >= 2 && toks.get(j - 1).isNumber() && LEG_PREFIX.contains(toks.get(j - 2).text()))) {
            return true; // "Act of 2013", "Law 1448 of 2011"
        }
        if (articleAfterConnector) {
            return next.isWord() && next.isCapitalized();
        }
        if ((u.is("the") || u.is("a")) && j == last + 2 && AFTER_THE.contains(toks.get(j - 1).lower())) {
            return next.isWord() && next.isCapitalized();
        }
        if (u.is("the") && j == last + 1 && (toks.get(last).is("For") || toks.get(last).is("Raise")) && reachesLawKeyword(toks, j + 1)) {
            return true;
        }
        if (u.is("to") && j == last + 1 && last == toks.indexOf(toks.get(last)) && next.isWord() && next.isCapitalized()
            && !next.isAllCaps() && last >= 0 && j - 1 >= 0 && isSingleWordChunk(toks, j - 1) && !toks.get(j - 1).isAllCaps()
            && !g.isPlace(toks.get(j - 1).text()) && (j + 2 >= toks.size() || !(toks.get(j + 2).isWord() && toks.get(j + 2).isCapitalized()))) {
            return true; // "Build to Last"
        }
        int titleWord = next.is("the") && j + 2 < toks.size() ? j + 2 : j + 1; // "Law on Amendments to the Law on ..."
        if (TITLE_GLUE.contains(u.text()) && j == last + 1 && toks.get(titleWord).isWord() && toks.get(titleWord).isCapitalized()
            && lawTitleBefore(toks, last) && titleGoesOn(toks, titleWord)) {
            return true; // "Law on Access to Court Records and Archives": a translated title runs on
        }
        if (u.is("against") && j == last + 1 && next.isWord() && next.isCapitalized() && keywordBefore(toks, last)) {
            return true; // "Coalition of Lawyers against Torture", "Campaign against Forced Evictions": what a body stands against
        }
        if (!CONNECTORS.contains(u.text())) {
            return Character.isLowerCase(u.text().charAt(0)) && u.isWord() && u.text().length() <= 7
                && Set.of("in", "to", "against", "for").contains(u.text()) && reachesLawKeyword(toks, j + 1);
        }
        if ((AFTER_THE.contains(u.text()) && (next.is("the") || next.is("a"))
            || !FOREIGN_ARTICLES.contains(u.text()) && FOREIGN_ARTICLES.contains(next.text())) && j + 2 < toks.size()) {
            Token after = toks.get(j + 2);
            return after.isWord() && after.isCapitalized();
        }
        return next.isWord() && (next.isCapitalized() || elidedName(next));
    }

    /** Articles elided onto the next word: "l'", "d'", "dell'". */
    private static final Set<String> ELIDED_ARTICLES = Words.load("names-elided-articles.txt");

    /** "l'Homme", "d'Ivoire", "dell'Ambiente": an elided article and a capitalised word, one token. */
    static boolean elidedName(Token t) {
        String w = t.text();
        int apostrophe = w.indexOf('\'');
        return apostrophe > 0 && apostrophe <= 4 && apostrophe + 1 < w.length()
            && Character.isUpperCase(w.charAt(apostrophe + 1)) && ELIDED_ARTICLES.contains(w.substring(0, apostrophe));
    }

    /** "Deputy", "Director", "Senior", "Minister": a word of an office's title. */
    private boolean isOfficeWord(Token t) {
        return g.roles.contains(t.lower()) || ROLE_MODIFIERS.contains(t.lower()) || g.personTitles.contains(t.text());
    }

    /** Whether a place's name, perhaps after "the", starts at {@code p} and ends the run of capitalised words. */
    private boolean placeAfter(List<Token> toks, int p) {
        if (p < toks.size() && toks.get(p).is("the")) {
            p++;
        }
        int e = p;
        while (e < toks.size() && e - p < 4 && toks.get(e).isWord() && toks.get(e).isCapitalized()) {
            e++;
        }
        return e > p && (e == toks.size() || !(toks.get(e).isWord() && toks.get(e).isCapitalized())) && g.countries.contains(text(toks, p, e));
    }

    /** Whether the words before "of" are a person's name: a title or a known first name, then one to three names. */
    private boolean personBefore(List<Token> toks, int of, int last) {
        int start = last;
        while (start > 0 && last - start < 4 && toks.get(start - 1).isWord() && toks.get(start - 1).isCapitalized()) {
            start--;
        }
        if (start > 0 && toks.get(start - 1).is("-")) {
            return false;
        }
        int s = start;
        boolean titled = false;
        while (s < last && g.personTitles.contains(toks.get(s).text())) {
            s++;
            titled = true;
        }
        int words = last + 1 - s;
        if (words < 2 || words > 3 || hasKeyword(toks, s, last + 1)) {
            return false;
        }
        if (titled || g.firstNames.contains(toks.get(s).text()) && looksLikePersonName(toks, s, last + 1)) {
            return true;
        }
        // "Noor Haddad of the Saltmarsh Institute": a person-shaped name before a body that says it is one
        int b = of + 1 < toks.size() && toks.get(of + 1).lower().equals("the") ? of + 2 : of + 1;
        int be = b;
        while (be < toks.size() && be - b < 6 && toks.get(be).isWord() && toks.get(be).isCapitalized()) {
            be++;
        }
        return be > b && hasKeyword(toks, b, be) && looksLikePersonName(toks, s, last + 1) && !g.isPlace(text(toks, b, be));
    }

    private static boolean isSingleWordChunk(List<Token> toks, int k) {
        return k == 0 || !(toks.get(k - 1).isWord() && toks.get(k - 1).isCapitalized());
    }

    /** "George Floyd Justice in Policing Act": a small word inside a law's name. */
    private boolean reachesLawKeyword(List<Token> toks, int from) {
        for (int k = from; k < toks.size() && k < from + 6; k++) {
            Token t = toks.get(k);
            if (!(t.isWord() && t.isCapitalized())) {
                return false;
            }
            if (g.legislationKeywords.contains(t.text()) && !t.is("Bill")) {
                return true;
            }
        }
        return false;
    }

    /** "Border Security, Economic Opportunity, and Immigration Modernization Act": commas inside a law's name. */
    /**
     * "National Wage (Amendment) Act 2024": a bracketed part in the middle of a law's name, followed
     * by the rest of the name and its keyword. Returns the index of ")" or -1.
     */
    private int lawParenthetical(List<Token> toks, int open) {
        int k = open + 1;
        while (k < toks.size() && k < open + 9 && toks.get(k).isWord()
            && (toks.get(k).isCapitalized() || CONNECTORS.contains(toks.get(k).text()))) {
            k++;
        }
        if (k == open + 1 || k >= toks.size() || !toks.get(k).is(")")) {
            return -1;
        }
        for (int r = k + 1; r < toks.size() && r <= k + 4; r++) {
            Token t = toks.get(r);
            if (t.is("(") && r == k + 1) {
                int next = lawParenthetical(toks, r); // "Fisheries (Licensing) (Amendment) Bill": brackets in a row
                return next < 0 ? -1 : k;
            }
            if (!t.isWord() || !t.isCapitalized()) {
                return -1;
            }
            if (g.legislationKeywords.contains(t.text())) {
                return k;
            }
        }
        return -1;
    }

    private int legislationThroughCommas(List<Token> toks, int comma) {
        int k = comma;
        int limit = Math.min(toks.size(), comma + 16);
        while (k < limit) {
            Token u = toks.get(k);
            if (u.is(",") || u.is("and") || (u.isWord() && u.isCapitalized())) {
                if (u.isWord() && u.isCapitalized() && g.legislationKeywords.contains(u.text()) && !u.is("Bill")) {
                    int end = k;
                    if (k + 2 < toks.size() && toks.get(k + 1).is("of") && FOUR_DIGITS.matcher(toks.get(k + 2).text()).matches()) {
                        end = k + 2;
                    } else if (k + 1 < toks.size() && YEAR.matcher(toks.get(k + 1).text()).matches()) {
                        end = k + 1;
                    }
                    return end;
                }
                k++;
                continue;
            }
            return -1;
        }
        return -1;
    }

    /** Words that open a ministry's name (ministry-heads.txt). */
    private static final Set<String> MINISTRY_HEADS = Words.load("ministry-heads.txt");
    /** Small words between a ministry's head and its first portfolio: "Ministry of", "Ministério do". */
    private static final Set<String> MINISTRY_LINKS = Words.of("of", "for", "de", "do", "da", "dos", "das", "des", "du", "del",
        "della", "dell'", "d'");
    /** The word before a ministry's last portfolio: "and", "e", "et", "y", "i", "&". */
    private static final Set<String> LAST_PORTFOLIO = Words.of("and", "e", "et", "y", "i", "&");
    /** Small words inside a name: after the last portfolio they mean a longer name goes on ("Save the Children"). */
    private static final Set<String> NAME_INNER_WORDS = Words.of("the", "of", "for", "de", "des", "du", "da", "do", "dos", "das");
    /** Capitalised words one portfolio holds at most: "Climate Change", "Local Government". */
    private static final int PORTFOLIO_WORDS = 3;

    /**
     * "Ministry of Works, Transport and Energy", "Ministério da Saúde, Cultura e Desporto": a ministry named for
     * several portfolios goes on past its commas when they list capitalised portfolios that end with "and" and one
     * more; a portfolio of two or more words ended by a body's keyword, or with a place or a person's first name in it,
     * is another name of a list.
     * The index of the last portfolio's last word, or -1.
     */
    private int portfoliosThroughCommas(List<Token> toks, int start, int comma) {
        int s = toks.get(start).is("the") || toks.get(start).is("The") ? start + 1 : start;
        if (s + 2 > comma || !MINISTRY_HEADS.contains(toks.get(s).text()) || !MINISTRY_LINKS.contains(toks.get(s + 1).text())) {
            return -1;
        }
        int k = comma;
        boolean closed = false;
        while (k < toks.size() && !closed) {
            Token sep = toks.get(k);
            if (LAST_PORTFOLIO.contains(sep.text())) {
                closed = true;
            } else if (!sep.is(",")) {
                return -1;
            }
            k++;
            if (k < toks.size() && toks.get(k).is("and") && sep.is(",")) {
                closed = true; // the serial comma: "Works, Transport, and Energy"
                k++;
            }
            int words = 0;
            boolean keywordLast = false;
            while (k < toks.size() && toks.get(k).isWord() && toks.get(k).isCapitalized() && words < PORTFOLIO_WORDS + 1) {
                Token w = toks.get(k);
                if (g.isPlace(w.text()) || g.firstNames.contains(w.text())) {
                    return -1;
                }
                keywordLast = g.orgKeywords.contains(w.text());
                words++;
                k++;
            }
            // "Police" or "Public Service Reform" is a portfolio; "Lions Club", ended by a body's keyword, another body
            if (words == 0 || words > PORTFOLIO_WORDS || keywordLast && words > 1) {
                return -1;
            }
        }
        // the list must end there: "..., Oxfam and Save the Children" goes on into another name
        boolean ends = k >= toks.size() || !toks.get(k).isWord()
            || !toks.get(k).isCapitalized() && !(NAME_INNER_WORDS.contains(toks.get(k).text()) && k + 1 < toks.size()
            && toks.get(k + 1).isCapitalized());
        return closed && ends ? k - 1 : -1;
    }

    private List<int[]> splitConjunctions(List<Token> toks, int from, int to) {
        List<int[]> parts = new ArrayList<>();
        List<Integer> cuts = new ArrayList<>();
        boolean legislation = g.legislationKeywords.contains(toks.get(to - 1).text())
            || (to - from > 2 && toks.get(to - 2).is("of") && g.legislationKeywords.contains(toks.get(to - 3).text()))
            || endsWithActYear(toks, from, to) || namedInstrumentOf(toks, from, to) || translatedLawTitle(toks, from, to);
        for (int k = from + 1; k < to - 1; k++) {
            Token t = toks.get(k);
            if (t.is(",")) {
                if (!legislation) {
                    cuts.add(k);
                }
            } else if (t.is("and") && !legislation && !keepAnd(toks, from, k, to)) {
                cuts.add(k);
            }
        }
        int s = from;
        for (int c : cuts) {
            if (c > s) {
                parts.add(trimConnectors(toks, s, c));
            }
            s = c + 1;
            if (s < to && toks.get(s).is("and")) {
                s++;
            }
        }
        if (s < to) {
            parts.add(trimConnectors(toks, s, to));
        }
        parts.removeIf(p -> p[1] <= p[0]);
        return parts;
    }

    /** "Federal Law on Access to Court Records and Archives": a law's kind, then "on", within its first three words. */
    private boolean translatedLawTitle(List<Token> toks, int from, int to) {
        for (int k = from; k < to - 2 && k <= from + 2; k++) {
            if (lawKindOn(toks, k) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of "on" after a law's kind at {@code k} ("Law on ...", "Law of Ukraine on ..."), or -1: a law of
     * another country translated kind first.
     */
    private int lawKindOn(List<Token> toks, int k) {
        if (k + 1 >= toks.size() || !ENGLISH_LAW_HEADS.contains(toks.get(k).text())) {
            return -1;
        }
        if (toks.get(k + 1).is("on")) {
            return k + 1;
        }
        boolean ofCountry = k + 3 < toks.size() && toks.get(k + 1).is("of") && toks.get(k + 3).is("on")
            && (g.isCountry(toks.get(k + 2).text()) || g.isPlace(toks.get(k + 2).text()));
        return ofCountry ? k + 3 : -1;
    }

    private int[] trimConnectors(List<Token> toks, int s, int e) {
        while (e > s && !(toks.get(e - 1).isWord() && toks.get(e - 1).isCapitalized()) && !toks.get(e - 1).isNumber()
            && !toks.get(e - 1).isAllCaps() && !elidedName(toks.get(e - 1)) && !CORPORATE_SUFFIXES.contains(toks.get(e - 1).text())) {
            e--;
        }
        while (s < e && !(toks.get(s).isWord() && toks.get(s).isCapitalized())) {
            s++;
        }
        return new int[] {s, e};
    }

    /** "Leadership Conference on Civil and Human Rights" stays whole; "Morris Dees and Joseph Levin" does not. */
    private boolean keepAnd(List<Token> toks, int from, int k, int to) {
        if (pluralFor(toks, from, to)) {
            return true; // "Citizens for Openness and Ethics"
        }
        if (!hasKeyword(toks, from, to)) {
            return false; // "Ada Brandt and Tomas Weil", "Apple and JPMorgan Chase"
        }
        int before = from - 1;
        if (before >= 1 && toks.get(before).lower().equals("the")) {
            before--; // "A, the B Society and C"
        }
        if (before >= 1 && toks.get(before).is(",") && toks.get(before - 1).isWord() && toks.get(before - 1).isCapitalized()) {
            return false; // "A Alliance, B Initiative and C": the last "and" of a list ends its second-last item
        }
        if (k - from == 1 && (toks.get(from).isAllCaps() || isCamelCase(toks.get(from).text()))) {
            return false;
        }
        if (k - from >= 2 && g.firstNames.contains(toks.get(from).text()) && !hasKeyword(toks, from, k)
            && !INITIAL.matcher(toks.get(k - 1).text()).matches()) {
            return false;
        }
        if (g.isPlace(toks.get(k - 1).text())) {
            return false;
        }
        if (k - from >= 2 && to - k - 1 >= 2 && hasKeyword(toks, from, k) && toks.get(k + 2).isWord() && toks.get(k + 2).isCapitalized()
            && (toks.get(k + 1).isAllCaps() && toks.get(k + 1).text().length() >= 3 || NAME_OPENERS.contains(toks.get(k + 1).text()))) {
            return false; // "Spaces for Change and YIAGA Africa", "Helsinki Foundation for Human Rights and Fundacja Batorego"
        }
        boolean rightIsName = hasKeyword(toks, k + 1, to)
            || (to - k - 1 == 1 && toks.get(k + 1).isAllCaps());
        // "Ford Foundation and Open Society Foundations" splits; "Center for Press and Democracy" does not
        return !(rightIsName && g.orgKeywords.contains(toks.get(k - 1).text()));
    }

    private static String text(List<Token> toks, int s, int e) {
        StringBuilder b = new StringBuilder();
        for (int k = s; k < e; k++) {
            if (k > s) {
                b.append(' ');
            }
            b.append(toks.get(k).text());
        }
        return b.toString();
    }

    /** "Harbor Act", "Act of 2013", "Law 12 of 2020": a chunk that names a law by its kind word or number. */
    private boolean namesLaw(List<Token> toks, int s, int e) {
        return g.legislationKeywords.contains(toks.get(e - 1).text()) || endsWithActOfYear(toks, s, e)
            || endsWithActYear(toks, s, e) || namedInstrumentOf(toks, s, e) || translatedLawTitle(toks, s, e);
    }

    private Mention classify(int sentenceIndex, List<Token> toks, int s, int e, boolean listItem) {
        boolean hadTitle = false;
        boolean law = namesLaw(toks, s, e);
        if (law && e - s >= 3 && (g.isPlace(toks.get(s).text()) && toks.get(s).isAllCaps() || toks.get(s + 1).is("'s")
            && (g.isPlace(toks.get(s).text()) || toks.get(s).isAllCaps() && toks.get(s).text().length() <= 3))) {
            s += toks.get(s + 1).is("'s") ? 2 : 1; // "the EU's Data Act", "the US Farm Act": the lawmaker's place is not part of the name
        }
        int person = afterInnerTitle(toks, s, e, law);
        if (person > s) {
            s = person;
            hadTitle = true;
        }
        // honorifics and sentence-opening words are not part of a name
        while (s < e) {
            String w = toks.get(s).text();
            if (law) {
                // "Section 2 of the Voting Rights Act": a provision is cited, the law is the entity
                if (PROVISIONS.contains(w) && e - s >= 5 && toks.get(s + 1).isNumber() && toks.get(s + 2).is("of")) {
                    s += 3;
                    continue;
                }
                if ((OPENERS.contains(w) || STANCE_OPENERS.contains(w)) && e - s >= 2) {
                    s++;
                    continue;
                }
                if ((w.equals("to") || w.equals("the") || w.equals("of")) && s > 0 && e - s >= 2
                    && STANCE_OPENERS.contains(toks.get(s - 1).text())) {
                    s++; // "Opposition to the X Act": the stance word and its particles go
                    continue;
                }
                break;
            }
            boolean title = g.personTitles.contains(w) && e - s >= 2 && !hasKeyword(toks, s, e)
                // "Treasurer Ana Paz is ...": a post opening the sentence before a name
                || s == 0 && e - s >= 3 && e - s <= 5 && g.roles.contains(toks.get(s).lower()) && !hasKeyword(toks, s, e)
                && looksLikePersonName(toks, s + 1, e);
            if (title && toks.get(s + 1).is("of") && !KIN_TITLES.contains(w)) {
                break; // "the Bishop of Carrowmore": an office named after its see or town, not a title before a name
            }
            if (title) {
                hadTitle = true;
                s++;
                continue;
            }
            int opener = PreambleOpeners.length(toks, s, e);
            if (opener > 0) {
                s += opener; // "NOTING that", "HAVING CONSIDERED the report": a resolution's clause verb in capitals
                continue;
            }
            if (g.starterWords.contains(w) && !(g.firstNames.contains(w) && e - s >= 2 && e - s <= 3 && !hasKeyword(toks, s, e)
                && !toks.get(s + 1).isNumber()) && !sloganBeforeItsKind(toks, s, e)) {
                s++;
                continue;
            }
            // "Journalist Ann Lee said": an occupation capitalised only because it opens the sentence
            if (s == 0 && e - s >= 3 && PERSON_NOUNS.contains(toks.get(s).lower()) && g.firstNames.contains(toks.get(s + 1).text())) {
                s++;
                continue;
            }
            if (descriptors.contains(w) && !hasKeyword(toks, s + 1, e) && !pluralFor(toks, s, e) && !sloganBeforeItsKind(toks, s, e)) {
                s++;
                continue;
            }
            break;
        }
        if (onlyTitles(toks, s, e)) {
            return null; // "the Deputy Director", "Senior Vice President": an office, nobody named
        }
        int body = afterTitleOf(toks, s, e);
        if (body > s) {
            s = body; // "Executive Director of the Tideway Trust": the body the office belongs to
        }
        int owner = OrganOfBody.bodyStart(toks, s, e);
        if (owner > s && hasKeyword(toks, owner, e)) {
            s = owner; // "Board of Trustees of the Tideway Trust": the body, not its organ
        }
        // "Alder Foundation of Toledo", "Ruth Ames of Ohio": the place is not part of the name
        String fullName = null;
        for (int k = e - 2; k > s + 1; k--) {
            boolean inThe = toks.get(k).is("in") && toks.get(k + 1).is("the");
            int country = inThe ? k + 2 : k + 1;
            if ((toks.get(k).is("of") || inThe) && g.countries.contains(text(toks, country, e))
                && g.orgKeywords.contains(toks.get(k - 1).text())) {
                // "Law Society of Kenya", "Episcopal Church in the Philippines": a country after a body's keyword is part
                // of its name; the rest is its short form
                fullName = surface(toks, s, k);
                break;
            }
            if ((toks.get(k).is("of") || toks.get(k).is("in")) && g.isPlace(text(toks, k + 1, e))
                && !text(toks, k + 1, e).equals("America")
                && (g.orgKeywords.contains(toks.get(k - 1).text())
                || g.firstNames.contains(toks.get(s).text()))) {
                if (g.orgKeywords.contains(toks.get(k - 1).text())) {
                    fullName = surface(toks, s, e);
                }
                e = k;
                break;
            }
        }
        while (s < e && !(toks.get(s).isWord() && toks.get(s).isCapitalized())) {
            s++;
        }
        if (s >= e) {
            return null;
        }
        boolean commaYear = false;
        if (e + 1 < toks.size() && e - s >= 2 && toks.get(e).is(",") && g.legislationKeywords.contains(toks.get(e - 1).text())
            && YEAR.matcher(toks.get(e + 1).text()).matches() && (e + 2 >= toks.size() || !toks.get(e + 2).isNumber())) {
            e += 2; // "the Finance Act, 2017": the year after the comma belongs to the law's name
            commaYear = true;
        }
        int postNominal = e - s >= 3 ? POST_NOMINALS.indexOf(" " + toks.get(e - 1).text() + " ") : -1;
        if (postNominal >= 0 && !hasKeyword(toks, s, e - 1)) {
            e--; // "Ada Brandt KC", "Ola Berg MP": letters after a name are not part of it, and only people carry them
            hadTitle = true;
        } else if (e - s >= 2 && MEMBER_LETTERS.contains(toks.get(e - 1).text())) {
            e--; // "a Green Party MP": the member's party, not a body called "Green Party MP"
        }
        if (e - s > (law || MINISTRY_HEADS.contains(toks.get(s).text()) ? 18 : 12)) {
            // laws' long titles ("Decree on the Prevention of Unrest Related to Elections of ...") and ministries named
            // for five portfolios run longer
            return null;
        }
        String name = surface(toks, s, e);
        int start = toks.get(s).start();
        int end = toks.get(e - 1).end();
        if (g.isPlace(name) || name.endsWith("-born") || name.endsWith("-based")) {
            return null;
        }
        Mention m = new Mention(sentenceIndex, s, e, start, end, name, null, 0);
        m.hadTitle = hadTitle;
        m.alternateName = fullName;
        if (endsWithActOfYear(toks, s, e) || commaYear) {
            m.alternateName = surface(toks, s, e - 2);
        }
        String lastWord = toks.get(e - 1).text();
        String firstWord = toks.get(s).text();
        int words = e - s;
        if (words == 2 && toks.get(e - 1).isNumber() && Set.of("Project", "Campaign", "Initiative", "Agenda", "Vision", "Plan",
            "Progress", "Mission", "Pledge").contains(firstWord)) {
            return typed(m, EntityType.CAMPAIGN, Mention.LEXICAL); // "Project 2040", "Vision 2030"
        }
        if (words >= 2 && CORPORATE_SUFFIXES.contains(lastWord)) {
            return typed(m, EntityType.ORGANIZATION, Mention.LEXICAL); // "Tessellate Labs Ltd": a legal form names a company
        }
        if (LEG_CODE.matcher(name).matches() || LEG_NUMBERED.matcher(name).matches()) {
            return typed(m, EntityType.LEGISLATION, Mention.LEXICAL);
        }
        if (words >= 3 && translatedLawTitle(toks, s, e) && (lawKindOn(toks, s) > 0 || lawKindOn(toks, s + 1) > 0)) {
            // "Law on Public Gatherings", "Constitutional Law on the Ombudsman": a translated title, its kind first
            return typed(m, EntityType.LEGISLATION, Mention.LEXICAL);
        }
        if (words >= 4 && DRAFT_HEADS.contains(firstWord) && toks.get(s + 1).is("de") && LAW_HEADS.contains(toks.get(s + 2).text())) {
            return typed(m, EntityType.LEGISLATION, Mention.LEXICAL); // "Proyecto de Ley de ...": a bill named as a draft of a law
        }
        if (words >= 2 && LAW_HEADS.contains(firstWord) && toks.get(s + 1).isWord() && !hasKeyword(toks, s, e)
            || words == 1 && name.length() > 8 && name.toLowerCase(java.util.Locale.ROOT).endsWith("gesetz")) {
            return typed(m, EntityType.LEGISLATION, Mention.LEXICAL); // "Lei de Cotas", "Lobbyregistergesetz": the kind said first or fused
        }
        if (e < toks.size() && toks.get(e).text().equals("bill") && s >= 1 && toks.get(s - 1).lower().equals("the")) {
            return typed(m, EntityType.LEGISLATION, Mention.LEXICAL); // "the Marco Temporal bill": named before its kind noun
        }
        if (words >= 2 && (g.legislationKeywords.contains(lastWord) || endsWithActOfYear(toks, s, e) || endsWithActYear(toks, s, e)
            || namedInstrumentOf(toks, s, e))
            && !(lastWord.equals("Bill") && words <= 2) && !(g.orgKeywords.contains(toks.get(e - 2).text()) && !lastWord.equals("Act"))
            && !schoolOfLaw(toks, e)) {
            return typed(m, EntityType.LEGISLATION, Mention.LEXICAL);
        }
        if (words == 1 && (g.nonOrgAcronyms.contains(name) || g.starterWords.contains(name) || descriptors.contains(name))) {
            return null;
        }
        if (beforePlaceNoun(toks, e) && !hasKeyword(toks, s, e)) {
            return null; // "Kasama district", "the Alto, Medio and Bajo provinces": places, not bodies
        }
        if (words == 1 && g.orgKeywords.contains(name)) {
            return null; // "the Center": a reference, resolved by coreference
        }
        if (words >= 2 && toks.get(e - 1).isAllCaps() && toks.get(e - 1).text().length() <= 8
            && !g.nonOrgAcronyms.contains(lastWord) && !g.legislationKeywords.contains(lastWord) && g.isPlace(text(toks, s, e - 1))) {
            return typed(m, EntityType.ORGANIZATION, Mention.LEXICAL); // "Ohio AFL-CIO": a state body of a national one
        }
        if (words >= 3 && toks.get(s + 1).is("of") && toks.get(s).isAllCaps()
            && g.isPlace(text(toks, s + 2, e))) {
            return typed(m, EntityType.ORGANIZATION, Mention.LEXICAL); // "ACLU of Oregon": a state affiliate
        }
        if (words >= 3 && (name.startsWith("City of ") || name.startsWith("County of ") || name.startsWith("Town of ")
            || name.startsWith("State of ") || name.startsWith("Commonwealth of "))) {
            return typed(m, EntityType.ORGANIZATION, Mention.LEXICAL); // a city or state as a body that sues and is sued
        }
        if (words >= 2 && appositiveEffort(toks, e)) {
            return typed(m, EntityType.CAMPAIGN, Mention.CONTEXT); // "Dunes for Tomorrow, a campaign ...": said outright, above its shape
        }
        if (namedEffort(toks, s, e)) {
            return typed(m, EntityType.CAMPAIGN, Mention.CONTEXT); // "its Harbour Watch project", "its campaign Rent Down Now"
        }
        if (words >= 3 && pluralFor(toks, s, e)) {
            return typed(m, EntityType.ORGANIZATION, Mention.LEXICAL); // "Citizens for a Fair Budget"
        }
        if (words >= 2 && (lastWord.equals("USA") || lastWord.equals("America") || lastWord.equals("International")
            || lastWord.equals("US")) && (!g.firstNames.contains(firstWord) || words >= 3)) {
            return typed(m, EntityType.ORGANIZATION, Mention.LEXICAL);
        }
        if (hasKeyword(toks, s, e) && !(words == 1 && name.endsWith("s") && g.orgKeywords.contains(name))) {
            if (words >= 2 && isCampaignWord(lastWord) && indefiniteBefore(toks, s)) {
                return typed(m, EntityType.CAMPAIGN, Mention.CONTEXT);
            }
            return typed(m, EntityType.ORGANIZATION, Mention.LEXICAL);
        }
        if (words >= 3 && name.endsWith(" of America")) {
            return typed(m, EntityType.ORGANIZATION, Mention.LEXICAL);
        }
        EntityType around = hadTitle ? null : contextType(toks, s, e);
        if (around == EntityType.CAMPAIGN || around == EntityType.ORGANIZATION && !g.firstNames.contains(firstWord)) {
            return typed(m, around, Mention.CONTEXT);
        }
        if (words <= 5 && (g.firstNames.contains(firstWord) || hadTitle) && looksLikePersonName(toks, s, e)) {
            if (words == 1 && !hadTitle) {
                return typed(m, null, 0);
            }
            return typed(m, EntityType.PERSON, words == 1 ? Mention.GUESS : Mention.LEXICAL);
        }
        if (words >= 2 && words <= 4 && !hadTitle && looksLikePersonName(toks, s, e) && personCues.personContext(toks, s, e)) {
            return typed(m, EntityType.PERSON, Mention.CONTEXT);
        }
        if (words == 1 && toks.get(s).isAllCaps()) {
            if (g.nonOrgAcronyms.contains(name) || name.length() > 8 || isRomanNumeral(name)) {
                return null;
            }
            return typed(m, EntityType.ORGANIZATION, Mention.CONTEXT);
        }
        if (Tokenizer.isWebAddress(name)) {
            return typed(m, EntityType.ORGANIZATION, Mention.LEXICAL); // "Harbor.org": a web address names a body
        }
        if (words == 1 && isCamelCase(name)) {
            return typed(m, EntityType.ORGANIZATION, Mention.CONTEXT);
        }
        EntityType fromContext = contextType(toks, s, e);
        if (fromContext != null && words == 1 && (s == 0 && (!listItem || verbLike(firstWord)) || brokenName(toks, s, e))) {
            fromContext = null; // a capitalised first word is as likely a verb or common noun as a name
        }
        if (fromContext != null) {
            if (fromContext == EntityType.PERSON && (words < 2 || words > 4 || !looksLikePersonName(toks, s, e))) {
                return typed(m, null, 0);
            }
            return typed(m, fromContext, Mention.CONTEXT);
        }
        return typed(m, null, 0);
    }

    /**
     * "Education Minister Ana Ruiz", "Senate President Kofi Mensah": an office title inside the
     * chunk, its portfolio or body before it, and two or three name-shaped words after it. Returns
     * where the person's name starts, or {@code s} when the chunk is not of that shape.
     */
    private int afterInnerTitle(List<Token> toks, int s, int e, boolean law) {
        if (law) {
            return s;
        }
        for (int k = e - 3; k > s && k >= e - 4; k--) {
            Token t = toks.get(k);
            if (!t.isWord() || !t.isCapitalized() || !(g.personTitles.contains(t.text()) || g.roles.contains(t.lower())) || k + 1 < e && toks.get(k + 1).is("'s")) {
                continue;
            }
            for (int j = s; j < k; j++) {
                if (!toks.get(j).isWord() || !toks.get(j).isCapitalized() || CONNECTORS.contains(toks.get(j).text())) {
                    return s;
                }
            }
            if (e - k - 1 >= 2 && !hasKeyword(toks, k + 1, e) && looksLikePersonName(toks, k + 1, e)
                && !g.personTitles.contains(toks.get(k + 1).text()) && !g.roles.contains(toks.get(k + 1).lower())) {
                return k + 1;
            }
        }
        return s;
    }

    private boolean onlyTitles(List<Token> toks, int s, int e) {
        boolean role = false;
        for (int k = s; k < e; k++) {
            String w = toks.get(k).text();
            boolean title = g.personTitles.contains(w) || g.roles.contains(w.toLowerCase());
            if (!(title || ROLE_MODIFIERS.contains(w.toLowerCase()))) {
                return false;
            }
            role |= title;
        }
        return role;
    }

    /** Where the body starts in "Executive Director of the Tideway Trust", or {@code s}. */
    private int afterTitleOf(List<Token> toks, int s, int e) {
        int k = s;
        while (k < e && (g.roles.contains(toks.get(k).lower()) || ROLE_MODIFIERS.contains(toks.get(k).lower())
            || g.personTitles.contains(toks.get(k).text()))) {
            k++;
        }
        if (k == s || k + 1 >= e || !toks.get(k).is("of") || !onlyTitles(toks, s, k)) {
            return s;
        }
        k++;
        if (toks.get(k).is("the") && k + 1 < e) {
            k++;
        }
        return hasKeyword(toks, k, e) || toks.get(k).isAllCaps() ? k : s;
    }

    private static boolean verbLike(String w) {
        return w.endsWith("ed") || w.endsWith("es") || w.endsWith("ing");
    }

    /** "Half in Ten", "Save the Arctic", "Let's Encrypt": a longer name this chunker could not hold whole. */
    private static boolean brokenName(List<Token> toks, int s, int e) {
        if (s > 0 && toks.get(s - 1).is("'s")) {
            return true;
        }
        if (e + 1 < toks.size()) {
            Token next = toks.get(e);
            Token after = toks.get(e + 1);
            return next.isWord() && Character.isLowerCase(next.text().charAt(0)) && next.text().length() <= 4
                && (after.isNumber() || after.isWord() && after.isCapitalized() || after.is("the") || after.is("$"));
        }
        return false;
    }

    /** "Americans for Prosperity", "Physicians for Human Rights": a plural noun, then "for". */
    private static boolean pluralFor(List<Token> toks, int s, int e) {
        for (int k = s; k < e - 1 && k < s + 2; k++) {
            String w = toks.get(k).text();
            if (toks.get(k + 1).is("for") && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && Character.isUpperCase(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRomanNumeral(String s) {
        return ROMAN_NUMERAL.matcher(s).matches();
    }

    /** Titles that are also words of kinship: "Sister of A B" is A B's sister, not an office. */
    private static final Set<String> KIN_TITLES = Words.of("Sister", "Father", "Brother", "Mother");

    private Mention typed(Mention m, EntityType type, int strength) {
        m.type = type;
        m.strength = strength;
        return m;
    }

    /** "Elections Act 2022": a law's keyword, then its year without "of". */
    private boolean endsWithActYear(List<Token> toks, int s, int e) {
        if (e - s >= 4 && toks.get(e - 2).is(",")) {
            e--; // "Finance Act, 2017"
        }
        return e - s >= 3 && YEAR_OR_COMMA.matcher(toks.get(e - 1).text()).matches() && g.legislationKeywords.contains(toks.get(e - 2).text());
    }

    /** "Charter of Digital Rights", "Convention on Migrant Workers": an instrument named by what follows it. */
    private static boolean namedInstrumentOf(List<Token> toks, int s, int e) {
        for (int k = s; k < e - 2; k++) {
            if (INSTRUMENTS.contains(toks.get(k).text()) && (toks.get(k + 1).is("of") || toks.get(k + 1).is("on"))) {
                return true;
            }
        }
        return false;
    }

    private boolean endsWithActOfYear(List<Token> toks, int s, int e) {
        return e - s >= 4 && FOUR_DIGITS.matcher(toks.get(e - 1).text()).matches() && toks.get(e - 2).is("of")
            && g.legislationKeywords.contains(toks.get(e - 3).text());
    }

    /** Small words a law's translated title runs on through: "... Amendments to the Law on ...". */
    private static final Set<String> TITLE_GLUE = Words.of("and", "to", "of", "for", "on", "against");

    /**
     * Whether the capitalised words from {@code p} go on a law's title rather than name a body or a place:
     * "... to Public Information" does, "... and Lake Rights Watch", "... to Harbor Aid's surprise" and
     * "... of Serbia" do not.
     */
    private boolean titleGoesOn(List<Token> toks, int p) {
        int e = p;
        while (e < toks.size() && toks.get(e).isWord() && toks.get(e).isCapitalized()) {
            e++;
        }
        if (e < toks.size() && toks.get(e).is("'s")) {
            return false;
        }
        return e > p && !g.orgKeywords.contains(toks.get(e - 1).text()) && !g.isPlace(text(toks, p, e))
            && !g.isCountry(text(toks, p, e)); // a body's name ends in its keyword: "... with Birch Legal Centre"
    }

    /** Whether the run of capitalised words and connectors ending at {@code last} opens with a law's kind and "on". */
    private boolean lawTitleBefore(List<Token> toks, int last) {
        for (int k = last - 1; k >= 0 && k > last - 12; k--) {
            Token w = toks.get(k);
            if (!w.isWord() || !w.isCapitalized() && !CONNECTORS.contains(w.text()) && !TITLE_GLUE.contains(w.text()) && !w.is("the")) {
                return false;
            }
            if (lawKindOn(toks, k) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the run of capitalised words and connectors ending at {@code last} holds an organization or campaign
     * keyword before its last word ("Coalition of NGOs against"), or is that keyword alone ("Campaign against"); not
     * "Lake Tenants Union against" (a whole name, then its adversary).
     */
    private boolean keywordBefore(List<Token> toks, int last) {
        boolean lastIsKeyword = g.orgKeywords.contains(toks.get(last).text()) || g.campaignKeywords.contains(toks.get(last).lower());
        if (lastIsKeyword) {
            // "Campaign against ...": the keyword alone opens the name; "Lake Tenants Union against ..." is a whole name
            return last == 0 || !(toks.get(last - 1).isWord() && toks.get(last - 1).isCapitalized());
        }
        for (int k = last - 1; k >= 0 && k > last - 8; k--) {
            Token w = toks.get(k);
            if (!w.isWord() || !w.isCapitalized() && !CONNECTORS.contains(w.text())) {
                return false;
            }
            if (g.orgKeywords.contains(w.text()) || g.campaignKeywords.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token of [s, e) is an organization's kind word ("Foundation", "Stichting"). */
    public boolean hasKeyword(List<Token> toks, int s, int e) {
        for (int k = s; k < e; k++) {
            if (g.orgKeywords.contains(toks.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCampaignWord(String w) {
        return w.equals("Project") || w.equals("Initiative") || w.equals("Program") || w.equals("Campaign");
    }

    private static boolean indefiniteBefore(List<Token> toks, int s) {
        for (int k = s - 1; k >= 0 && k >= s - 4; k--) {
            String w = toks.get(k).lower();
            if (w.equals("a") || w.equals("an") || w.equals("its") || w.equals("their") || w.equals("launched")
                || w.equals("started") || w.equals("created")) {
                return true;
            }
            if (!Character.isLowerCase(toks.get(k).text().charAt(0))) {
                return false;
            }
        }
        return false;
    }

    private boolean looksLikePersonName(List<Token> toks, int s, int e) {
        for (int k = s; k < e; k++) {
            Token t = toks.get(k);
            String w = t.text();
            if (w.equals("Jr.") || w.equals("Sr.") || GENERATION.matcher(w).matches()) {
                continue;
            }
            if (!t.isWord() || (t.isAllCaps() && w.length() > 1 && !w.endsWith(".")) || g.orgKeywords.contains(w)
                || g.isPlace(w) && k == e - 1 && e - s == 1) {
                return false;
            }
            if (CONNECTORS.contains(w) && !NAME_PARTICLES.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCamelCase(String w) {
        if (w.length() < 4 || w.startsWith("Mc") || w.startsWith("Mac") || w.startsWith("O'") || w.indexOf('-') >= 0) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** ", a campaign", ", an annual youth programme": an appositive whose head, within three words, is a kind of effort. */
    private static boolean appositiveEffort(List<Token> toks, int e) {
        if (e + 2 >= toks.size() || !(toks.get(e).is(",") || toks.get(e).is("\u2014") || toks.get(e).is("\u2013"))) {
            return false;
        }
        String article = toks.get(e + 1).lower();
        if (!article.equals("a") && !article.equals("an")) {
            return false;
        }
        for (int k = e + 2; k < toks.size() && k <= e + 4; k++) {
            Token t = toks.get(k);
            String w = t.lower();
            if (!t.isWord() || ORG_NOUNS.contains(w) || PERSON_NOUNS.contains(w)) {
                return false;
            }
            if (APPOSED_EFFORTS.contains(w)) {
                return k + 1 >= toks.size() || !toks.get(k + 1).lower().equals("of"); // "a project of X" says whose, not what
            }
        }
        return false;
    }

    private static final Set<String> APPOSED_EFFORTS = Words.of("campaign", "programme", "program", "initiative", "drive", "pledge");

    /**
     * "Campact is a German campaign group", "Attac was an alliance of ...": what the copula says the
     * name is; only bodies and efforts, a person's occupation is read elsewhere.
     */
    /**
     * What "X is a/an ..." after a name at {@code e} says X is: an organization when a body's kind noun
     * heads the description ("is an independent Lebanese organisation", "is a think tank"), a campaign
     * for an effort's noun, null otherwise; a kind noun that only qualifies a person's ("is a union
     * organiser", "is a charity worker") says person, and so null.
     */
    public static EntityType copulaType(List<Token> toks, int e) {
        if (e + 2 >= toks.size() || !(toks.get(e).is("is") || toks.get(e).is("was"))
            || !(toks.get(e + 1).is("a") || toks.get(e + 1).is("an"))) {
            return null;
        }
        for (int k = e + 2; k < toks.size() && k <= e + 6; k++) {
            Token t = toks.get(k);
            String w = t.lower();
            if (!t.isWord() || CLAUSE_STARTS.contains(w) || w.equals("of") || PERSON_NOUNS.contains(w)
                || Gazetteer.INSTANCE.roles.contains(w) || RoleTitles.isHead(Gazetteer.INSTANCE, w)) {
                return null;
            }
            boolean compound = k + 1 < toks.size() && ORG_NOUNS.contains(toks.get(k + 1).lower());
            if (ORG_NOUNS.contains(w) && headsDescription(toks, k)) {
                return EntityType.ORGANIZATION;
            }
            if (CAMPAIGN_NOUNS.contains(w) && !w.equals("network") && !w.equals("platform") && !compound) {
                return EntityType.CAMPAIGN;
            }
        }
        return null;
    }

    /** Words after a kind noun that show it heads the description: "an organisation that ...", "a charity based in ...". */
    private static final Set<String> AFTER_HEAD = Words.of("based", "founded", "set", "registered", "formed", "created",
        "established", "led", "run", "working", "campaigning", "devoted", "dedicated", "known", "since", "until");

    /** Whether the kind noun at {@code k} ends the description's noun phrase instead of qualifying a following noun. */
    private static boolean headsDescription(List<Token> toks, int k) {
        if (k + 1 >= toks.size()) {
            return true;
        }
        Token next = toks.get(k + 1);
        return next.is("'s") ? false : !next.isWord() || CLAUSE_STARTS.contains(next.lower()) || AFTER_HEAD.contains(next.lower());
    }

    /**
     * "the No Pipelines Here campaign", "its Yes Means Yes drive": a slogan opening with a word that usually opens a sentence,
     * mid-sentence after "the" or an owner, and named by the kind noun after it, keeps that word.
     */
    private static boolean sloganBeforeItsKind(List<Token> toks, int s, int e) {
        return s >= 1 && e - s >= 2 && (toks.get(s - 1).lower().equals("the") || OWNERS.contains(toks.get(s - 1).lower()))
            && e < toks.size() && EFFORT_KINDS.contains(toks.get(e).lower());
    }

    private static final Set<String> OWNERS = Words.of("its", "our", "their", "his", "her");
    private static final Set<String> EFFORT_KINDS = Words.of("campaign", "campaigns", "project", "programme", "program",
        "initiative", "petition", "drive");

    /**
     * A name its owner's possessive and a kind noun frame: "its Harbour Watch project", "our
     * campaign Rent Down Now", "the campaign Stop Evictions". The possessive outweighs a body's
     * keyword inside the name ("Watch"), as a body is not said to be its owner's project.
     */
    private static boolean namedEffort(List<Token> toks, int s, int e) {
        String before = s >= 1 ? toks.get(s - 1).lower() : "";
        String after = e < toks.size() ? toks.get(e).lower() : "";
        if (s >= 1 && OWNERS.contains(before) && EFFORT_KINDS.contains(after)) {
            return true;
        }
        if (s >= 2 && EFFORT_KINDS.contains(before) && !toks.get(s - 1).isCapitalized()) {
            // "its campaign X", "our respite programme X", "its new summer campaign X": up to two describing words
            // between the owner and the kind noun
            for (int k = s - 2; k >= 0 && k >= s - 4; k--) {
                String w = toks.get(k).lower();
                if (OWNERS.contains(w) || w.equals("the")) {
                    return true;
                }
                if (!toks.get(k).isWord() || toks.get(k).isCapitalized() || !Character.isLetter(w.charAt(0))) {
                    return false;
                }
            }
        }
        // "the best-known campaign is Wear Orange"
        return s >= 2 && (before.equals("is") || before.equals("was")) && EFFORT_KINDS.contains(toks.get(s - 2).lower());
    }

    private static final Set<String> PLACE_NOUNS = Words.load("place-nouns.txt");

    /**
     * Whether a lower-case place noun follows the name ending before {@code e}, directly or after a list of further
     * capitalised names joined by commas and "and" / "or" ("Alto, Medio and Bajo provinces").
     */
    private static boolean beforePlaceNoun(List<Token> toks, int e) {
        int k = e;
        for (int names = 0; k < toks.size() && names < 6; names++) {
            if (PLACE_NOUNS.contains(toks.get(k).text())) {
                return true;
            }
            if (!toks.get(k).is(",") && !toks.get(k).is("and") && !toks.get(k).is("or")) {
                return false;
            }
            k++;
            if (k < toks.size() && toks.get(k).is("and")) {
                k++; // the serial comma: ", and"
            }
            int start = k;
            while (k < toks.size() && k - start < 3 && toks.get(k).isWord() && toks.get(k).isCapitalized()) {
                k++;
            }
            if (k == start) {
                return false;
            }
        }
        return false;
    }

    /** The words that open an apposition saying what a name is: "X, a youth program", "X, our campaign". */
    private static final Set<String> APPOSITION_OPENERS = Words.of("a", "an", "the", "its", "one", "our", "their", "his", "her");

    /** The noun in "the broadcaster X" or in "X, a youth program" tells what X is. */
    private EntityType contextType(List<Token> toks, int s, int e) {
        if (ownsARole(toks, e) || roleAtOrOf(toks, s)) {
            return EntityType.ORGANIZATION;
        }
        if (e < toks.size()) {
            String next = toks.get(e).lower();
            boolean compound = e + 1 < toks.size() && ORG_NOUNS.contains(toks.get(e + 1).lower()); // "a campaign group"
            if (CAMPAIGN_NOUNS.contains(next) && !next.equals("network") && !next.equals("platform") && !compound) {
                return EntityType.CAMPAIGN;
            }
            EntityType said = copulaType(toks, e);
            if (said != null) {
                return said;
            }
            // "the Harbor Voices ad campaign", "its Clean Rivers research programme"
            if (e + 1 < toks.size() && toks.get(e).isWord() && Character.isLowerCase(toks.get(e).text().charAt(0))
                && next.length() <= 10 && !CLAUSE_STARTS.contains(next)
                && EFFORT_HEADS.contains(toks.get(e + 1).lower())) {
                return EntityType.CAMPAIGN;
            }
        }
        if (s >= 1) {
            Token prev = toks.get(s - 1);
            if (prev.isWord() && Character.isLowerCase(prev.text().charAt(0))) {
                String p = prev.lower();
                if (ORG_NOUNS.contains(p) && !p.equals("arm")) {
                    return EntityType.ORGANIZATION;
                }
                if (PERSON_NOUNS.contains(p) || g.roles.contains(p)) {
                    return EntityType.PERSON;
                }
            }
        }
        if (s >= 2 && toks.get(s - 1).is(",")) {
            String p = toks.get(s - 2).lower();
            if (CAMPAIGN_NOUNS.contains(p) && !p.equals("network")) {
                return EntityType.CAMPAIGN;
            }
        }
        if (e + 1 < toks.size() && (toks.get(e).is(",") || toks.get(e).is("\u2014") || toks.get(e).is("\u2013") || toks.get(e).is(":"))) {
            int k = e + 1;
            int limit = Math.min(toks.size(), e + 9);
            String first = toks.get(k).lower();
            if (APPOSITION_OPENERS.contains(first)) {
                k++;
            } else {
                return null;
            }
            for (; k < limit; k++) {
                Token t = toks.get(k);
                String w = t.lower();
                if (t.is(",") || w.equals("that") || w.equals("which") || w.equals("who") || w.equals("whose")) {
                    return null;
                }
                if (PersonCues.WORKPLACE_PREPOSITIONS.contains(w) && k > e + 2 && !toks.get(k - 1).isCapitalized()) {
                    // "X, an oceanographer at the Y Institute": the apposition ends here; what follows is another name
                    return PersonCues.agentNoun(toks.get(k - 1).text()) ? EntityType.PERSON : null;
                }
                if (CAMPAIGN_NOUNS.contains(w) && !w.equals("network") || EFFORT_NOUNS.contains(w)) {
                    return EntityType.CAMPAIGN;
                }
                if (ORG_NOUNS.contains(w)) {
                    String after = k + 1 < limit ? toks.get(k + 1).lower() : "";
                    if (after.equals("'s")) {
                        continue; // "X, the union's treasurer": the body owns the role that follows
                    }
                    // "X, the group chairman": a body word used as the role's modifier
                    return g.roles.contains(after) || PERSON_NOUNS.contains(after) ? EntityType.PERSON : EntityType.ORGANIZATION;
                }
                if (PERSON_NOUNS.contains(w)) {
                    return EntityType.PERSON;
                }
            }
        }
        return null;
    }

    /** "Harbor Watch's general secretary", "Tidewater's national president": only a body has officers. */
    private boolean ownsARole(List<Token> toks, int e) {
        if (e + 1 >= toks.size() || !toks.get(e).is("'s")) {
            return false;
        }
        for (int k = e + 1; k < toks.size() && k <= e + 2; k++) {
            Token t = toks.get(k);
            if (!t.isWord() || !Character.isLowerCase(t.text().charAt(0))) {
                return false;
            }
            if (g.roles.contains(t.lower()) || k + 1 < toks.size() && g.roles.contains(t.lower() + " " + toks.get(k + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "a senior editor at Baltic Review", "editor-in-chief of Nordlys": a post held at a body. */
    private boolean roleAtOrOf(List<Token> toks, int s) {
        int k = s - 1;
        if (k >= 0 && toks.get(k).is("the")) {
            k--;
        }
        if (k < 1 || !(toks.get(k).is("at") || toks.get(k).is("of"))) {
            return false;
        }
        String w = toks.get(k - 1).lower();
        return g.roles.contains(w) || toks.get(k).is("at") && PERSON_NOUNS.contains(w);
    }

    /** The name as written: tokens joined by single spaces, commas and close-set dashes kept in place. */
    /** Letters after a person's name: honours, professional ranks, seats. */
    /** Letters that, after a party's name, describe its member: "a Labour MP". */
    private static final Set<String> MEMBER_LETTERS = Set.of("MP", "MEP", "MLA", "MSP", "MPP", "TD");
    private static final String POST_NOMINALS = " KC QC OBE MBE CBE MP MEP MLA MSP PhD ";

    public static String surface(List<Token> toks, int s, int e) {
        StringBuilder b = new StringBuilder();
        for (int k = s; k < e; k++) {
            Token t = toks.get(k);
            boolean attached = t.is(",") || t.is(")") || k > s && toks.get(k - 1).is("(")
                || k > s && t.start() == toks.get(k - 1).end() && (QuotedOwnNames.CLOSING.contains(t.text())
                || QuotedOwnNames.OPENING.contains(toks.get(k - 1).text())) // 'Centre "Hearth"' as written
                || k > s && t.is("'s") && t.start() == toks.get(k - 1).end()
                || k > s && t.start() == toks.get(k - 1).end()
                && (t.is("\u2013") || t.is("-") || t.is("/") || toks.get(k - 1).is("\u2013") || toks.get(k - 1).is("-")
                || toks.get(k - 1).is("/") || t.is("\u00B0") || t.is("\u00BA") // "n°"
                || t.is(".") && k + 2 < e && toks.get(k - 1).is("n") && toks.get(k + 1).start() == t.end()
                && (toks.get(k + 1).is("\u00B0") || toks.get(k + 1).is("\u00BA") || toks.get(k + 1).is("o")) // "n.º"
                || k > s + 1 && t.start() == toks.get(k - 1).end() && toks.get(k - 1).is(".") && toks.get(k - 2).is("n")
                && t.is("o"));
            if (k > s && !attached) {
                b.append(' ');
            }
            // a plural possessive is tokenised as "'s" but written as a bare apostrophe
            b.append(t.is("'s") && t.end() - t.start() == 1 ? "'" : t.written());
        }
        return b.toString();
    }
}
