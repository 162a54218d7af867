package io.powermap.ingest.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.ingest.extraction.SentenceView.Slot;

/**
 * Sentence-level rules that read typed relationships off cue words and the entities around them.
 * Each rule names its cue, finds the actor before it (the nearest person or organization, a
 * resolved pronoun, or the subject by default) and the targets after it, coordinated lists
 * included. Negated cues ("does not fund", "never joined") produce nothing.
 */
final class RelationRules implements TableRelations.RelationSink {

    private static final Set<String> FUND_VERBS = Words.of("gave", "give", "gives", "giving", "donated", "donates",
        "donate", "donating", "pledged", "pledges", "contributed", "contributes", "granted", "awarded", "awards",
        "funded", "funds", "fund", "financed", "finances", "underwrote", "underwrites", "underwriting", "bankrolled", "bankrolls", "bankrolling",
        "provided", "provides", "committed", "gifted", "paid", "poured", "pours", "pumped", "funneled", "funnelled",
        "channeled", "channelled", "steered");
    private static final Set<String> MONEY_VERBS_NEED_AMOUNT = Words.of("provided", "provides", "committed", "paid", "gave",
        "give", "gives", "giving", "poured", "pours", "pumped", "funneled", "funnelled", "channeled", "channelled", "steered");
    private static final Set<String> RECEIVE_VERBS = Words.of("received", "receives", "receiving", "accepted", "accepts",
        "got", "gotten", "obtained", "raised");
    private static final Set<String> FUND_NOUNS = Words.of("grant", "grants", "funding", "support", "donation", "donations",
        "gift", "gifts", "contribution", "contributions", "money", "financing", "backing", "funds");
    private static final Set<String> FUNDER_NOUNS = Words.of("donors", "funders", "backers", "contributors", "sponsors",
        "donor", "funder", "sponsor", "benefactors", "underwriters");
    private static final Set<String> FOUND_VERBS = Words.of("founded", "co-founded", "cofounded", "established",
        "forming", "launching", "founding", "creating", "establishing", "co-founding", "built", "start", "launch",
        "created", "formed", "launched", "started", "incorporated", "set", "organized", "began", "starts", "launches",
        "creates", "founds", "establish", "create", "co-found", "cofound");
    /** Bare infinitives read as founding only after "helped": "helped establish X". */
    private static final Set<String> BARE_FOUND = Words.of("start", "launch", "establish", "create", "co-found", "cofound");
    /** Verbs of making that name the partners of a campaign with "with" but are not founding verbs themselves. */
    private static final Set<String> PARTNER_VERBS = Words.of("developed", "built", "produced", "designed", "co-developed");
    private static final Set<String> FOUNDER_NOUNS = Words.of("founder", "founders", "co-founder", "co-founders",
        "cofounder", "cofounders");
    private static final Set<String> SUPPORT = Words.of("supported", "supports", "support", "supporting", "backed",
        "back", "backs", "backing", "backer", "endorse", "endorsed", "endorses", "endorsing", "endorser", "endorsement", "championed",
        "champions", "praised", "favored", "favors", "favoured", "promoted", "promotes", "promoting", "proponent",
        "sponsored", "cosponsored", "co-sponsored", "drafted", "defended", "defend", "defends", "defending", "advocated", "lobbied", "campaigned",
        "pushed", "urged", "welcomed", "applauded", "hailed", "supporter", "supporters", "advocate", "advocates",
        "champion", "backers", "author", "ally", "allies", "proponents", "backing", "lobby", "lobbies", "lobbying",
        "pressed", "pressing", "worked", "mobilized");
    private static final Set<String> OPPOSE = Words.of("opposed", "opposes", "oppose", "opposing", "opposition",
        "opponent", "opponents", "against", "fought", "fights", "fighting", "fight", "condemned", "condemns", "condemning",
        "criticized", "criticised", "criticizes", "criticises", "criticizing", "criticism", "critic", "critics",
        "denounced", "denounces", "denouncing", "attacked", "attacks", "sued", "sues", "suing", "challenged",
        "challenges", "blocked", "decried", "derided", "deriding", "discredit", "discredited", "protested", "targeted",
        "labeled", "labelled", "branded", "designated", "listed", "added", "accused", "accuses",
        "rejected", "objected", "slammed", "assailed", "castigated", "vilified", "smeared", "dismissed",
        "repeal", "repealing", "overturn", "overturning", "boycott", "boycotted", "boycotting");
    /** Oppose cues that need a hate-group or similar designation to mean opposition. */
    private static final Set<String> DESIGNATE = Words.of("labeled", "labelled", "branded", "designated", "listed", "added",
        "targeted");
    /** "model bills adopted by the Council are:": a lead-in that presents measures the actor stands behind. */
    private static final Set<String> LEAD_SUPPORT = Words.of("adopted", "adopts", "model", "authored", "wrote", "written");
    /** Cues whose object can only be a law: one repeals a statute, not a group. */
    private static final Set<String> REPEAL = Words.of("repeal", "repealing", "overturn", "overturning");
    /** "defend" names what is defended right after it; it never reaches back to a list item's term. */
    private static final Set<String> DEFEND = Words.of("defend", "defends", "defending");
    private static final Set<String> SUPPORT_NEED_FOR = Words.of("advocated", "lobbied", "campaigned", "pushed", "urged",
        "advocate", "advocates", "author", "ally", "allies", "champion", "lobby", "lobbies", "lobbying", "pressed",
        "pressing", "worked", "mobilized");
    private static final Set<String> KIN = Words.of("wife", "husband", "spouse", "son", "daughter", "sister", "brother",
        "mother", "father", "sibling", "siblings", "child", "children", "niece", "nephew", "cousin", "grandson",
        "granddaughter", "grandfather", "grandmother", "married", "widow", "widower", "sons", "daughters", "brothers",
        "sisters", "parents", "stepson", "stepdaughter", "son-in-law", "daughter-in-law", "father-in-law",
        "mother-in-law", "brother-in-law", "sister-in-law", "uncle", "aunt", "half-brother", "half-sister", "stepbrother",
        "stepsister");
    private static final Set<String> LIST_GLUE = Words.of(",", "and", "the", "of", "as", "well", "or", "&", "together",
        "with", "in", "including", "also", "later", "for", "from", "its", "their", "a", "an", "both", "either", "other",
        "such", "like", "among", "them", "is", "are", "were", "include", "includes", "included", "(", ")", "then", "by",
        "to");
    private static final Set<String> CLAUSE_END = Words.of(";", "which", "who", "whom", "while", "but", "although",
        "though", "whereas", "because", "after", "before", "when", ":");
    private static final Set<String> PREPOSITIONS = Words.of("of", "in", "at", "from", "to", "with", "by", "for",
        "against", "on", "into", "about", "behind", "than", "under", "over", "including");
    /** Roles that describe a career rather than a post when given as "a former judge". */
    private static final Set<String> OCCUPATIONS = Words.of("judge", "attorney", "lawyer", "staff attorney", "organizer",
        "lead organizer", "editor", "publisher", "manager", "leader", "coordinator", "adviser", "advisor", "senior advisor",
        "senior adviser", "spokesman", "spokeswoman", "spokesperson", "head", "fellow", "senior fellow", "counsel",
        "general counsel", "director", "secretary", "ombudsman");
    /** Occupations that name a post only with an explicit employer ("a lawyer at X"). */
    private static final Set<String> JOBS = Words.of("administrator", "partner", "commissioner", "special counsel",
        "state representative", "judge", "attorney", "lawyer", "staff attorney", "organizer",
        "lead organizer", "editor", "publisher", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
        "senior advisor", "senior adviser");
    private static final Set<String> SUCCESSION = Words.of("succeeded", "succeeds", "succeeding", "replaced", "replaces",
        "replacing");
    private static final Set<String> VERB_ROLES = Words.of("chair", "chaired", "chairs", "directed", "directs", "direct",
        "led", "leads", "lead", "headed", "heads", "head", "ran", "runs", "run", "presided", "leading", "heading", "running",
        "chairing", "directing");

    private final Gazetteer g;
    private final EntityDraft subject;
    private final List<RelationDraft> out = new ArrayList<>();
    private String lastYear;

    RelationRules(Gazetteer g, EntityDraft subject) {
        this.g = g;
        this.subject = subject;
    }

    List<RelationDraft> apply(List<SentenceView> views) {
        for (SentenceView v : views) {
            Interrupts.check();
            if (v.sentence.kind() == BlockKind.HEADING) {
                listItem(v);
                continue;
            }
            if (v.sentence.kind() == BlockKind.FOOTNOTE || v.sentence.kind() == BlockKind.TABLE_ROW
                || v.sentence.kind() == BlockKind.TITLE) {
                continue;
            }
            sentence(v);
            for (Token t : v.tokens) {
                if (Dates.isYear(t)) {
                    lastYear = t.text();
                }
            }
        }
        return out;
    }

    /** The stance of a lead-in ending with a colon ("FAIR has backed the following measures:"), carried to its items. */
    private RelationshipType listStance;
    private EntityDraft listActor;
    private RelationshipType headingStance;

    private void listItem(SentenceView v) {
        BlockKind k = v.sentence.kind();
        if (k == BlockKind.HEADING) {
            String h = v.heading == null ? "" : v.heading.toLowerCase();
            listStance = null;
            headingStance = null;
            if (h.matches(".*\\b(members?|member (unions|organizations|groups)|affiliated (unions|organizations|groups))\\b.*")) {
                // independent bodies that affiliate with a federation or coalition are its members, not its branches
                headingStance = RelationshipType.MEMBERSHIP;
            } else if (h.matches(".*\\b(affiliat\\w*|chapters?|locals?|subsidiar\\w*)\\b.*")) {
                headingStance = RelationshipType.HIERARCHY;
            } else if (h.matches(".*\\b(funders?|donors?|backers?|supporters)\\b.*")) {
                headingStance = RelationshipType.FUNDING;
            }
            return;
        }
        if (k != BlockKind.BULLET && k != BlockKind.NUMBERED) {
            listStance = null;
            List<Token> t = v.tokens;
            if (!t.isEmpty() && (t.get(t.size() - 1).is(":"))) {
                for (int i = 0; i < t.size(); i++) {
                    String w = t.get(i).lower();
                    if (Set.of("affiliates", "chapters", "locals", "subsidiaries", "affiliated", "branches").contains(w)) {
                        listStance = RelationshipType.HIERARCHY;
                        EntityDraft owner = possessorBefore(v, i);
                        listActor = owner != null ? owner : actorBefore(v, i, true);
                        if (listActor == null) {
                            listActor = subject;
                        }
                        break;
                    }
                    if ((w.equals("members") || w.equals("member")) && !negated(t, i)) {
                        // "Members of the X Coalition:", "The alliance's member organizations are:", "Our members:"
                        listStance = RelationshipType.MEMBERSHIP;
                        EntityDraft owner = possessorBefore(v, i);
                        if (owner == null && next(t, i).equals("of")) {
                            for (Slot s : v.slots) {
                                if (s.from() > i && s.from() <= i + 3 && isOrgLike(s)) {
                                    owner = s.root();
                                    break;
                                }
                            }
                        }
                        listActor = owner != null ? owner : subject;
                        break;
                    }
                    if (FUNDER_NOUNS.contains(w)) {
                        listStance = RelationshipType.FUNDING;
                        EntityDraft owner = possessorBefore(v, i);
                        listActor = owner != null ? owner : subject;
                        break;
                    }
                    if (OPPOSE.contains(w) && !DESIGNATE.contains(w) || w.equals("against")) {
                        listStance = RelationshipType.OPPOSES;
                    } else if (SUPPORT.contains(w) || LEAD_SUPPORT.contains(w)) {
                        listStance = RelationshipType.SUPPORTS;
                    } else {
                        continue;
                    }
                    listActor = actorBefore(v, i, false);
                    if (listActor == null) {
                        listActor = subject;
                    }
                    break;
                }
            }
            return;
        }
        if (listStance == null && headingStance != null) {
            listStance = headingStance;
            listActor = subject;
        }
        if (listStance == null || listActor == null) {
            return;
        }
        for (Slot s : v.slots) {
            EntityType type = s.root().type;
            if (listStance == RelationshipType.HIERARCHY || listStance == RelationshipType.FUNDING
                || listStance == RelationshipType.MEMBERSHIP) {
                if ((type == EntityType.ORGANIZATION || type == null) && !s.reference() && s.root() != listActor) {
                    promote(s.root(), EntityType.ORGANIZATION);
                    if (listStance == RelationshipType.MEMBERSHIP) {
                        add(RelationshipType.MEMBERSHIP, s.root(), listActor, v, 0.6);
                    } else if (listStance == RelationshipType.HIERARCHY) {
                        hierarchyAdd(v, listActor, s.root());
                    } else {
                        addFunding(v, s, listActor, 0);
                    }
                }
                return;
            }
            if (type == EntityType.LEGISLATION || type == EntityType.CAMPAIGN) {
                add(listStance, listActor, s.root(), v, 0.6);
                return;
            }
        }
    }

    private void sentence(SentenceView v) {
        List<Token> t = v.tokens;
        if (v.sentence.index() == 0 || t.isEmpty() || v.tokens.get(0).start() == v.sentence.start()) {
            listItem(v);
        }
        for (int i = 0; i < t.size(); i++) {
            if (insideSlot(v, i)) {
                continue;
            }
            String w = t.get(i).lower();
            if (FUND_VERBS.contains(w)) {
                funding(v, i);
            }
            if (STOP_VERBS.contains(w)) {
                endedFunding(v, i);
            }
            if (RECEIVE_VERBS.contains(w) || (FUND_NOUNS.contains(w) && next(t, i).equals("from"))
                || ((w.equals("came") || w.equals("comes")) && mentions(t, FUND_NOUNS))) {
                received(v, i);
            }
            if (FUND_NOUNS.contains(w) && Set.of("made", "make", "makes", "making", "awarded", "given").contains(prev(t, i))) {
                madeGrants(v, i);
            }
            if (FUNDER_NOUNS.contains(w)) {
                funderList(v, i);
            }
            if (FOUND_VERBS.contains(w)) {
                founding(v, i);
                if (!w.equals("set") && !w.equals("built") && !BARE_FOUND.contains(w)) {
                    campaignPartners(v, i);
                }
            }
            if (FOUNDER_NOUNS.contains(w)) {
                founderNoun(v, i);
            }
            if (SUPPORT.contains(w) || (w.equals("favor") && prev(t, i).equals("in"))
                || ((w.equals("pass") || w.equals("enact") || w.equals("adopt")) && (prev(t, i).equals("to") || prev(t, i).equals("helped")))
                || (w.equals("passage") && next(t, i).equals("of"))) {
                stance(v, i, RelationshipType.SUPPORTS);
            }
            if (OPPOSE.contains(w)) {
                stance(v, i, RelationshipType.OPPOSES);
            }
            if (PRESSURE.contains(w)) {
                pressedToStop(v, i);
            }
            if ((w.equals("project") || w.equals("program") || w.equals("initiative")) && next(t, i).equals("of")) {
                projectOf(v, i);
            }
            if (KIN.contains(w)) {
                family(v, i);
            }
            if (w.equals("member") || w.equals("members") || w.equals("belongs") || w.equals("belong") || w.equals("roster")
                || w.equals("joined") || w.equals("joins") || (w.equals("part") && prev(t, i).matches("is|was|are|were"))) {
                membership(v, i);
            }
            if (w.equals("affiliates") || w.equals("affiliate") || w.equals("affiliated") || w.equals("arm")
                || w.equals("chapters") || w.equals("chapter") || w.equals("subsidiary") || w.equals("subsidiaries")
                || w.equals("branches") || w.equals("branch") || w.equals("spinoff") || w.equals("spin-off")
                || w.equals("pac") || (w.equals("organization") && prev(t, i).equals("sister")) || w.equals("offshoot")
                || w.equals("wing") || w.equals("locals") || w.equals("division") || w.equals("unit")) {
                hierarchy(v, i);
            }
            if (PARTNER_VERBS.contains(w)) {
                EntityDraft partnered = campaignPartners(v, i);
                if (partnered != null && subject != null && !containsWord(t, "by")) {
                    // "Y: a tool developed with X": with no agent named, the profiled group made it with its partner
                    add(RelationshipType.CAMPAIGN, subject, partnered, v, 0.5);
                }
            }
            if ((w.equals("run") || w.equals("organized") || w.equals("sponsored") || w.equals("led")
                || w.equals("coordinated") || w.equals("operated") || w.equals("managed")) && next(t, i).equals("by")) {
                campaignRunBy(v, i);
            }
            if (VERB_ROLES.contains(w)) {
                verbRole(v, i);
            }
            if ((w.equals("serves") || w.equals("served") || w.equals("sits") || w.equals("sat") || w.equals("serving"))
                && next(t, i).equals("on")) {
                servesOn(v, i);
            }
            int roleEnd = matchRole(t, i);
            if (roleEnd > i) {
                position(v, i, roleEnd);
                i = roleEnd - 1;
            }
        }
        affiliation(v);
        programOf(v);
    }

    // ---------------------------------------------------------------- funding

    private void funding(SentenceView v, int i) {
        List<Token> t = v.tokens;
        if (negated(t, i)) {
            return;
        }
        String w = t.get(i).lower();
        if (next(t, i).equals("by")) {
            EntityDraft recipient = actorBefore(v, i, false);
            for (Slot s : list(v, i + 2, true)) {
                addFunding(v, s, recipient == null ? subject : recipient, i);
            }
            return;
        }
        if ((w.equals("funds") || w.equals("fund")) && (prev(t, i).equals("the") || prev(t, i).equals("of")
            || prev(t, i).equals("in") || prev(t, i).equals("its") || prev(t, i).equals("their"))) {
            return;
        }
        if ((w.equals("funds") || w.equals("fund")) && i >= 2 && t.get(i - 1).isWord() && !t.get(i - 1).isCapitalized()
            && Set.of("the", "a", "an", "its", "their").contains(t.get(i - 2).lower())) {
            return; // "the pooled fund that ...": a noun after an adjective, not a verb
        }
        if (MONEY_VERBS_NEED_AMOUNT.contains(w) && Money.find(t, i, t.size()) < 0 && !mentions(t, FUND_NOUNS)) {
            return;
        }
        if (w.equals("underwriting") || w.equals("bankrolling")) {
            joinedIn(v, i);
            return;
        }
        List<Slot> funders = coordinatedBefore(v, i);
        if (funders.isEmpty()) {
            return;
        }
        EntityDraft recipient = null;
        int clauseEnd = t.size();
        for (int k = i + 1; k < t.size(); k++) {
            if (t.get(k).is(",") || t.get(k).is(";") || CLAUSE_END.contains(t.get(k).lower())) {
                clauseEnd = k;
                break;
            }
        }
        for (Slot s : v.slots) {
            if (s.from() > i && s.from() < clauseEnd && isOrgLike(s) && s.root() != funders.get(0).root()) {
                String p = prev(t, s.from());
                boolean throughArticle = p.equals("the") && s.from() >= 2
                    && (t.get(s.from() - 2).is("to") || t.get(s.from() - 2).is("into"));
                if (p.equals("to") || p.equals("into") || throughArticle || s.from() == i + 1 || (s.from() == i + 2 && p.equals("the"))) {
                    recipient = s.root();
                    break;
                }
            }
        }
        if (recipient == null) {
            recipient = subject;
        }
        for (Slot f : funders) {
            addFunding(v, f, recipient, i);
        }
    }

    private static final Set<String> STOP_VERBS = Words.of("stopped", "ceased", "ended", "halted", "discontinued",
        "suspended", "withdrew", "pulled", "cut", "terminated", "dropped");
    private static final Set<String> ENDED_FUNDING_NOUNS = Words.of("funding", "support", "grants", "giving", "donations",
        "backing", "financing", "funds", "grant", "grantmaking", "contributions", "money");

    /**
     * "X stopped funding Y in 2020", "X ended its support for Y": funding that has ended; the year
     * after it is the end, and the tie is no longer current.
     */
    private void endedFunding(SentenceView v, int i) {
        List<Token> t = v.tokens;
        int noun = -1;
        for (int k = i + 1; k < t.size() && k <= i + 3; k++) {
            if (ENDED_FUNDING_NOUNS.contains(t.get(k).lower())) {
                noun = k;
                break;
            }
            if (!t.get(k).isWord() || Character.isUpperCase(t.get(k).text().charAt(0))) {
                break;
            }
        }
        if (noun < 0 || negated(t, i)) {
            return;
        }
        List<Slot> funders = coordinatedBefore(v, i);
        Slot recipient = null;
        for (Slot s : v.slots) {
            if (s.from() > noun && s.from() <= noun + 3 && isOrgLike(s)) {
                recipient = s;
                break;
            }
        }
        if (funders.isEmpty() || recipient == null) {
            return;
        }
        Dates d = Dates.around(t, recipient.to(), t.size());
        for (Slot f : funders) {
            if (f.root() == recipient.root() || !promotable(f)) {
                continue;
            }
            promote(f.root(), EntityType.ORGANIZATION);
            RelationDraft r = add(RelationshipType.FUNDING, f.root(), recipient.root(), v, 0.7);
            r.end = d.end != null ? d.end : d.start;
            r.current = false;
        }
    }

    /**
     * "In 1968 it joined the Carnegie Corporation in underwriting the launch of the Example Workshop": the one who
     * joined and the one joined both fund the first organization named after the gerund. A gerund elsewhere says nothing.
     */
    private void joinedIn(SentenceView v, int i) {
        List<Token> t = v.tokens;
        if (i < 3 || !t.get(i - 1).is("in")) {
            return;
        }
        Slot partner = null;
        for (Slot s : v.slots) {
            // "the Carnegie Corporation of New York in ...": a place may trail the partner's name
            if (s.to() <= i - 1 && i - 1 - s.to() <= 3 && isOrgLike(s) && s.from() >= 1) {
                partner = s;
            }
        }
        if (partner == null) {
            return;
        }
        for (int k = partner.to(); k < i - 1; k++) {
            if (!t.get(k).isWord() || !(t.get(k).isCapitalized() || t.get(k).is("of"))) {
                return;
            }
        }
        int j = partner.from() - 1;
        if (t.get(j).is("the") && j > 0) {
            j--;
        }
        if (!t.get(j).lower().equals("joined")) {
            return;
        }
        Slot joiner = null;
        for (Slot s : v.slots) {
            if (s.to() <= j && isOrgLike(s)) {
                joiner = s;
            }
        }
        EntityDraft recipient = null;
        for (Slot s : v.slots) {
            if (s.from() > i && isOrgLike(s)) {
                boolean clauseBroken = false;
                for (int k = i + 1; k < s.from(); k++) {
                    if (t.get(k).is(",") || t.get(k).is(";") || CLAUSE_END.contains(t.get(k).lower())) {
                        clauseBroken = true;
                        break;
                    }
                }
                if (!clauseBroken && s.from() - i <= 8) {
                    recipient = s.root();
                }
                break;
            }
        }
        if (recipient == null) {
            return;
        }
        addFunding(v, partner, recipient, i);
        if (joiner != null) {
            addFunding(v, joiner, recipient, i);
        }
    }

    private void received(SentenceView v, int i) {
        List<Token> t = v.tokens;
        if (negated(t, i)) {
            return;
        }
        int from = -1;
        for (int k = i + 1; k < t.size() && k < i + 12; k++) {
            String w = t.get(k).lower();
            if (w.equals("from")) {
                from = k;
                break;
            }
            if (CLAUSE_END.contains(w) || w.equals(".")) {
                break;
            }
        }
        if (from < 0) {
            return;
        }
        String w = t.get(i).lower();
        if (w.equals("raised") && !mentions(t, FUND_NOUNS) && Money.find(t, i, t.size()) < 0) {
            return;
        }
        EntityDraft recipient = actorBefore(v, i, false);
        if (recipient == null || (recipient.type != EntityType.ORGANIZATION && recipient.type != null)) {
            recipient = subject;
        }
        int start = from + 1;
        for (int k = from + 1; k < t.size() && k <= from + 5; k++) {
            if (t.get(k).is(":")) {
                start = k + 1; // "came from three sources: A, B and C"
                break;
            }
            if (!t.get(k).isWord() && !t.get(k).isNumber()) {
                break;
            }
        }
        for (Slot s : list(v, start, true)) {
            addFunding(v, s, recipient, i);
        }
    }

    /** "The Carnegie Corporation has also made grants (to X)". */
    private void madeGrants(SentenceView v, int i) {
        List<Token> t = v.tokens;
        if (negated(t, i - 1)) {
            return;
        }
        List<Slot> funders = coordinatedBefore(v, i - 1);
        EntityDraft recipient = subject;
        for (int k = i + 1; k < t.size() && k < i + 4; k++) {
            if (t.get(k).lower().equals("to")) {
                Slot s = slotStartingNear(v, k + 1, 1);
                if (s != null && isOrgLike(s)) {
                    recipient = s.root();
                }
                break;
            }
        }
        for (Slot f : funders) {
            addFunding(v, f, recipient, i);
        }
    }

    private void funderList(SentenceView v, int i) {
        List<Token> t = v.tokens;
        String n = next(t, i);
        if (n.equals("of") && !FUNDER_NOUNS.contains(prev(t, i))) {
            // "X and Y have been among the corporate sponsors of its dinner"
            Slot owner = slotStartingNear(v, i + 2, 1);
            EntityDraft recipient = owner != null && isOrgLike(owner) ? owner.root() : subject;
            for (Slot f : coordinatedBefore(v, i)) {
                addFunding(v, f, recipient, i);
            }
            return;
        }
        if (!(n.equals("include") || n.equals("included") || n.equals("including") || n.equals("are") || n.equals("were")
            || n.equals("have") || n.equals("such") || n.equals(",") || n.equals(":"))) {
            return;
        }
        EntityDraft recipient = possessorBefore(v, i);
        for (Slot s : list(v, i + 1, true)) {
            addFunding(v, s, recipient == null ? subject : recipient, i);
        }
    }

    private void addFunding(SentenceView v, Slot funder, EntityDraft recipient, int cue) {
        Slot owned = recipient == null ? null : ownedBy(v, funder);
        if (owned != null && owned.root() != recipient) {
            // "Rachel Simmons's Simmons Family Foundation": the foundation gives; its namesake is tied to it
            add(RelationshipType.AFFILIATION, funder.root(), owned.root(), v, 0.7);
            funder = owned;
        }
        if (recipient == null || funder.root() == recipient || funder.root().type == EntityType.LEGISLATION
            || funder.root().type == EntityType.CAMPAIGN || !promotable(funder)) {
            return;
        }
        promote(funder.root(), EntityType.ORGANIZATION);
        promote(recipient, EntityType.ORGANIZATION);
        RelationDraft r = add(RelationshipType.FUNDING, funder.root(), recipient, v, 0.75);
        List<Token> t = v.tokens;
        int windowStart = Math.min(funder.to(), cue);
        int windowEnd = nextSlotAfter(v, Math.max(funder.to(), cue), t.size());
        int money = Money.find(t, windowStart, windowEnd);
        if (money < 0 && fundersIn(v) <= 1) {
            money = Money.find(t, 0, t.size());
        }
        if (money >= 0) {
            Money.Amount amount = Money.at(t, money);
            if (amount != null) {
                r.amount = amount.value();
                r.currency = amount.currency();
            }
        }
        Dates d = Dates.around(t, money >= 0 ? money : windowStart, money >= 0 ? Math.min(t.size(), money + 12) : windowEnd);
        if (d.start == null && containsSequence(t, "same", "year") && lastYear != null) {
            d.start = lastYear;
        }
        if (d.start == null) {
            d = Dates.around(t, 0, t.size());
        }
        r.start = d.start;
        r.end = d.end;
        if (d.end != null || Dates.endedNear(t, Math.max(0, cue - 3), cue + 1)) {
            r.current = false;
        }
    }

    /** The organization a person's possessive names: "P's X Foundation" gives the slot of X Foundation. */
    private static Slot ownedBy(SentenceView v, Slot person) {
        if (person.root().type != EntityType.PERSON || person.to() >= v.tokens.size() || !v.tokens.get(person.to()).is("'s")) {
            return null;
        }
        for (Slot s : v.slots) {
            if (s.from() == person.to() + 1 && !s.reference() && s.root().type == EntityType.ORGANIZATION) {
                return s;
            }
        }
        return null;
    }

    private int fundersIn(SentenceView v) {
        int n = 0;
        for (Slot s : v.slots) {
            if (isOrgLike(s)) {
                n++;
            }
        }
        return n - 1;
    }

    private static int nextSlotAfter(SentenceView v, int pos, int fallback) {
        for (Slot s : v.slots) {
            if (s.from() > pos && isOrgLike(s)) {
                return s.from();
            }
        }
        return fallback;
    }

    // ---------------------------------------------------------------- founding and campaigns

    private void founding(SentenceView v, int i) {
        List<Token> t = v.tokens;
        String w = t.get(i).lower();
        if (w.equals("set") && !next(t, i).equals("up")) {
            return;
        }
        if (w.equals("built") && !next(t, i).equals("by")) {
            return;
        }
        if (BARE_FOUND.contains(w) && !prev(t, i).equals("helped") && !prev(t, i).equals("help")) {
            return;
        }
        if (negated(t, i)) {
            return;
        }
        int by = -1;
        for (int k = i + 1; k < t.size() && k < i + 14; k++) {
            String x = t.get(k).lower();
            if (x.equals("by")) {
                by = k;
                break;
            }
            if (CLAUSE_END.contains(x) || FOUND_VERBS.contains(x)) {
                break;
            }
        }
        boolean byNext = next(t, i).equals("by") || (next(t, i).equals("up") && i + 2 < t.size() && t.get(i + 2).lower().equals("by"))
            || (by > 0 && onlyTimeOrPlace(t, i + 1, by));
        if ((w.equals("began") || w.equals("started") && next(t, i).equals("in")) && !(by > 0 && byNext && (isPassive(t, i) || byNext))) {
            return; // "the group started in 1999" is not a founding; "was started in 1999 by X" is
        }
        if (by > 0 && (isPassive(t, i) || byNext || prev(t, i).equals(","))) {
            if (i == 0) {
                return; // "Started in 1998 by X, this campaign ...": what was started follows; left to the reader
            }
            EntityDraft target;
            if (NameChunker.CAMPAIGN_NOUNS.contains(prev(t, i))) {
                target = campaignBefore(v, i);
                if (target == null) {
                    return; // "a campaign started by X" with no named campaign before it: not the subject
                }
            } else {
                target = actorBefore(v, i, true);
            }
            if (target == null) {
                target = subject;
            }
            if (target == null) {
                return;
            }
            for (Slot s : list(v, by + 1, false)) {
                founded(v, s.root(), target, i);
                Slot kin = kinPartner(v, s, true);
                if (kin != null) {
                    founded(v, kin.root(), target, i);
                }
            }
            coFounders(v, by + 1, target, i);
            return;
        }
        // "X, which P and Q established in 2016": the founders stand between the relative and the verb
        int rel = -1;
        for (int k = i - 1; k >= 0 && k > i - 25; k--) {
            String x = t.get(k).lower();
            if ((x.equals("which") || x.equals("that") || x.equals("whom")) && k > 0) {
                rel = k;
                break;
            }
            if (x.equals(";")) {
                break;
            }
        }
        if (rel > 0) {
            Slot object = slotEndingAt(v, rel);
            if (object == null && t.get(rel - 1).is(",")) {
                object = slotEndingAt(v, rel - 1);
            }
            if (object == null) {
                Slot near = nearestOrgBefore(v, rel);
                object = near != null && rel - near.to() <= 6 ? near : null;
            }
            if (object == null && NameChunker.CAMPAIGN_NOUNS.contains(prev(t, rel))) {
                // "Y: an advertising effort that X launched": the effort is the campaign named before
                for (Slot s : v.slots) {
                    if (s.to() < rel && s.root().type == EntityType.CAMPAIGN) {
                        object = s;
                        break;
                    }
                }
            }
            List<Slot> founders = new ArrayList<>();
            for (Slot s : v.slots) {
                if (s.from() > rel && s.to() <= i && (s.root().type == EntityType.PERSON || s.root().type == EntityType.ORGANIZATION)) {
                    founders.add(s);
                }
            }
            if (object != null && !founders.isEmpty()) {
                for (Slot f : founders) {
                    founded(v, f.root(), object.root(), i);
                }
                coFounders(v, i + 1, object.root(), i);
                return;
            }
        }
        if (isPassive(t, i)) {
            EntityDraft target = actorBefore(v, i, true);
            if (target != null && target == subject) {
                Dates d = Dates.around(t, i, Math.min(t.size(), i + 8));
                if (d.start != null) {
                    subject.attributes.putIfAbsent("founded", d.start);
                }
            }
            return;
        }
        List<Slot> agents = coordinatedBefore(v, i);
        if (agents.isEmpty()) {
            return;
        }
        Slot object = null;
        for (Slot s : v.slots) {
            if (s.from() > i && s.root().type != EntityType.PERSON && s.root().type != EntityType.LEGISLATION
                && s.from() <= i + 8 && leadIn(t, i + 1, s.from()) && !containsBetween(t, i + 1, s.from(), "with")) {
                object = s;
                break;
            }
        }
        if (object == null) {
            return;
        }
        for (Slot a : agents) {
            founded(v, a.root(), object.root(), i);
            Slot kin = kinPartner(v, a, false);
            if (kin != null) {
                founded(v, kin.root(), object.root(), i);
            }
        }
    }

    /**
     * "A and her daughter, B" / "A and his father, B, established": a relative named in apposition after "and his/her KIN"
     * shares the act. Forward: the slot after {@code s}; backward: the slot before it.
     */
    private static Slot kinPartner(SentenceView v, Slot s, boolean forward) {
        List<Token> t = v.tokens;
        Slot other = null;
        int gapFrom;
        int gapTo;
        if (forward) {
            for (Slot o : v.slots) {
                if (o.from() > s.to()) {
                    other = o;
                    break;
                }
            }
            gapFrom = s.to();
            gapTo = other == null ? -1 : other.from();
        } else {
            for (Slot o : v.slots) {
                if (o.to() < s.from()) {
                    other = o;
                }
            }
            gapFrom = other == null ? -1 : other.to();
            gapTo = s.from();
        }
        if (other == null || other.root().type != EntityType.PERSON || s.root().type != EntityType.PERSON || other.reference()) {
            return null;
        }
        int len = gapTo - gapFrom;
        if (len != 4 || !t.get(gapFrom).lower().equals("and") || !Set.of("his", "her", "their").contains(t.get(gapFrom + 1).lower())
            || !KIN.contains(t.get(gapFrom + 2).lower()) || !t.get(gapFrom + 3).is(",")) {
            return null;
        }
        return other;
    }

    /** "Half in Ten, a campaign started by X": the named campaign the description stands for. */
    private static EntityDraft campaignBefore(SentenceView v, int i) {
        EntityDraft found = null;
        for (Slot s : v.slots) {
            if (s.to() < i && i - s.to() <= 5 && s.root().type == EntityType.CAMPAIGN) {
                found = s.root();
            }
        }
        return found;
    }

    /** "in 2012", "up in Vancouver in 1970", "originally": only when and where stand between a verb and its "by". */
    private static boolean onlyTimeOrPlace(List<Token> t, int from, int to) {
        if (to - from > 7) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token x = t.get(k);
            String w = x.lower();
            if (x.isNumber() || w.equals("in") || w.equals("up") || w.equals("on") || w.equals(",") || w.equals("originally")
                || w.equals("jointly") || w.equals("first") || w.equals("early") || w.equals("late")
                || (x.isWord() && x.isCapitalized() && k > from && t.get(k - 1).lower().equals("in"))) {
                continue;
            }
            return false;
        }
        return true;
    }

    /** "set up by A ... together with B and C": partners named after "along/together with" founded it too. */
    private void coFounders(SentenceView v, int from, EntityDraft target, int cue) {
        List<Token> t = v.tokens;
        for (int k = from; k + 1 < t.size(); k++) {
            String x = t.get(k).lower();
            if (x.equals(";") || x.equals("but")) {
                return;
            }
            if ((x.equals("together") || x.equals("along")) && t.get(k + 1).lower().equals("with")) {
                for (Slot s : list(v, k + 2, false)) {
                    EntityType type = s.root().type;
                    if (type == EntityType.PERSON || type == EntityType.ORGANIZATION) {
                        founded(v, s.root(), target, cue);
                    }
                }
                return;
            }
        }
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

    /** "launched with X": X is a partner in the launch, not what was launched. */
    private static boolean containsBetween(List<Token> t, int from, int to, String word) {
        for (int k = from; k < to; k++) {
            if (t.get(k).lower().equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPassive(List<Token> t, int i) {
        String p = prev(t, i);
        String p2 = i >= 2 ? t.get(i - 2).lower() : "";
        return p.equals("was") || p.equals("were") || p.equals("been") || p.equals("is") || p.equals("be")
            || (p.equals("up") && (p2.equals("was") || p2.equals("were")))
            || ((p.equals("originally") || p.equals("first") || p.equals("formally") || p.equals("officially"))
            && (p2.equals("was") || p2.equals("were")))
            || (t.get(i).lower().equals("set") && (p.equals("was") || p.equals("were")));
    }

    private void founded(SentenceView v, EntityDraft founder, EntityDraft target, int cue) {
        if (founder == target || founder.type == EntityType.LEGISLATION || founder.type == EntityType.CAMPAIGN) {
            return;
        }
        String w = v.tokens.get(cue).lower();
        boolean launch = w.equals("launched") || w.equals("started") || w.equals("launches") || w.equals("starts")
            || w.equals("created") || w.equals("began") || w.equals("organized");
        if (target.type == null && launch && founder.type == EntityType.ORGANIZATION) {
            promote(target, EntityType.CAMPAIGN);
        }
        if (target.type == EntityType.CAMPAIGN) {
            if (founder.type == EntityType.ORGANIZATION || founder.type == null) {
                RelationDraft r = add(RelationshipType.CAMPAIGN, founder, target, v, 0.8);
                Dates d = Dates.around(v.tokens, 0, v.tokens.size());
                if (r.start == null) {
                    r.start = d.start;
                }
            }
            return;
        }
        if (target.type != EntityType.ORGANIZATION && target.type != null) {
            return;
        }
        promote(target, EntityType.ORGANIZATION);
        add(RelationshipType.FOUNDED, founder, target, v, 0.8);
        if (target == subject) {
            Dates d = Dates.around(v.tokens, 0, v.tokens.size());
            if (d.start != null) {
                subject.attributes.putIfAbsent("founded", d.start);
            }
        }
    }

    private void founderNoun(SentenceView v, int i) {
        List<Token> t = v.tokens;
        if (negated(t, i)) {
            return;
        }
        EntityDraft org = null;
        if (next(t, i).equals("of")) {
            Slot s = slotStartingNear(v, i + 2, 1);
            if (s != null && s.root().type != EntityType.PERSON) {
                org = s.root();
            } else {
                return;
            }
        }
        if (org == null && i > 0 && t.get(i - 1).isWord()) {
            // "the Acme founder Jane Roe": the name in front of the noun is what she founded
            Slot pre = slotEndingAt(v, i);
            if (pre != null && isOrgLike(pre)) {
                org = pre.root();
            } else if (!t.get(i - 1).text().equals(t.get(i - 1).lower())
                && !Set.of("the", "its", "his", "her", "their", "a", "an", "our", "and", "as").contains(t.get(i - 1).lower())) {
                return; // a name the chunker did not take ("software founder"): not the subject's founder
            }
        }
        if (org == null) {
            org = possessorBefore(v, i);
        }
        if (org == null) {
            org = subject;
        }
        if (org == null) {
            return;
        }
        String n = next(t, i);
        List<Slot> people = new ArrayList<>();
        if (n.equals("were") || n.equals("are") || n.equals("was") || n.equals("is") || n.equals("include")
            || n.equals("included") || n.equals("including")) {
            people.addAll(list(v, i + 2, false));
        } else {
            Slot after = slotStartingNear(v, i + 1, 1);
            if (after != null && after.root().type == EntityType.PERSON) {
                people.add(after);
            } else {
                Slot before = nearestBefore(v, i, EntityType.PERSON, 9);
                if (before != null) {
                    people.add(before);
                }
            }
        }
        for (Slot p : people) {
            if (p.root().type == EntityType.PERSON || p.root().type == EntityType.ORGANIZATION) {
                founded(v, p.root(), org, i);
            }
        }
    }

    /** "Care Can't Wait, a campaign launched in 2021 with Caring Across Generations": the partners run it too. */
    private EntityDraft campaignPartners(SentenceView v, int i) {
        List<Token> t = v.tokens;
        EntityDraft campaign = null;
        for (Slot s : v.slots) {
            if (s.from() < i && s.root().type == EntityType.CAMPAIGN) {
                campaign = s.root();
            }
        }
        if (campaign == null) {
            return null;
        }
        for (int k = i + 1; k < t.size() && k < i + 7; k++) {
            if (t.get(k).lower().equals("with")) {
                EntityDraft added = null;
                for (Slot s : list(v, k + 1, true)) {
                    if (s.root().type == EntityType.ORGANIZATION || s.root().type == null) {
                        promote(s.root(), EntityType.ORGANIZATION);
                        add(RelationshipType.CAMPAIGN, s.root(), campaign, v, 0.6);
                        added = campaign;
                    }
                }
                return added;
            }
            if (CLAUSE_END.contains(t.get(k).lower()) || t.get(k).is(",")) {
                return null;
            }
        }
        return null;
    }

    /** "Welcoming Schools: an HRC Foundation program": the organization named in front of the noun runs it. */
    private void programOf(SentenceView v) {
        List<Token> t = v.tokens;
        if (v.slots.isEmpty() || v.slots.get(0).root().type != EntityType.CAMPAIGN) {
            return;
        }
        EntityDraft campaign = v.slots.get(0).root();
        for (Slot s : v.slots) {
            if (s.to() < t.size() && s.root().type == EntityType.ORGANIZATION && s.from() > 0
                && NameChunker.CAMPAIGN_NOUNS.contains(t.get(s.to()).lower())
                && Set.of("a", "an", "the").contains(t.get(s.from() - 1).lower())) {
                add(RelationshipType.CAMPAIGN, s.root(), campaign, v, 0.6);
                return;
            }
        }
    }

    private void campaignRunBy(SentenceView v, int i) {
        EntityDraft campaign = null;
        for (Slot s : v.slots) {
            if (s.from() < i && s.root().type == EntityType.CAMPAIGN) {
                campaign = s.root();
            }
        }
        if (campaign == null) {
            return;
        }
        for (Slot s : list(v, i + 2, true)) {
            promote(s.root(), EntityType.ORGANIZATION);
            if (s.root().type == EntityType.ORGANIZATION) {
                RelationDraft r = add(RelationshipType.CAMPAIGN, s.root(), campaign, v, 0.75);
                if (r.start == null) {
                    r.start = Dates.around(v.tokens, 0, v.tokens.size()).start;
                }
            }
        }
    }

    // ---------------------------------------------------------------- positions

    int matchRole(List<Token> t, int i) {
        int best = -1;
        StringBuilder b = new StringBuilder();
        for (int k = i; k < t.size() && k < i + g.longestRoleWords; k++) {
            Token tok = t.get(k);
            if (!tok.isWord()) {
                break;
            }
            if (k > i) {
                b.append(' ');
            }
            b.append(tok.lower());
            if (g.roles.contains(b.toString())) {
                best = k + 1;
            }
        }
        return best;
    }

    private void position(SentenceView v, int from, int to) {
        List<Token> t = v.tokens;
        String role = roleText(t, from, to);
        if (role.equals("member") || FOUNDER_NOUNS.contains(role) || role.equals("founder")) {
            return;
        }
        boolean capitalized = t.get(from).isCapitalized();
        Slot after = slotStartingNear(v, to, 0);
        if (capitalized && after != null && after.root().type == EntityType.PERSON && !next(t, to - 1).equals("of")) {
            return; // "President Ada Brandt": an honorific, not a post at the organization
        }
        if (negated(t, from)) {
            return;
        }
        Slot person = null;
        if (after != null && after.root().type == EntityType.PERSON && !after.reference()) {
            person = after;
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
        if (person == null && to + 1 < t.size() && Set.of("is", "was", "has", "remains").contains(t.get(to).lower())) {
            Slot s2 = slotStartingNear(v, to + 1, t.get(to + 1).lower().equals("been") ? 1 : 0);
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
            person = nearestBefore(v, from, EntityType.PERSON, 40);
            if (person != null && prev(t, from).equals("as") && person.from() > 0
                && SUCCESSION.contains(t.get(person.from() - 1).lower()) && !clauseBreakBetween(t, person.to(), from)
                && !containsBetween(t, person.to(), from, ",")) {
                // "Tanden succeeded Podesta as president": the role is the successor's, named before the verb
                person = nearestBefore(v, person.from() - 1, EntityType.PERSON, 12);
            }
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
                    return; // "president of a local union": a post somewhere unnamed
                }
            }
        }
        if (org == null && VERB_ROLES.contains(t.get(from).lower())) {
            Slot s = slotStartingNear(v, to, 1);
            if (s != null && isOrgLike(s)) {
                org = s.root();
            }
        }
        if (org == null) {
            org = roleOwner(v, from, person);
        }
        if (org == null) {
            org = possessorBefore(v, from);
        }
        boolean appositiveIndefinite = indefiniteAppositive(t, from) && OCCUPATIONS.contains(role.replaceFirst("^(former|senior|staff|lead) ", ""));
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
        if (org == null && JOBS.contains(role.replaceFirst("^(former|senior|staff|lead|interim|acting|national|deputy|associate|assistant|general|executive) ", ""))) {
            return;
        }
        if (org == null) {
            org = subject;
        }
        if (org == null || org == person.root() || person.root().type != EntityType.PERSON) {
            return;
        }
        promote(org, EntityType.ORGANIZATION);
        if (org.type != EntityType.ORGANIZATION) {
            return;
        }
        RelationDraft r = add(RelationshipType.POSITION, person.root(), org, v, 0.7);
        if (r.role == null) {
            r.role = role;
        }
        int windowEnd = nextRoleStart(t, to);
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
    private EntityDraft roleOwner(SentenceView v, int from, Slot person) {
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
            if (matchRole(t, k) > k) {
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

    private void verbRole(SentenceView v, int i) {
        List<Token> t = v.tokens;
        if (i >= 3 && !negated(t, i)) {
            // "the Sarah Scaife Foundation, which Richard Mellon Scaife chaired until 2014"
            Slot p = slotEndingAt(v, i);
            if (p != null && p.root().type == EntityType.PERSON && !p.reference() && p.from() > 0
                && (t.get(p.from() - 1).lower().equals("which") || t.get(p.from() - 1).lower().equals("that"))) {
                int rel = p.from() - 1;
                Slot org = slotEndingAt(v, rel);
                if (org == null && rel > 0 && t.get(rel - 1).is(",")) {
                    org = slotEndingAt(v, rel - 1);
                }
                if (org != null && org.root().type == EntityType.ORGANIZATION) {
                    RelationDraft r = add(RelationshipType.POSITION, p.root(), org.root(), v, 0.6);
                    if (r.role == null) {
                        r.role = t.get(i).lower().startsWith("chair") ? "chair" : "head";
                    }
                    Dates d = Dates.around(t, i, t.size());
                    r.end = r.end == null ? d.end : r.end;
                    if (d.end != null) {
                        r.current = false;
                    }
                    return;
                }
            }
        }
        if (next(t, i).equals("by")) {
            // "FreedomWorks, chaired by Dick Armey": the organization before, the person after
            Slot person = null;
            for (Slot s : v.slots) {
                if (s.from() > i + 1 && s.from() <= i + 8 && s.root().type == EntityType.PERSON && !s.reference()) {
                    person = s;
                    break;
                }
            }
            Slot near = nearestOrgBefore(v, i);
            EntityDraft org = near != null ? near.root() : null;
            if (person != null && org != null && org.type == EntityType.ORGANIZATION && !negated(t, i)) {
                String w = t.get(i).lower();
                RelationDraft r = add(RelationshipType.POSITION, person.root(), org, v, 0.6);
                if (r.role == null) {
                    r.role = w.startsWith("chair") ? "chair" : w.startsWith("direct") ? "director" : "head";
                }
            }
            return;
        }
        int objectAt = i + 1;
        if (i + 4 < t.size() && t.get(i + 1).lower().equals("the") && t.get(i + 2).lower().equals("board")
            && t.get(i + 3).lower().equals("of")) {
            objectAt = i + 4; // "chaired the board of the Alder Foundation"
        }
        Slot org = slotStartingNear(v, objectAt, 1);
        if (org == null || !isOrgLike(org) || org.root().type != EntityType.ORGANIZATION) {
            return;
        }
        Slot person = nearestBefore(v, i, EntityType.PERSON, 12);
        if (person == null || negated(t, i)) {
            return;
        }
        String w = t.get(i).lower();
        String role = w.startsWith("chair") ? "chair" : w.startsWith("direct") ? "director" : w.startsWith("presid") ? "president" : "head";
        RelationDraft r = add(RelationshipType.POSITION, person.root(), org.root(), v, 0.6);
        if (r.role == null) {
            r.role = role;
        }
        Dates d = Dates.around(t, i, t.size());
        r.start = r.start == null ? d.start : r.start;
        r.end = r.end == null ? d.end : r.end;
        if (d.end != null || w.endsWith("ed") || w.equals("led") || w.equals("ran")) {
            r.current = d.end != null ? Boolean.FALSE : r.current;
        }
    }

    private void servesOn(SentenceView v, int i) {
        Slot org = slotStartingNear(v, i + 2, 1);
        Slot person = nearestBefore(v, i, EntityType.PERSON, 12);
        if (org == null || person == null || !isOrgLike(org) || negated(v.tokens, i)) {
            return;
        }
        RelationDraft r = add(RelationshipType.POSITION, person.root(), org.root(), v, 0.65);
        if (r.role == null) {
            r.role = "member";
        }
    }

    // ---------------------------------------------------------------- membership and hierarchy

    private void membership(SentenceView v, int i) {
        List<Token> t = v.tokens;
        if (negated(t, i)) {
            return;
        }
        String w = t.get(i).lower();
        String n = next(t, i);
        if ((w.equals("members") || w.equals("member")) && PREPOSITIONS.contains(prev(t, i))) {
            return; // "beaten by members of the group": not a statement of membership
        }
        if (w.equals("members") && prev(t, i).matches("its|their") && i >= 2 && t.get(i - 2).lower().equals("among")) {
            countsAmongMembers(v, i - 2);
            return;
        }
        if (w.equals("roster") || w.equals("membership")) {
            int k = i + 1;
            while (k < t.size() && k < i + 6 && !Set.of("include", "included", "includes", "including").contains(t.get(k).lower())) {
                k++;
            }
            if (k < t.size() && k < i + 6) {
                EntityDraft group = possessorBefore(v, i);
                for (Slot s : list(v, k + 1, true)) {
                    if (s.root() != group && group != null) {
                        promote(s.root(), EntityType.ORGANIZATION);
                        add(RelationshipType.MEMBERSHIP, s.root(), group, v, 0.6);
                    }
                }
            }
            return;
        }
        boolean listForm = (w.equals("members") || w.equals("member")) && (n.equals("include") || n.equals("included")
            || n.equals("including") || n.equals("are") || n.equals("were") || n.equals("such"))
            || (i + 2 < t.size() && (n.equals("groups") || n.equals("organizations") || n.equals("unions")
            || n.equals("organisations")) && Set.of("are", "include", "included", "including", "were").contains(t.get(i + 2).lower()));
        if (listForm) {
            EntityDraft group = possessorBefore(v, i);
            if (group == null) {
                group = subject;
            }
            int start = n.equals("groups") || n.equals("organizations") || n.equals("unions") || n.equals("organisations") ? i + 3 : i + 2;
            for (Slot s : list(v, start, true)) {
                if (s.root() != group && s.root().type != EntityType.LEGISLATION) {
                    promote(s.root(), EntityType.ORGANIZATION);
                    RelationDraft r = add(RelationshipType.MEMBERSHIP, s.root(), group, v, 0.7);
                    r.current = r.current == null ? Boolean.TRUE : r.current;
                }
            }
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
            if (joinedBoard(v, i)) {
                return;
            }
            targetFrom = i + 1;
            for (int k = i + 2; k + 1 < t.size() && k < i + 10; k++) {
                if (t.get(k).is(",") || t.get(k).is(";") || t.get(k).is(".")) {
                    break;
                }
                String g2 = t.get(k + 1).text();
                if (t.get(k).is("in") && g2.endsWith("ing") && Character.isLowerCase(g2.charAt(0))) {
                    return; // "joined X in underwriting Y": a partner in one act, not a member of X
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
                    seat(v, m.root(), grp.root(), i, ended);
                    continue;
                }
                RelationDraft r = add(RelationshipType.MEMBERSHIP, m.root(), grp.root(), v, 0.7);
                Dates d = Dates.around(t, 0, t.size());
                if (r.start == null && (w.equals("joined") || w.equals("joins"))) {
                    r.start = d.start;
                }
                if (ended) {
                    r.current = false;
                } else if (prev(t, i).matches("is|are") || t.get(Math.max(0, i - 2)).lower().matches("is|are")
                    || containsWord(t, "longtime")) {
                    r.current = true;
                }
            }
        }
    }

    /**
     * "P joined the board of X in 2023", "P joined X's board", "P joined its board": a board seat,
     * POSITION with role "board member" and the year as its start.
     */
    private boolean joinedBoard(SentenceView v, int i) {
        List<Token> t = v.tokens;
        int board = -1;
        for (int k = i + 1; k < t.size() && k <= i + 5; k++) {
            String w = t.get(k).lower();
            if (w.equals("board") || w.equals("boards")) {
                board = k;
                break;
            }
            if (!(w.equals("the") || w.equals("its") || w.equals("their") || w.equals("'s") || t.get(k).isCapitalized())) {
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
            org = possessorBefore(v, board);
            if (org == null && (prev(t, board).equals("its") || prev(t, board).equals("their"))) {
                org = subject;
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
            RelationDraft r = add(RelationshipType.POSITION, p.root(), org, v, 0.7);
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
    private void countsAmongMembers(SentenceView v, int among) {
        Slot group = null;
        for (Slot s : v.slots) {
            if (s.from() <= 2 && isOrgLike(s)) {
                group = s;
                break;
            }
        }
        EntityDraft owner = group != null ? group.root() : subject;
        if (owner == null) {
            return;
        }
        for (Slot s : v.slots) {
            if ((group == null || s.from() >= group.to()) && s.to() <= among && s.root() != owner && !s.reference()
                && s.root().type != EntityType.LEGISLATION && s.root().type != EntityType.CAMPAIGN) {
                promote(s.root(), EntityType.ORGANIZATION);
                add(RelationshipType.MEMBERSHIP, s.root(), owner, v, 0.65);
            }
        }
    }

    /** A person who is a member of a legislature or commission holds a seat there: a post, not a membership. */
    private void seat(SentenceView v, EntityDraft person, EntityDraft body, int cue, boolean ended) {
        List<Token> t = v.tokens;
        RelationDraft r = add(RelationshipType.POSITION, person, body, v, 0.65);
        if (r.role == null) {
            r.role = "member";
        }
        Dates d = Dates.around(t, Math.max(0, cue - 8), Math.min(t.size(), cue + 8));
        r.start = r.start == null ? d.start : r.start;
        String before = cue >= 2 ? t.get(cue - 2).lower() + " " + prev(t, cue) : prev(t, cue);
        if (ended || d.end != null || before.matches(".*\\b(then|former|once|later)\\b.*") || PAST_SEAT.matcher(EntityResolver.join(t, Math.max(0, cue - 6), cue).toLowerCase()).find()) {
            r.current = false;
        }
    }

    private static final java.util.regex.Pattern PAST_SEAT = java.util.regex.Pattern.compile("\\b(left|served|was|had been|then)\\b");

    private void hierarchy(SentenceView v, int i) {
        List<Token> t = v.tokens;
        if (negated(t, i)) {
            return;
        }
        String n = next(t, i);
        String w = t.get(i).lower();
        // "affiliates include A, B and C"
        if (Set.of("include", "included", "including", "are", "such", "like", "in").contains(n) && w.endsWith("s")) {
            EntityDraft parent = possessorBefore(v, i);
            if (parent == null) {
                parent = subject;
            }
            for (Slot s : list(v, i + 2, true)) {
                hierarchyAdd(v, parent, s.root());
            }
            return;
        }
        // "X's political arm, the Y"
        EntityDraft possessor = possessorBefore(v, i);
        if (possessor != null) {
            Slot child = slotStartingNear(v, i + 1, 3);
            if (child != null && isOrgLike(child)) {
                hierarchyAdd(v, possessor, child.root());
                return;
            }
            Slot before = null;
            for (Slot s : v.slots) {
                if (s.to() <= possessorSlotStart(v, i) && isOrgLike(s) && !s.reference() && s.root() != possessor) {
                    before = s;
                }
            }
            if (before != null) {
                hierarchyAdd(v, possessor, before.root());
            }
            return;
        }
        // "Y, an affiliated organization" / "Y, an affiliate of X"
        Slot child = appositiveHead(v, i);
        if (child == null) {
            return;
        }
        EntityDraft parent = null;
        if (n.equals("that") || n.equals("which") || n.equals("who")) {
            return; // "Y, the super PAC that backed Z": what Y did, not whose it is
        }
        if (n.equals("of") || n.equals("with") || n.equals("to")) {
            Slot s = slotStartingNear(v, i + 2, 1);
            if (s != null && isOrgLike(s)) {
                parent = s.root();
            } else if (s != null && s.root().type == EntityType.PERSON) {
                return; // "the charitable arm of a billionaire": a person's vehicle, no parent body
            }
        }
        if (parent == null) {
            for (Slot s : v.slots) {
                if (s.to() <= child.from() && isOrgLike(s) && s.root() != child.root()) {
                    parent = s.root();
                }
            }
        }
        if (parent == null) {
            parent = subject;
        }
        hierarchyAdd(v, parent, child.root());
    }

    private void hierarchyAdd(SentenceView v, EntityDraft parent, EntityDraft child) {
        if (parent == null || child == null || parent == child || child.type == EntityType.PERSON
            || child.type == EntityType.LEGISLATION || child.type == EntityType.CAMPAIGN) {
            return;
        }
        promote(child, EntityType.ORGANIZATION);
        add(RelationshipType.HIERARCHY, parent, child, v, 0.7);
    }

    /** The name that a following ", an affiliated ..." describes. */
    private static Slot appositiveHead(SentenceView v, int cue) {
        List<Token> t = v.tokens;
        for (int k = cue - 1; k >= 0 && k >= cue - 6; k--) {
            if (t.get(k).is(",")) {
                Slot s = slotEndingAt(v, k);
                return s != null && isOrgLike(s) ? s : null;
            }
            if (!t.get(k).isWord() && !t.get(k).isNumber() && !t.get(k).is("(") && !t.get(k).is(")")) {
                return null;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- stances

    private void stance(SentenceView v, int i, RelationshipType type) {
        List<Token> t = v.tokens;
        if (negated(t, i)) {
            return;
        }
        String w = t.get(i).lower();
        if (SUPPORT_NEED_FOR.contains(w) && !(next(t, i).equals("for") || next(t, i).equals("on") || next(t, i).equals("of")
            || (i + 2 < t.size() && t.get(i + 2).lower().equals("for") && t.get(i + 1).lower().endsWith("ly"))
            || (i + 2 < t.size() && t.get(i + 2).lower().equals("for") && Set.of("hard", "heavily", "long", "successfully").contains(next(t, i))))) {
            return;
        }
        if (w.equals("support") && !(prev(t, i).equals("in") || prev(t, i).matches("to|will|would|did|does|they|we"))) {
            return;
        }
        if (SUPPORT_NEED_FOR.contains(w) && withinNext(t, i, 4, "against")) {
            return;
        }
        if (type == RelationshipType.SUPPORTS && (next(t, i).equals("against"))) {
            return;
        }
        if (DESIGNATE.contains(w)) {
            designation(v, i);
            return;
        }
        if (w.equals("critics") || w.equals("critic") || w.equals("opponents") || w.equals("opponent")) {
            critics(v, i, type);
            return;
        }
        EntityDraft actor = actorBefore(v, i, false);
        boolean item = v.sentence.kind() == BlockKind.BULLET || v.sentence.kind() == BlockKind.NUMBERED;
        if (actor == null || actor.type == null && item) {
            actor = subject; // "Has sought to ...": a list item under the profile speaks for its subject
        }
        if (actor == null || actor.type == EntityType.LEGISLATION || actor.type == EntityType.CAMPAIGN) {
            return;
        }
        boolean lawOnly = REPEAL.contains(w);
        List<EntityDraft> coActors = new ArrayList<>();
        for (Slot c : coordinatedBefore(v, i)) {
            if (c.root() != actor && (c.root().type != null || promotable(c)) && c.root().type != EntityType.LEGISLATION
                && c.root().type != EntityType.CAMPAIGN) {
                coActors.add(c.root());
            }
        }
        boolean strong = type == RelationshipType.OPPOSES || w.startsWith("endors") || w.equals("backer") || w.equals("ally")
            || w.equals("allies") || w.equals("praised") || w.equals("champion") || w.equals("championed");
        List<Slot> targets = new ArrayList<>();
        int limit = i + 8;
        for (Slot s : list(v, i + 1, false)) {
            if (s.from() > limit && targets.isEmpty()) {
                break;
            }
            targets.add(s);
        }
        boolean any = false;
        for (Slot s : targets) {
            EntityDraft target = s.root();
            if (target == actor || target.type == EntityType.PERSON || target.type == null
                || lawOnly && target.type != EntityType.LEGISLATION) {
                continue;
            }
            if (target.type == EntityType.ORGANIZATION && !strong) {
                continue;
            }
            if (target.type == EntityType.ORGANIZATION && s.reference() && target == subject && actor != subject) {
                // "criticised the group": the subject as target is fine
            }
            add(type, actor, target, v, target.type == EntityType.ORGANIZATION ? 0.55 : 0.7);
            for (EntityDraft co : coActors) {
                if (co != target) {
                    add(type, co, target, v, 0.5);
                }
            }
            any = true;
        }
        if (!any && !lawOnly && !DEFEND.contains(w)) {
            // "Equality Act: supports." A list item names the law first and the stance after a colon
            for (Slot s : v.slots) {
                // a program's description mentions what its participants favour; only a cue right after the term is the group's stance
                boolean nearTerm = s.root().type != EntityType.CAMPAIGN || i - s.to() <= 4;
                if (s.to() < i && nearTerm && (s.root().type == EntityType.LEGISLATION || s.root().type == EntityType.CAMPAIGN)
                    && (colonBetween(t, s.to(), i) || v.sentence.kind() == BlockKind.BULLET && s.from() == 0)) {
                    EntityDraft a = actor == s.root() || actorBefore(v, s.from(), false) == null ? subject : actor;
                    if (a != null && a != s.root()) {
                        add(type, a, s.root(), v, 0.6);
                        any = true;
                    }
                }
            }
        }
        if (!any && withinNext(t, i, 5, "both")) {
            // "pressed for both bills to pass": the laws named earlier in the sentence
            for (Slot s : v.slots) {
                if (s.to() <= i && (s.root().type == EntityType.LEGISLATION || s.root().type == EntityType.CAMPAIGN)) {
                    add(type, actor, s.root(), v, 0.55);
                    any = true;
                }
            }
        }
        if (!any && type == RelationshipType.OPPOSES && (w.startsWith("denounc") || w.startsWith("condemn")
            || w.startsWith("critici") || w.startsWith("attack") || w.startsWith("reject"))) {
            // "the council has attacked the label": the other organization of the sentence is meant
            EntityDraft other = null;
            for (Slot s : v.slots) {
                if (s.root() != actor && s.root().type == EntityType.ORGANIZATION) {
                    other = s.root() == subject ? subject : (other == null ? s.root() : other);
                    if (other == subject) {
                        break;
                    }
                }
            }
            if (other != null) {
                add(type, actor, other, v, 0.45);
            }
        }
    }

    /**
     * "Y, a project of X" / "Y started out as a project of X": a campaign named so is run by X; an
     * organization named so began inside X.
     */
    private void projectOf(SentenceView v, int i) {
        List<Token> t = v.tokens;
        Slot owner = slotStartingNear(v, i + 2, 1);
        if (owner == null || !isOrgLike(owner) || owner.reference() || negated(t, i)) {
            return;
        }
        Slot named = null;
        int k = i - 1;
        if (k >= 0 && Set.of("a", "an", "the").contains(t.get(k).lower())) {
            k--;
        }
        if (k >= 0 && t.get(k).is(",")) {
            named = slotEndingAt(v, k);
        } else if (k >= 1 && t.get(k).lower().equals("as")) {
            for (Slot s : v.slots) {
                if (s.to() <= k && s.from() <= 1 && s.root().type != EntityType.PERSON) {
                    named = s; // "Y started out as a project of X": the sentence's subject
                }
            }
        }
        if (named == null || named.root() == owner.root()) {
            return;
        }
        promote(owner.root(), EntityType.ORGANIZATION);
        if (named.root().type == EntityType.CAMPAIGN) {
            add(RelationshipType.CAMPAIGN, owner.root(), named.root(), v, 0.6);
        } else if (named.root().type == EntityType.ORGANIZATION) {
            hierarchyAdd(v, owner.root(), named.root());
        }
    }

    /** "pressed the company to abandon drilling": pushing someone to give something up is opposing them. */
    private void pressedToStop(SentenceView v, int i) {
        List<Token> t = v.tokens;
        Slot target = slotStartingNear(v, i + 1, 1);
        if (target == null || !isOrgLike(target) || target.reference() || target.to() + 1 >= t.size()
            || !t.get(target.to()).lower().equals("to") || !GIVE_UP.contains(t.get(target.to() + 1).lower()) || negated(t, i)) {
            return;
        }
        EntityDraft actor = actorBefore(v, i, false);
        boolean item = v.sentence.kind() == BlockKind.BULLET || v.sentence.kind() == BlockKind.NUMBERED;
        if (actor == null || actor.type == null && item || actor.type == EntityType.CAMPAIGN) {
            actor = subject;
        }
        if (actor != null && actor != target.root() && actor.type != EntityType.LEGISLATION) {
            promote(target.root(), EntityType.ORGANIZATION);
            add(RelationshipType.OPPOSES, actor, target.root(), v, 0.55);
        }
    }

    private static final Set<String> PRESSURE = Words.of("pressed", "pressured", "pressuring", "pushed", "forced",
        "urged", "urging", "pressing", "pressures", "presses");
    private static final Set<String> GIVE_UP = Words.of("abandon", "drop", "stop", "end", "withdraw", "cancel", "quit",
        "halt", "cut", "sever", "leave", "divest", "scrap", "reverse");

    /** "the SPLC added the Family Research Council to its roster of hate groups". */
    private void designation(SentenceView v, int i) {
        List<Token> t = v.tokens;
        boolean hostile = false;
        for (int k = i; k < t.size() && k < i + 20; k++) {
            String w = t.get(k).lower();
            if (w.equals("hate") || w.equals("hate-group") || w.equals("extremist") || w.equals("extremists")
                || w.equals("terrorist") || w.equals("racist") || w.equals("anti-immigrant") || w.equals("radical")) {
                hostile = true;
                break;
            }
        }
        Slot target = slotStartingNear(v, i + 1, 2);
        // "targeted the retailer over its sourcing": a pressure campaign aimed at a company
        boolean pressure = t.get(i).lower().equals("targeted") && target != null
            && (next(t, target.to() - 1).equals("over") || next(t, target.to() - 1).equals("for"));
        if (!hostile && !pressure) {
            return;
        }
        EntityDraft actor = actorBefore(v, i, false);
        if (actor == null && pressure) {
            actor = subject;
        }
        if (actor == null || target == null || target.root() == actor || target.root().type == EntityType.PERSON) {
            return;
        }
        add(RelationshipType.OPPOSES, actor, target.root(), v, 0.6);
    }

    private void critics(SentenceView v, int i, RelationshipType type) {
        List<Token> t = v.tokens;
        EntityDraft target = null;
        if (next(t, i).equals("of")) {
            Slot s = slotStartingNear(v, i + 2, 1);
            if (s != null && s.root().type != EntityType.PERSON) {
                target = s.root();
            }
        }
        List<Slot> actors = new ArrayList<>();
        for (Slot s : v.slots) {
            if (s.from() > i && s.from() <= i + 10 && (s.root().type == EntityType.PERSON || s.root().type == EntityType.ORGANIZATION)
                && s.root() != target && !s.reference()) {
                actors.add(s);
            }
        }
        if (actors.isEmpty()) {
            Slot before = slotEndingAt(v, i);
            if (before == null && i >= 2 && t.get(i - 1).is(",")) {
                before = slotEndingAt(v, i - 1);
            }
            if (before == null) {
                EntityDraft a = actorBefore(v, i, false);
                for (Slot s : v.slots) {
                    if (s.root() == a && s.to() <= i) {
                        before = s;
                    }
                }
            }
            if (before != null) {
                actors.add(before);
            }
        }
        if (target == null) {
            for (Slot s : v.slots) {
                if (s.from() > i + 10 && s.root().type != EntityType.PERSON) {
                    target = s.root();
                    break;
                }
            }
        }
        if (target == null) {
            target = subject;
        }
        for (Slot a : actors) {
            if (a.root() != target && target != null) {
                add(type, a.root(), target, v, 0.5);
            }
        }
    }

    // ---------------------------------------------------------------- family and looser ties

    private void family(SentenceView v, int i) {
        List<Token> t = v.tokens;
        if (negated(t, i)) {
            return;
        }
        if (t.get(i).lower().equals("married") && next(t, i).equals("couple")) {
            marriedCouple(v, i);
            return;
        }
        Slot relative = null;
        for (Slot s : v.slots) {
            if (s.from() > i && s.from() <= i + 8 && s.root().type == EntityType.PERSON && !s.reference()) {
                relative = s;
                break;
            }
        }
        Slot anchor = nearestBefore(v, i, EntityType.PERSON, 25);
        String kinWord = t.get(i).lower();
        if (relative != null && (kinWord.equals("brothers") || kinWord.equals("sisters") || kinWord.equals("siblings"))
            && relative.from() <= i + 2) {
            // "the billionaire brothers Charles Koch and David Koch": both named after the plural
            Slot second = null;
            for (Slot s : v.slots) {
                if (s.from() > relative.to() && s.from() <= relative.to() + 2 && s.root().type == EntityType.PERSON) {
                    second = s;
                    break;
                }
            }
            if (second != null && second.root() != relative.root()) {
                RelationDraft r = add(RelationshipType.FAMILY, relative.root(), second.root(), v, 0.7);
                if (r.role == null) {
                    r.role = "sibling";
                }
                return;
            }
        }
        if (relative == null || anchor == null || anchor.root() == relative.root()) {
            return;
        }
        String w = t.get(i).lower();
        // parent and child ties always run parent -> child; "X, the son of Y" and "X's mother Y" name the parent second
        boolean of = next(t, i).equals("of");
        boolean childWord = CHILD_KIN.contains(w);
        boolean parentWord = PARENT_KIN.contains(w);
        EntityDraft source = anchor.root();
        EntityDraft target = relative.root();
        if (of && childWord || !of && parentWord) {
            source = relative.root();
            target = anchor.root();
        }
        RelationDraft r = add(RelationshipType.FAMILY, source, target, v, 0.7);
        if (r.role == null) {
            r.role = childWord || parentWord ? "parent" : kinRole(w);
        }
    }

    /** "A and B, a married couple": the pair coordinated right before the description are spouses. */
    private void marriedCouple(SentenceView v, int i) {
        Slot second = null;
        Slot first = null;
        for (Slot s : v.slots) {
            if (s.to() <= i && s.root().type == EntityType.PERSON) {
                first = second;
                second = s;
            }
        }
        if (first == null || second == null || first.root() == second.root()
            || !EntityResolver.join(v.tokens, first.to(), second.from()).equalsIgnoreCase("and") || i - second.to() > 4) {
            return;
        }
        RelationDraft r = add(RelationshipType.FAMILY, first.root(), second.root(), v, 0.7);
        if (r.role == null) {
            r.role = "spouse";
        }
    }

    private static final Set<String> CHILD_KIN = Words.of("son", "daughter", "child", "children", "sons", "daughters",
        "stepson", "stepdaughter");
    private static final Set<String> PARENT_KIN = Words.of("mother", "father", "parents");

    private static String kinRole(String kin) {
        return switch (kin) {
            case "wife", "husband", "spouse", "married", "widow", "widower" -> "spouse";
            case "sister", "brother", "sibling", "siblings", "brothers", "sisters", "half-brother", "half-sister", "stepbrother",
                "stepsister" -> "sibling";
            case "son", "daughter", "child", "children", "sons", "daughters", "stepson", "stepdaughter" -> "parent";
            case "mother", "father", "parents" -> "child";
            default -> "relative";
        };
    }

    /**
     * "Teresa Heinz Kerry's Heinz Family Foundation", "Soros's philanthropic network, the Open Society
     * Foundations", "his Harbor Action League", "X, the charitable arm of ... Michael Bloomberg".
     */
    private void affiliation(SentenceView v) {
        List<Token> t = v.tokens;
        for (int k = 0; k + 1 < v.slots.size(); k++) {
            Slot p = v.slots.get(k);
            Slot o = v.slots.get(k + 1);
            if (p.root().type != EntityType.PERSON || o.root().type != EntityType.ORGANIZATION || o.reference()) {
                continue;
            }
            boolean possessive = p.to() < t.size() && t.get(p.to()).is("'s") && !p.reference();
            boolean pronoun = p.reference() && (t.get(p.from()).lower().equals("his") || t.get(p.from()).lower().equals("her"));
            int gapFrom = possessive ? p.to() + 1 : p.to();
            if ((possessive || pronoun) && o.from() >= gapFrom && o.from() - gapFrom <= 5
                && describes(t, gapFrom, o.from())) {
                add(RelationshipType.AFFILIATION, p.root(), o.root(), v, 0.6);
            }
        }
        for (Slot o : v.slots) {
            if (o.root().type != EntityType.ORGANIZATION || o.reference() || o.to() + 2 >= t.size() || !t.get(o.to()).is(",")) {
                continue;
            }
            for (int k = o.to() + 1; k < t.size() && k < o.to() + 6; k++) {
                String w = t.get(k).lower();
                if ((Set.of("arm", "charity", "foundation", "philanthropy", "fund", "vehicle").contains(w)) && next(t, k).equals("of")) {
                    for (Slot p : v.slots) {
                        if (p.from() > k && p.from() <= k + 9 && p.root().type == EntityType.PERSON && !p.reference()) {
                            add(RelationshipType.AFFILIATION, p.root(), o.root(), v, 0.55);
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

    /** Only lowercase descriptive words, a comma and an article between a possessor and what it owns. */
    private static boolean describes(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            Token x = t.get(k);
            if (!(x.is(",") || x.isWord() && Character.isLowerCase(x.text().charAt(0)) && !CLAUSE_END.contains(x.lower())
                && !PREPOSITIONS.contains(x.lower()))) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- helpers

    @Override
    public RelationDraft add(RelationshipType type, EntityDraft source, EntityDraft target, SentenceView v, double confidence) {
        for (RelationDraft r : out) {
            if (r.type == type && r.source == source && r.target == target) {
                return r;
            }
        }
        RelationDraft r = new RelationDraft(type, source, target, v.sentence.index(), confidence);
        out.add(r);
        return r;
    }

    /** A bare capitalised word opening a sentence ("Opposes", "Started") gets no type from a relation. */
    private static boolean promotable(Slot s) {
        return s.root().type != null || s.from() > 0 || s.root().name.indexOf(' ') > 0 || !isCueWord(s.root().name);
    }

    /** A word some rule reads as its cue ("Supports", "Founded"): a list item opening with it names no actor. */
    static boolean isCueWord(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return isCueLexicon(w) || w.endsWith("ed") || w.endsWith("ing");
    }

    /** Whether a lower-case word is in one of the relation cue lexicons. */
    static boolean isCueLexicon(String w) {
        return SUPPORT.contains(w) || OPPOSE.contains(w) || FUND_VERBS.contains(w) || FOUND_VERBS.contains(w)
            || RECEIVE_VERBS.contains(w) || STOP_VERBS.contains(w) || SUPPORT_NEED_FOR.contains(w) || DESIGNATE.contains(w)
            || REPEAL.contains(w) || DEFEND.contains(w) || LEAD_SUPPORT.contains(w) || PARTNER_VERBS.contains(w)
            || VERB_ROLES.contains(w) || FUND_NOUNS.contains(w) || FUNDER_NOUNS.contains(w) || FOUNDER_NOUNS.contains(w)
            || KIN.contains(w);
    }

    private static void promote(EntityDraft d, EntityType type) {
        if (d.type == null) {
            d.type = type;
            d.strength = Mention.CONTEXT;
        }
    }

    private static boolean isOrgLike(Slot s) {
        return s.root().type == EntityType.ORGANIZATION || s.root().type == null;
    }

    private boolean insideSlot(SentenceView v, int i) {
        for (Slot s : v.slots) {
            // an untyped capitalised word ("Supports the DREAM Act") may well be the cue itself
            if (!s.reference() && s.root().type != null && i >= s.from() && i < s.to()) {
                return true;
            }
        }
        return false;
    }

    static boolean negated(List<Token> t, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            String w = t.get(k).lower();
            if (w.equals("not") || w.equals("never") || w.equals("n't") || w.equals("neither") || w.equals("nor")) {
                return true;
            }
            if (w.equals("no") && !(k + 1 < t.size() && t.get(k + 1).lower().equals("longer"))) {
                return true;
            }
            if (w.equals(",") || w.equals(";")) {
                return false;
            }
        }
        return false;
    }

    private static String next(List<Token> t, int i) {
        return i + 1 < t.size() ? t.get(i + 1).lower() : "";
    }

    private static String prev(List<Token> t, int i) {
        return i > 0 ? t.get(i - 1).lower() : "";
    }

    private static boolean colonBetween(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).is(":") || t.get(k).is("\u2014") || t.get(k).is("\u2013")) {
                return true;
            }
        }
        return false;
    }

    private static boolean withinNext(List<Token> t, int i, int n, String word) {
        for (int k = i + 1; k < t.size() && k <= i + n; k++) {
            if (t.get(k).lower().equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(List<Token> t, Set<String> words) {
        for (Token x : t) {
            if (words.contains(x.lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWord(List<Token> t, String w) {
        for (Token x : t) {
            if (x.lower().equals(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsSequence(List<Token> t, String a, String b) {
        for (int k = 0; k + 1 < t.size(); k++) {
            if (t.get(k).lower().equals(a) && t.get(k + 1).lower().equals(b)) {
                return true;
            }
        }
        return false;
    }

    /** The actor of a cue: the nearest person or organization before it that is not a prepositional object. */
    private EntityDraft actorBefore(SentenceView v, int i, boolean orgOnly) {
        List<Token> t = v.tokens;
        // "The X Foundation, which A and B established in 2016, also donated": the actor stands before the relative clause
        int rel = -1;
        for (int k = i - 1; k > 0; k--) {
            String w = t.get(k).lower();
            if ((w.equals("which") || w.equals("who")) && t.get(k - 1).is(",")
                || w.equals("that") && i - k <= 4 && t.get(k - 1).isWord() && Character.isLowerCase(t.get(k - 1).text().charAt(0))) {
                rel = k;
                break;
            }
        }
        if (rel > 0) {
            boolean closed = false;
            for (int k = rel + 1; k < i; k++) {
                if (t.get(k).is(",")) {
                    closed = true;
                }
            }
            Slot head = slotEndingAt(v, rel - 1);
            boolean inside = !closed && i - rel <= 4;
            if (head == null && inside) {
                for (Slot s : v.slots) {
                    if (s.to() < rel && rel - s.to() <= 8 && !s.reference() && s.root().type != null) {
                        head = s;
                    }
                }
            }
            if ((closed || inside) && head != null && head.root().type != EntityType.LEGISLATION && head.root().type != EntityType.CAMPAIGN
                && !(orgOnly && head.root().type == EntityType.PERSON) && i - rel <= 30 && !SUPPORT.contains(t.get(i).lower())) {
                return head.root();
            }
        }
        Slot fallback = null;
        for (int k = v.slots.size() - 1; k >= 0; k--) {
            Slot s = v.slots.get(k);
            if (s.to() > i) {
                continue;
            }
            EntityType type = s.root().type;
            if (type == EntityType.LEGISLATION || type == EntityType.CAMPAIGN || (orgOnly && type == EntityType.PERSON)) {
                continue;
            }
            if (clauseBreakBetween(t, s.to(), i)) {
                break;
            }
            if (type == null || modifier(t, s)) {
                if (fallback == null) {
                    fallback = s;
                }
                continue;
            }
            String p = prev(t, s.from());
            if (s.to() < t.size() && t.get(s.to()).is("'s")) {
                continue;
            }
            if (PREPOSITIONS.contains(p) && !p.equals("by")) {
                if (fallback == null) {
                    fallback = s;
                }
                continue;
            }
            Slot owner = Appositives.describedBefore(v, s, i);
            if (owner != null && !(orgOnly && owner.root().type == EntityType.PERSON)) {
                return owner.root();
            }
            return s.root();
        }
        return fallback == null ? null : fallback.root();
    }

    private static boolean clauseBreakBetween(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = t.get(k).lower();
            if (w.equals(";") || w.equals("whose")) {
                return true;
            }
        }
        return false;
    }

    /** "NumbersUSA and Eagle Forum joined": every actor coordinated right before the cue. */
    private List<Slot> coordinatedBefore(SentenceView v, int i) {
        List<Token> t = v.tokens;
        List<Slot> result = new ArrayList<>();
        EntityDraft first = actorBefore(v, i, false);
        if (first == null) {
            return result;
        }
        Slot anchor = null;
        for (Slot s : v.slots) {
            if (s.root() == first && s.to() <= i) {
                anchor = s;
            }
        }
        if (anchor == null) {
            return result;
        }
        result.add(anchor);
        int idx = v.slots.indexOf(anchor);
        for (int k = idx - 1; k >= 0; k--) {
            Slot s = v.slots.get(k);
            Slot after = v.slots.get(k + 1);
            String gap = EntityResolver.join(t, s.to(), after.from()).toLowerCase();
            if (gap.equals("and") || gap.equals(", and") || gap.equals(",") || gap.equals("and the") || gap.equals(", and the")
                || gap.equals(", the")) {
                if (s.root().type == first.type || s.root().type == null) {
                    result.add(0, s);
                    continue;
                }
            }
            break;
        }
        return result;
    }

    /** Entities listed from a position on: "A, B, and the C", stopping where the list ends. */
    private List<Slot> list(SentenceView v, int from, boolean orgsOnly) {
        List<Token> t = v.tokens;
        List<Slot> result = new ArrayList<>();
        int cursor = from;
        for (Slot s : v.slots) {
            if (s.from() < from) {
                continue;
            }
            if (result.isEmpty() ? !leadIn(t, cursor, s.from())
                : !glueOnly(t, cursor, s.from(), 8) && !ListGaps.skippable(t, cursor, s.from())) {
                break;
            }
            EntityType type = s.root().type;
            if (orgsOnly && (type == EntityType.LEGISLATION || type == EntityType.CAMPAIGN) || modifier(t, s)
                || !result.isEmpty() && prev(t, s.from()).equals("of")) {
                cursor = s.to();
                continue;
            }
            result.add(s);
            cursor = s.to();
        }
        return result;
    }

    /** ", and the sociologist Julian Samora": an item introduced by a short description. */
    private static boolean descriptionThenName(List<Token> t, int from, int to) {
        int k = from;
        if (k < to && t.get(k).lower().equals("and")) {
            k++;
        }
        if (k + 1 < to && (t.get(k).lower().equals("together") || t.get(k).lower().equals("along")) && t.get(k + 1).lower().equals("with")) {
            k += 2;
        }
        if (k < to && Set.of("the", "a", "an", "his", "her", "their").contains(t.get(k).lower())) {
            k++;
        } else {
            return false;
        }
        for (; k < to; k++) {
            Token x = t.get(k);
            if (x.is(",") && k == to - 1 && k > from + 1) {
                continue; // "and her son, Tomas Weil": the description stands in apposition
            }
            if (!x.isWord() || CLAUSE_END.contains(x.lower())) {
                return false;
            }
        }
        return to - from <= 7;
    }

    /** Before the first item of a list any short description may stand: "by the organizers A and B". */
    private static boolean leadIn(List<Token> t, int from, int to) {
        if (to - from > 6) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String w = t.get(k).lower();
            if (CLAUSE_END.contains(w) || w.equals(".") || w.equals(",") && k > from && to - k > 3) {
                return false;
            }
        }
        return true;
    }

    private boolean glueOnly(List<Token> t, int from, int to, int maxGap) {
        if (to - from > maxGap) {
            return false;
        }
        if (to - from >= 2 && t.get(from).is(",") && descriptionThenName(t, from + 1, to)) {
            return true;
        }
        if (to - from >= 2 && (t.get(from).lower().equals("and") || t.get(from).lower().equals("together")) && descriptionThenName(t, from, to)) {
            return true;
        }
        for (int k = from; k < to; k++) {
            Token x = t.get(k);
            String w = x.lower();
            if (CLAUSE_END.contains(w) || w.equals(".")) {
                return false;
            }
            if (LIST_GLUE.contains(w) || (x.isWord() && x.isCapitalized()) || w.equals("'s") || x.isNumber() || w.equals("$")) {
                continue;
            }
            if (x.isWord() && k > from && Character.isLowerCase(x.text().charAt(0)) && to - k <= 2
                && Set.of("against", "later").contains(w)) {
                continue;
            }
            return false;
        }
        return true;
    }

    private EntityDraft possessorBefore(SentenceView v, int i) {
        List<Token> t = v.tokens;
        for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
            if (t.get(k).is("'s") || t.get(k).lower().equals("its") || t.get(k).lower().equals("their")) {
                if (t.get(k).lower().equals("its")) {
                    for (Slot s : v.slots) {
                        if (s.from() == k) {
                            return s.root();
                        }
                    }
                    return subject;
                }
                if (t.get(k).lower().equals("their")) {
                    return null;
                }
                Slot s = slotEndingAt(v, k);
                return s != null && s.root().type != EntityType.PERSON ? s.root() : null;
            }
            Token x = t.get(k);
            if (!x.isWord() || (x.isCapitalized() && !insideAnySlot(v, k))) {
                return null;
            }
        }
        return null;
    }

    private int possessorSlotStart(SentenceView v, int i) {
        List<Token> t = v.tokens;
        for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
            if (t.get(k).is("'s")) {
                Slot s = slotEndingAt(v, k);
                return s == null ? k : s.from();
            }
        }
        return i;
    }

    private static boolean insideAnySlot(SentenceView v, int k) {
        for (Slot s : v.slots) {
            if (k >= s.from() && k < s.to()) {
                return true;
            }
        }
        return false;
    }

    private static Slot slotEndingAt(SentenceView v, int end) {
        for (Slot s : v.slots) {
            if (s.to() == end) {
                return s;
            }
        }
        return null;
    }

    private static Slot slotStartingNear(SentenceView v, int pos, int slack) {
        for (Slot s : v.slots) {
            if (s.from() >= pos && s.from() <= pos + slack) {
                return s;
            }
        }
        return null;
    }

    private Slot nearestBefore(SentenceView v, int i, EntityType type, int maxDistance) {
        Slot best = null;
        Slot governed = null;
        Slot modifying = null;
        List<Token> t = v.tokens;
        for (Slot s : v.slots) {
            if (s.to() <= i && s.root().type == type && i - s.to() <= maxDistance) {
                if (type == EntityType.PERSON && !s.reference() && (attributive(t, s) || modifier(t, s))) {
                    modifying = s;
                } else if (type == EntityType.PERSON && !s.reference() && objectOfPreposition(t, s)) {
                    governed = s;
                } else {
                    best = s;
                }
            }
        }
        return best != null ? best : governed != null ? governed : modifying;
    }

    /** "assistant to President Bill Clinton": a person governed by a preposition is not the actor. */
    private boolean objectOfPreposition(List<Token> t, Slot s) {
        int k = s.from() - 1;
        while (k >= 0 && t.get(k).isWord() && t.get(k).isCapitalized() && g.personTitles.contains(t.get(k).text())) {
            k--;
        }
        return k >= 0 && Set.of("to", "for", "with", "by", "against", "under", "from", "than").contains(t.get(k).lower());
    }

    private static final Set<String> FOLLOWERS = Words.of("and", "or", "who", "which", "that", "whose", "was", "were", "is",
        "are", "has", "had", "have", "in", "at", "of", "for", "to", "as", "with", "on", "from", "by", "said", "says", "its",
        "their", "his", "her", "also", "then", "later", "since", "until", "after", "before", "during", "while", "when",
        "but", "the", "a", "an", "will", "would", "could", "can", "did", "does", "do", "not", "over", "into", "about",
        "together", "along", "alongside", "now", "once");

    /** "the former Trump speechwriter": a name followed by the noun it modifies. */
    private static boolean modifier(List<Token> t, Slot s) {
        if (s.reference() || s.to() >= t.size()) {
            return false;
        }
        Token next = t.get(s.to());
        String w = next.lower();
        return next.isWord() && Character.isLowerCase(next.text().charAt(0)) && !FOLLOWERS.contains(w)
            && !w.endsWith("ed") && !w.endsWith("s") && !w.endsWith("ly");
    }

    /** "the Obama administration": a name used as a modifier. */
    private static boolean attributive(List<Token> t, Slot s) {
        return s.to() < t.size() && t.get(s.to()).isWord() && Character.isLowerCase(t.get(s.to()).text().charAt(0))
            && s.from() > 0 && t.get(s.from() - 1).lower().equals("the");
    }

    private static Slot nearestOrgBefore(SentenceView v, int i) {
        Slot best = null;
        for (Slot s : v.slots) {
            if (s.to() <= i && isOrgLike(s)) {
                best = s;
            }
        }
        return best;
    }

    /**
     * "HTU Action Fund" beside "HTU", "Prairie Club Ohio Chapter" beside "Prairie Club": an
     * organization named after another with an added word is its chapter or affiliate.
     */
    void derivedNames(List<EntityDraft> entities, List<SentenceView> views) {
        for (EntityDraft child : entities) {
            if (child.type != EntityType.ORGANIZATION || child.mentions.isEmpty()) {
                continue;
            }
            EntityDraft best = null;
            int bestLength = 0;
            for (EntityDraft parent : entities) {
                if (parent == child || parent.type != EntityType.ORGANIZATION) {
                    continue;
                }
                for (String p : parent.allNames()) {
                    if (p.indexOf(' ') < 0 && !EntityResolver.isAcronym(p)) {
                        continue;
                    }
                    for (String c : child.allNames()) {
                        boolean prefix = c.startsWith(p + " ") && !p.isEmpty() && affiliateSuffix(c.substring(p.length() + 1));
                        boolean suffix = c.endsWith(" " + p) && EntityResolver.isAcronym(p);
                        boolean ofPlace = c.startsWith(p + " of ") && g.isPlace(c.substring(p.length() + 4));
                        if ((prefix || suffix || ofPlace) && p.length() > bestLength && !(c.startsWith(p + " for "))) {
                            best = parent;
                            bestLength = p.length();
                        }
                    }
                }
            }
            if (best != null) {
                Mention first = child.mentions.get(0);
                for (Mention m : child.mentions) {
                    if (m.start < first.start) {
                        first = m;
                    }
                }
                add(RelationshipType.HIERARCHY, best, child, views.get(first.sentence), 0.55);
            }
        }
    }

    private static final Set<String> AFFILIATE_WORDS = Words.of("Action", "Fund", "Foundation", "Votes", "Chapter",
        "Local", "Education", "Educational", "PAC", "Institute", "Network", "Project", "Inc.", "Trust", "Center",
        "Society", "Committee", "Council", "Federation", "Association", "International", "Legal", "Defense", "Law",
        "Policy", "Research", "Political", "Victory", "Youth", "Students", "Affiliates", "Alliance");

    /** What an affiliate adds to its parent's name: "Action Fund", "Maryland Chapter", "Local 2015". */
    private boolean affiliateSuffix(String rest) {
        boolean any = false;
        for (String w : rest.split(" ")) {
            if (AFFILIATE_WORDS.contains(w)) {
                any = true;
            } else if (g.isPlace(w) && rest.split(" ").length <= 3) {
                any = true; // "Prairie Club Ohio Chapter", "Americans for Prosperity – Texas"
            } else if (!(w.chars().allMatch(Character::isDigit) || w.equals("of") || w.equals("and") || w.equals("\u2013") || w.equals("-"))) {
                return false;
            }
        }
        return any;
    }

    /** After all sentences: a campaign nobody was said to run is the subject's. */
    void defaultCampaigns(List<EntityDraft> entities, List<SentenceView> views) {
        if (subject == null) {
            return;
        }
        for (EntityDraft e : entities) {
            if (e.type != EntityType.CAMPAIGN) {
                continue;
            }
            boolean run = false;
            for (RelationDraft r : out) {
                if (r.type == RelationshipType.CAMPAIGN && r.target == e) {
                    run = true;
                    break;
                }
            }
            if (run || e.mentions.isEmpty()) {
                continue;
            }
            Mention first = e.mentions.get(0);
            for (Mention m : e.mentions) {
                if (m.start < first.start) {
                    first = m;
                }
            }
            SentenceView v = views.get(first.sentence);
            RelationDraft r = add(RelationshipType.CAMPAIGN, subject, e, v, 0.5);
            Dates d = Dates.around(v.tokens, 0, v.tokens.size());
            r.start = d.start;
        }
    }

    List<RelationDraft> relations() {
        return out;
    }
}
