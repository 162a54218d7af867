package io.powermap.ingest.extraction.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.powermap.contract.EntityType;
import io.powermap.ingest.extraction.relations.args.Tokens;
import io.powermap.contract.NameKeys;
import io.powermap.ingest.extraction.text.Tokenizer;
import io.powermap.ingest.extraction.mentions.Mention;
import io.powermap.ingest.extraction.mentions.QuotedOwnNames;
import io.powermap.ingest.extraction.mentions.NameChunker;
import io.powermap.ingest.extraction.mentions.NameFields;
import io.powermap.ingest.extraction.layout.BlockKind;
import io.powermap.ingest.extraction.lexicon.Gazetteer;
import io.powermap.ingest.extraction.lexicon.KindWords;
import io.powermap.ingest.extraction.lexicon.Words;
import io.powermap.ingest.extraction.mentions.SmallWordNames;
import io.powermap.ingest.extraction.text.Token;

/**
 * Merges the names of a document into entities: one entity per normalised name, then an acronym
 * and its long form, "X, formerly Y", "renamed Y", a law and its formal title, and a bare surname
 * with the full name it shortens. The subject is the organization the title line names.
 */
public final class EntityResolver {

    private static final Pattern TRAILING_COMMA = Pattern.compile(",$");
    private static final Pattern WORD_GAPS = Pattern.compile("[\\s-]+");
    private static final Pattern FORMALLY_NAMED = Pattern.compile(", (?:formally|officially) (?:titled|named|known as|called)(?: the)?");
    private static final Pattern ALSO_CALLED = Pattern.compile(", (?:also )?(?:known as|called)(?: the)?");
    private static final Pattern KNOWN_AS = Pattern.compile(", (?:also |better |widely |commonly |locally )?known(?: \\p{L}+){0,2} as(?: the)?");
    private static final Pattern FORMERLY_NAMED = Pattern.compile(", (?:formerly|previously|originally|once|also)(?: known as| called| named)?(?: the)?");
    /** A bracketed gloss before another name of the body: "( in English usually the", "; English :", "( literally". */
    private static final Pattern GLOSS = Pattern.compile("^(?:\\( |[;,] )(?:in english|english :|known in english as|literally|lit \\.|translated as)"
        + "(?: ,)?(?: (?!as\\b|the\\b)\\p{Ll}+)?(?: as)?(?: ,| :)?(?: the)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BRACKETED_ACRONYM = Pattern.compile("^(?:\\( ?\\p{Lu}[\\p{L}.&-]{1,11} ?\\) ?|\\) ?)(?=,)");

    /** Where a subject's name may be cut to its head: "Fundo Brasil de Direitos Humanos" is also "Fundo Brasil". */
    private static final Set<String> HEAD_CUTS = Set.of("on", "for", "of", "in", "to", "de", "del", "da", "do", "das", "dos",
        "para", "pour", "für");
    private static final Set<String> LEGAL_FORM_VERBS = Set.of("registered", "incorporated", "constituted", "chartered");
    private static final Set<String> ALIAS_CUES = Set.of("formerly", "previously", "originally", "aka", "renamed");

    private final Map<String, EntityDraft> byKey = new LinkedHashMap<>();
    private final List<EntityDraft> drafts = new ArrayList<>();
    public EntityDraft subject;
    private String siteName;
    private SentenceView headline;
    /** The document has no title line (nor a site name): its subject is chosen again after the merges. */
    private boolean untitled;
    private String titleKey = "";

    public static String key(String name) {
        return NameKeys.of(name);
    }

    public List<EntityDraft> drafts() {
        List<EntityDraft> roots = new ArrayList<>();
        for (EntityDraft d : drafts) {
            if (d.mergedInto == null) {
                roots.add(d);
            }
        }
        return roots;
    }

    public EntityDraft draftFor(String name) {
        EntityDraft d = byKey.get(key(name));
        return d == null ? null : d.root();
    }

    /**
     * @param title    the document's title, or null
     * @param siteName the site part of a web page's title, or null
     */
    public void resolve(List<SentenceView> views, String title, String siteName) {
        titleKey = key((title == null ? "" : title) + " " + (siteName == null ? "" : siteName)).trim();
        this.siteName = siteName;
        for (SentenceView v : views) {
            for (Mention m : v.mentions) {
                String name = withoutLegalForm(m);
                String k = key(name);
                if (k.isEmpty()) {
                    continue;
                }
                EntityDraft d = byKey.get(k);
                if (d == null) {
                    d = new EntityDraft(name);
                    byKey.put(k, d);
                    drafts.add(d);
                }
                d = d.root();
                if (!name.equals(m.name)) {
                    d.aliases.add(m.name); // "Harbor Action Group Inc." is "Harbor Action Group" by its legal form
                }
                if (m.alternateName != null && !m.alternateName.equals(d.name)) {
                    d.aliases.add(m.alternateName);
                }
                d.mentions.add(m);
                d.firstStart = Math.min(d.firstStart, m.start);
                d.offerType(m.type, m.strength);
                m.entity = d;
            }
        }
        for (SentenceView v : views) {
            definedAsBody(v);
        }
        namesWithAnArticle();
        chooseSubject(views, title);
        for (SentenceView v : views) {
            aliasesIn(v);
        }
        otherNameFields(views);
        acronymsByInitials();
        acronymExpansions();
        placeSuffixes();
        shortForms();
        quotedOwnNames();
        webAddresses();
        ContainedNames.join(this);
        if (untitled) {
            // the body named most often may be one the text only passes through; a body it keeps calling
            // "the foundation", "the trust" (twice or more, and more often than that one is named) is what it is about
            Called called = mostCalledByKindWord(views);
            if (called != null && (subject == null
                || called.body() != subject.root() && called.times() > subject.root().mentions.size())) {
                subject = called.body();
                subject.offerType(EntityType.ORGANIZATION, Mention.LEXICAL + 1);
            }
        }
        if (headline != null && !subjectFromField) {
            // merges change how often each organization is named; a story's subject is chosen again
            EntityDraft again = mostNamedOrganization(headline, views);
            if (again != null) {
                if (subject != null && subject.root() != again && again.name.startsWith(subject.root().name + " ")) {
                    merge(again, subject.root()); // the headline's "Open Society" is the body's "Open Society Foundations"
                }
                boolean changed = subject == null || subject.root() != again;
                subject = again;
                subject.offerType(EntityType.ORGANIZATION, Mention.LEXICAL + 1);
                if (changed) {
                    shortForms(); // "Enough" for a story's subject "Enough Nigeria", known only now
                }
            }
        }
        surnames(views);
    }

    /** A company's name without the legal form that ends it, when two or more words remain. */
    static String withoutLegalForm(Mention m) {
        if (m.type == EntityType.PERSON) {
            return m.name;
        }
        String name = m.name;
        int space = name.lastIndexOf(' ');
        // "Acme Holdings Pty Ltd"; not "Office of the AG": a two-letter code only after a name's capitalised word
        while (space > 0 && name.indexOf(' ') < space && NameChunker.isCorporateSuffix(name.substring(space + 1))
            && name.length() - space > 3 && Character.isUpperCase(name.charAt(name.lastIndexOf(' ', space - 1) + 1))) {
            name = TRAILING_COMMA.matcher(name.substring(0, space)).replaceAll("");
            space = name.lastIndexOf(' ');
        }
        return name;
    }

    private void aliasesIn(SentenceView v) {
        List<Token> t = v.tokens;
        List<Mention> ms = v.mentions;
        for (int i = 0; i < ms.size(); i++) {
            Mention a = ms.get(i);
            if (a.entity == null) {
                continue;
            }
            Mention b = i + 1 < ms.size() ? ms.get(i + 1) : null;
            if (b == null || b.entity == null) {
                continue;
            }
            int gapFrom = a.tokEnd;
            int gapTo = b.tokStart;
            String gap = Tokens.join(t, gapFrom, gapTo);
            boolean close = gapTo < t.size() && b.tokEnd < t.size() && t.get(b.tokEnd).is(")");
            if ((gap.equals("(") || gap.equals("( the")) && close && compatible(a, b)
                && (b.isAcronym() || b.type == EntityType.LEGISLATION || a.type == b.type || shortFormOf(b.name, a.name))) {
                merge(a.entity, b.entity);
                continue;
            }
            if (close && a.type != EntityType.PERSON && compatible(a, b) && glosses(t, a, gap)) {
                merge(a.entity, b.entity); // "X (in English, Y)", "X (XYZ; in English usually the Y)"
                continue;
            }
            if (gap.equals("(") && b.isAcronym() && b.tokEnd < t.size() && (t.get(b.tokEnd).is(";") || t.get(b.tokEnd).is(","))
                && a.type != EntityType.PERSON && compatible(a, b)) {
                merge(a.entity, b.entity); // "X (XYZ; ...)": the acronym opens a bracket that goes on
                continue;
            }
            if (v.sentence.kind() == BlockKind.TITLE && ms.size() == 2 && TitleLine.DASHES.contains(gap) && compatible(a, b)
                && a.tokStart == 0 && (b.tokEnd == t.size() || t.get(b.tokEnd).is("(") && t.get(t.size() - 1).is(")"))
                && (isAcronym(a.name) || isAcronym(b.name)) && a.type != EntityType.PERSON && b.type != EntityType.PERSON) {
                merge(a.entity, b.entity); // a header giving two names of one body: "INESC — Instituto de Estudos ..."
                continue;
            }
            if (a.type == EntityType.LEGISLATION && b.type == EntityType.LEGISLATION
                && (gap.equals(",") || gap.equals(", the") || FORMALLY_NAMED.matcher(gap).matches()
                || ALSO_CALLED.matcher(gap).matches() || gap.equals("("))) {
                merge(a.entity, b.entity);
                continue;
            }
            // "X (XYZ), known in English as Y": the acronym in brackets between them changes nothing
            String afterAcronym = BRACKETED_ACRONYM.matcher(gap).replaceFirst(""); // not "(2010-2022)"
            boolean knownAs = KNOWN_AS.matcher(afterAcronym).matches()
                || FORMERLY_NAMED.matcher(afterAcronym).matches();
            // "X, known at home as Y", "X, known in Polish as Y": Y is another name of X
            if (knownAs && compatible(a, b) && a.type != EntityType.PERSON) {
                merge(a.entity, b.entity);
            }
        }
        // "renamed X", "changed its name to X", "now known as X", "began ... as the X"
        for (Mention b : ms) {
            if (b.entity == null || b.tokStart < 2) {
                continue;
            }
            String before1 = t.get(b.tokStart - 1).lower();
            String before2 = t.get(b.tokStart - 2).lower();
            boolean renamed = before1.equals("renamed") || (before1.equals("the") && before2.equals("renamed"))
                || (before1.equals("to") && before2.equals("name"))
                || (before1.equals("as") && (before2.equals("known") || before2.equals("operate")) && !before2.equals("serve"));
            // "its drive, known as X" names the drive, not a new name for the group
            renamed &= !SmallWordNames.namesEffort(t, b.tokStart);
            int k = b.tokStart - 1;
            if (t.get(k).lower().equals("the") && k > 0) {
                k--;
            }
            if (!renamed && subject != null && k >= 1 && t.get(k).lower().equals("as") && b.type != EntityType.PERSON
                && LEGAL_FORM_VERBS.contains(t.get(k - 1).lower()) && b.entity.root() != subject) {
                merge(subject, b.entity); // "we were registered as the Fundación X": the subject's legal name
                continue;
            }
            if (!renamed && subject != null && t.get(k).lower().equals("as") && b.type != EntityType.PERSON
                && !v.mentions.isEmpty() && v.mentions.get(0).entity != null && v.mentions.get(0).entity.root() == subject
                && startedBefore(t, k)) {
                merge(subject, b.entity);
                continue;
            }
            if (renamed) {
                EntityDraft target = renameTarget(v, b);
                if (target != null && target != b.entity.root()) {
                    EntityType kind = target.type;
                    int strength = target.strength;
                    merge(target, b.entity);
                    if (kind != null) {
                        // a new name does not change what kind of thing was renamed
                        target.root().type = kind;
                        target.root().strength = Math.max(strength, target.root().strength);
                    }
                }
            }
        }
    }

    /**
     * Whether the words between a and the next name gloss a in brackets: a opens the bracket
     * ("X (in English, Y)") or is the acronym that does ("X (XYZ; in English the Y)").
     */
    private static boolean glosses(List<Token> t, Mention a, String gap) {
        boolean opens = gap.startsWith("( ");
        boolean acronymInBracket = a.isAcronym() && a.tokStart > 0 && t.get(a.tokStart - 1).is("(") && !opens;
        return (opens || acronymInBracket) && GLOSS.matcher(gap).matches();
    }

    /** What a rename applies to: the name just before it, else the last thing of the kind the sentence's noun names. */
    private EntityDraft renameTarget(SentenceView v, Mention b) {
        for (int k = v.mentions.indexOf(b) - 1; k >= 0; k--) {
            Mention a = v.mentions.get(k);
            if (a.entity != null && a.type != EntityType.PERSON) {
                return a.entity.root();
            }
        }
        String lead = Tokens.join(v.tokens, 0, Math.min(3, v.tokens.size())).toLowerCase(Locale.ROOT);
        if (lead.matches("the (?:program|programme|project|initiative|campaign|drive|effort).*")) {
            EntityDraft last = null;
            for (EntityDraft d : drafts) {
                if (d.mergedInto == null && d.type == EntityType.CAMPAIGN && d.firstStart < b.start
                    && (last == null || d.firstStart > last.firstStart)) {
                    last = d;
                }
            }
            return last;
        }
        return subject;
    }

    private static boolean startedBefore(List<Token> t, int k) {
        for (int i = 0; i < k; i++) {
            String w = t.get(i).lower();
            if (w.equals("began") || w.equals("founded") || w.equals("started") || w.equals("established")
                || w.equals("formed") || w.equals("incorporated") || w.equals("organized")) {
                return true;
            }
        }
        return false;
    }

    private static boolean compatible(Mention a, Mention b) {
        if (a.type == EntityType.PERSON || b.type == EntityType.PERSON) {
            return a.type == b.type;
        }
        return true;
    }

    private void acronymsByInitials() {
        for (EntityDraft acr : drafts()) {
            if (!isAcronym(acr.name)) {
                continue;
            }
            String letters = acr.name.replace(".", "").replace("&", "");
            List<EntityDraft> matches = new ArrayList<>();
            for (EntityDraft d : drafts()) {
                if (d != acr && d.type != EntityType.PERSON && d.name.indexOf(' ') >= 0 && initials(d.name).equals(letters)) {
                    matches.add(d);
                }
            }
            EntityDraft match = matches.size() == 1 ? matches.get(0) : matches.isEmpty() ? null : standsFor(matches);
            if (match != null) {
                merge(match, acr);
            }
        }
    }

    /**
     * Two bodies share the initials ("NRC" beside two councils): the page's subject, the one its
     * title names, or the one it names most often is the one the acronym stands for; else none.
     */
    private EntityDraft standsFor(List<EntityDraft> matches) {
        EntityDraft titled = null;
        int titledCount = 0;
        EntityDraft most = null;
        int mostCount = 0;
        int second = 0;
        for (EntityDraft d : matches) {
            if (subject != null && d.root() == subject.root()) {
                return subject.root();
            }
            if (!titleKey.isEmpty() && titleKey.contains(key(d.name))) {
                titled = d;
                titledCount++;
            }
            int n = d.mentions.size();
            if (n > mostCount) {
                second = mostCount;
                mostCount = n;
                most = d;
            } else if (n > second) {
                second = n;
            }
        }
        if (titledCount == 1) {
            return titled;
        }
        return mostCount >= 2 && mostCount > second ? most : null;
    }

    /** "AFP Foundation" is "Americans for Prosperity Foundation" once AFP is known to stand for the longer name. */
    private void acronymExpansions() {
        for (EntityDraft d : drafts()) {
            int space = d.name.indexOf(' ');
            if (space < 0 || d.type == EntityType.PERSON) {
                continue;
            }
            EntityDraft owner = draftFor(d.name.substring(0, space));
            if (owner == null || owner == d.root() || !isAcronym(d.name.substring(0, space))) {
                continue;
            }
            EntityDraft full = draftFor(owner.name + d.name.substring(space));
            if (full != null && full != d.root() && full != owner) {
                merge(full, d);
            }
        }
    }

    /**
     * "the Harbor Conference" for "Harbor Conference on Civil and Tenant Rights": the subject
     * named by the words before its first connector. "Sierra Club" stays apart from a subject named
     * "Prairie Club Foundation", whose next word is a keyword, not a connector.
     */
    private void subjectHead() {
        if (subject == null) {
            return;
        }
        String[] words = subject.name.split(" ");
        int cut = -1;
        for (int k = 2; k < words.length; k++) {
            if (HEAD_CUTS.contains(words[k])) {
                cut = k;
                break;
            }
        }
        if (cut < 0) {
            return;
        }
        String head = String.join(" ", java.util.Arrays.copyOf(words, cut));
        for (EntityDraft d : drafts()) {
            if (d != subject.root() && d.name.equals(head) && (d.type == EntityType.ORGANIZATION || d.type == null)) {
                merge(subject.root(), d);
            }
        }
    }

    /**
     * "Moss Foundation" for a subject named "A.B. Moss Family Foundation": a name of two or more
     * words that keeps the subject's last word and skips only initials and middle words of it.
     */
    private void subjectWithoutMiddle() {
        if (subject == null) {
            return;
        }
        List<String> full = List.of(subject.root().name.split(" "));
        if (full.size() < 3) {
            return;
        }
        for (EntityDraft d : drafts()) {
            if (d == subject.root() || d.root() != d || !(d.type == EntityType.ORGANIZATION || d.type == null)) {
                continue;
            }
            List<String> part = List.of(d.name.split(" "));
            if (part.size() >= 2 && part.size() < full.size() && part.get(part.size() - 1).equals(full.get(full.size() - 1))
                && !part.get(0).equals(full.get(0)) && orderedWithin(part, full)) {
                merge(subject.root(), d);
            }
        }
    }

    private static boolean orderedWithin(List<String> part, List<String> full) {
        int k = 0;
        for (String w : full) {
            if (k < part.size() && w.equals(part.get(k))) {
                k++;
            }
        }
        return k == part.size();
    }

    /** "foodwatch.de" beside "foodwatch": a body's web address names the body. */
    private void webAddresses() {
        for (EntityDraft address : drafts()) {
            if (!Tokenizer.isWebAddress(address.name)) {
                continue;
            }
            String stem = NameKeys.of(address.name.substring(0, address.name.lastIndexOf('.')));
            for (EntityDraft body : drafts()) {
                if (body != address && body.root() != address.root() && body.type == EntityType.ORGANIZATION
                    && (body.allNames().stream().anyMatch(n -> NameKeys.of(n).equals(stem))
                        || body.mentions.stream().anyMatch(m -> NameKeys.of(m.name).equals(stem)))) {
                    merge(body, address);
                    break;
                }
            }
        }
    }

    /** "Heritage" after "Heritage Foundation": a one-word short form of exactly one organization's name. */
    private void shortForms() {
        subjectHead();
        subjectWithoutMiddle();
        Gazetteer g = Gazetteer.INSTANCE;
        for (EntityDraft shortDraft : drafts()) {
            if (shortDraft.name.indexOf(' ') >= 0 || shortDraft.type == EntityType.PERSON || isAcronym(shortDraft.name)
                || shortDraft.type == EntityType.LEGISLATION || shortDraft.type == EntityType.CAMPAIGN) {
                continue;
            }
            boolean surname = false;
            for (EntityDraft p : drafts()) {
                surname |= p.type == EntityType.PERSON && p.name.indexOf(' ') > 0 && p.lastName().equals(shortDraft.name);
            }
            if (surname) {
                continue; // "Quist" beside "Elmer Quist" and "Quist Industries" is the family, not the company
            }
            EntityDraft match = null;
            int count = 0;
            for (EntityDraft d : drafts()) {
                if (d == shortDraft || d.type != EntityType.ORGANIZATION) {
                    continue;
                }
                String[] words = (d.name.startsWith("The ") ? d.name.substring(4) : d.name).split(" ");
                if (words.length == 2 && words[0].equals(shortDraft.name)) {
                    boolean rest = g.orgKeywords.contains(words[1])
                        && !Set.of("Action", "Fund", "Votes", "PAC", "Local", "Chapter").contains(words[1]);
                    if (rest) {
                        match = d;
                        count++;
                    }
                }
            }
            EntityDraft longer = count == 0 && subject != null ? onlyOrganizationStartingWith(shortDraft.name) : null;
            if (longer == null && count == 0 && subject != null) {
                longer = legalNameEndingWith(shortDraft.name); // "Fundación Ciudadana Civio" for "Civio"
            }
            if (longer != null && (longer == subject.root() || shortDraft == subject.root())) {
                match = longer; // "Lakeside" for the document's subject "Lakeside Tenants Alliance"
                count = 1;
            }
            if (count == 1 && match != null) {
                if (subject != null && subject.root() == shortDraft) {
                    subject = match; // a headline story names its subject by the short form more often than in full
                }
                merge(match, shortDraft);
            }
        }
    }

    /** 'Centre "Hearth"' and "Hearth" alone are one body: the name in quotation marks is its short form. */
    private void quotedOwnNames() {
        for (EntityDraft d : drafts()) {
            String inner = d.type == EntityType.ORGANIZATION ? QuotedOwnNames.inner(d.name) : null;
            EntityDraft alone = inner == null ? null : draftFor(inner);
            if (alone != null && alone != d.root() && alone.type != EntityType.PERSON) {
                merge(d.root(), alone);
            }
        }
    }

    /**
     * The one organization whose name is a legal form's keyword, any words, then {@code word}:
     * "Fundación Ciudadana Civio", "Stiftung Datenschutz Nord" is not one ("Nord" is not the short name).
     */
    private EntityDraft legalNameEndingWith(String word) {
        EntityDraft only = null;
        boolean ambiguous = false;
        for (EntityDraft d : drafts()) {
            int space = d.name.indexOf(' ');
            if (d.type == EntityType.ORGANIZATION && space > 0 && d.name.endsWith(" " + word)
                && Gazetteer.INSTANCE.orgKeywords.contains(d.name.substring(0, space))) {
                if (subject != null && d.root() == subject.root()) {
                    return d.root(); // "Lewiatan" beside "Akademia Lewiatan": the document's own body
                }
                if (only != null && only != d.root()) {
                    ambiguous = true;
                }
                only = d.root();
            }
        }
        return ambiguous ? null : only;
    }

    private EntityDraft onlyOrganizationStartingWith(String word) {
        EntityDraft only = null;
        for (EntityDraft d : drafts()) {
            if (d.type == EntityType.ORGANIZATION && d.name.startsWith(word + " ")) {
                if (only != null && only != d.root()) {
                    return null;
                }
                only = d.root();
            }
        }
        return only;
    }

    /** "League of Women Voters of the United States" and "League of Women Voters" are one body. */
    /** "Democratic Party" after "Democratic Party of Korea": a body's name without its country. */
    private static final Set<String> COUNTRIES = Words.load("places-countries.txt");

    private void placeSuffixes() {
        for (EntityDraft longer : drafts()) {
            if (longer.type != EntityType.ORGANIZATION) {
                continue;
            }
            for (EntityDraft shorter : drafts()) {
                if (shorter == longer || shorter.root() == longer.root() || shorter.type == EntityType.PERSON
                    || shorter.name.indexOf(' ') < 0) {
                    continue;
                }
                String rest = longer.name.startsWith(shorter.name + " ") ? longer.name.substring(shorter.name.length() + 1) : null;
                boolean country = rest != null && rest.startsWith("of ") && COUNTRIES.contains(rest.substring(3));
                if (rest != null && (country || rest.matches("(?:of (?:the )?)?(?:United States|America|USA|U\\.S\\.|US)"))) {
                    merge(longer.root(), shorter.root());
                } else if (rest != null && PlaceTails.isPlaceTail(rest) && onlyLongerWithPlaceTail(shorter) == longer) {
                    merge(longer.root(), shorter.root()); // "Civic Forum" for "Civic Forum de Ruritanie"
                }
            }
        }
    }

    /** The one organization named as {@code shorter} and a place tail, or null when none or more than one. */
    private EntityDraft onlyLongerWithPlaceTail(EntityDraft shorter) {
        EntityDraft only = null;
        for (EntityDraft d : drafts()) {
            if (d != shorter && d.type == EntityType.ORGANIZATION && d.name.startsWith(shorter.name + " ")
                && PlaceTails.isPlaceTail(d.name.substring(shorter.name.length() + 1))) {
                if (only != null && only.root() != d.root()) {
                    return null;
                }
                only = d;
            }
        }
        return only;
    }

    /**
     * "Nordic Agency for Rural Development Aid (Narda)": one word in brackets whose letters, in order,
     * are among the name's initials and begin with the first, an abbreviation written as a word.
     */
    static boolean shortFormOf(String word, String name) {
        if (word.indexOf(' ') >= 0 || word.length() < 3 || name.indexOf(' ') < 0) {
            return false;
        }
        String initials = initials(name).toLowerCase(Locale.ROOT);
        String letters = word.toLowerCase(Locale.ROOT);
        if (initials.length() < 3 || letters.length() > initials.length() || letters.charAt(0) != initials.charAt(0)) {
            return false;
        }
        int at = 0;
        for (char c : letters.toCharArray()) {
            at = initials.indexOf(c, at) + 1; // the word's letters appear among the initials, in order
            if (at == 0) {
                return false;
            }
        }
        return true;
    }

    public static boolean isAcronym(String name) {
        if (name.length() < 2 || name.length() > 9 || name.indexOf(' ') >= 0) {
            return false;
        }
        int upper = 0;
        for (char c : name.toCharArray()) {
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }

    public static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : WORD_GAPS.split(name)) {
            if (w.isEmpty() || Set.of("of", "for", "the", "and", "on", "&", "in", "at", "de", "la").contains(w)) {
                continue;
            }
            if (Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    /** A "Subject:" field named the subject above a headline, which no later count may overrule. */
    private boolean subjectFromField;

    private void chooseSubject(List<SentenceView> views, String title) {
        for (SentenceView v : views) {
            if (v.sentence.kind() != BlockKind.TITLE) {
                continue;
            }
            if (isHeadline(v.tokens)) {
                headline = v;
                subject = mostNamedOrganization(v, List.of());
                break;
            }
            for (Mention m : v.mentions) {
                if (m.entity != null && m.type != EntityType.PERSON && m.type != EntityType.LEGISLATION) {
                    subject = m.entity.root();
                    break;
                }
            }
            break;
        }
        // "Our people | Harbor Dune Trust": the page's own title first, then the site it belongs to
        for (String named : new String[] {title, siteName}) {
            if (subject != null || named == null) {
                continue;
            }
            String tk = key(named);
            for (EntityDraft d : drafts()) {
                if (d.type != EntityType.PERSON && !tk.isEmpty() && (tk.startsWith(key(d.name)) && key(d.name).length() > 2)) {
                    subject = d;
                    break;
                }
            }
        }
        EntityDraft named = namedByField(views);
        if (named != null && (headline == null || subjectField(views))) {
            // a form's "Name of organisation:" field, under a title such as "Fact sheet" or the letterhead of the
            // register that issued it: the field says which body the record is about; a "Subject:" field says so
            // above a headline too (a show's or desk's banner line over a file about someone else)
            subject = named;
            subjectFromField = headline != null;
        }
        if (subject == null) {
            // no title: the organization named most often is what the document is about (chosen again once
            // merges are done, counting "the foundation" as a story's subject is: untitled)
            untitled = true;
            int best = 0;
            for (EntityDraft d : drafts()) {
                if (d.type == EntityType.ORGANIZATION && d.mentions.size() > best) {
                    best = d.mentions.size();
                    subject = d;
                }
            }
        }
        if (subject != null) {
            subject.offerType(EntityType.ORGANIZATION, Mention.LEXICAL + 1);
        }
    }

    /**
     * "Short name: XYZ", "Acronym: XYZ" in a form with a "Name:" field: the value is another name of the body that
     * field names, whatever its letters (a short form need not be the name's initials).
     */
    private void otherNameFields(List<SentenceView> views) {
        EntityDraft form = namedByField(views);
        if (form == null) {
            return;
        }
        String full = form.root().name;
        for (SentenceView v : views) {
            int from = NameFields.otherNameValueStart(v.tokens);
            if (from < 0) {
                continue;
            }
            for (Mention m : v.mentions) {
                if (m.tokStart == from && m.entity != null && m.type != EntityType.PERSON && m.entity.root() != form.root()
                    && (m.tokEnd == v.tokens.size() || v.tokens.get(m.tokEnd).is("(") || v.tokens.get(m.tokEnd).is(";"))) {
                    merge(form.root(), m.entity);
                    EntityDraft body = form.root();
                    if (!body.name.equals(full)) {
                        // the short form, named more often, may have been taken for the subject: the body keeps its full name
                        body.aliases.add(body.name);
                        body.name = full;
                        body.aliases.remove(full);
                    }
                }
            }
        }
    }

    /** Whether the first name field among the first lines is labelled as the file's subject ("Subject file: X"). */
    private static boolean subjectField(List<SentenceView> views) {
        for (int k = 0; k < views.size() && k < 12; k++) {
            if (NameFields.valueStart(views.get(k).tokens) >= 0) {
                return NameFields.isSubjectField(views.get(k).tokens);
            }
        }
        return false;
    }

    /** The organization a form's name field gives ("Name:  X" among the first lines), or null. */
    private static EntityDraft namedByField(List<SentenceView> views) {
        for (int k = 0; k < views.size() && k < 12; k++) {
            SentenceView v = views.get(k);
            int from = NameFields.valueStart(v.tokens);
            if (from < 0) {
                continue;
            }
            for (Mention m : v.mentions) {
                if (m.tokStart == from && m.entity != null && m.type == EntityType.ORGANIZATION) {
                    return m.entity.root();
                }
            }
            return null;
        }
        return null;
    }

    /** A news headline is a sentence ("Jury finds ... as gun group tries ..."), not a name. */
    private static final Set<String> HEADLINE_VERBS = Words.load("headline-verbs.txt");

    /**
     * A first line that is a news headline, not a name: three or more lower-case words ("Tenants group wins
     * appeal over rent rules"), or, set in title case, six words or more with a verb a headline uses
     * ("Environmental Group Picks Former Analyst to Succeed Chief").
     */
    private static boolean isHeadline(List<Token> tokens) {
        int words = 0;
        boolean verb = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isWord()) {
                words++;
                verb |= i > 0 && t.isCapitalized() && HEADLINE_VERBS.contains(t.lower());
            }
        }
        if (words >= 6 && verb) {
            return true;
        }
        int lower = 0;
        for (Token t : tokens) {
            if (t.isWord() && Character.isLowerCase(t.text().charAt(0))
                && !Set.of("of", "for", "and", "the", "on", "in", "to", "formerly", "a", "an", "at").contains(t.text())) {
                lower++;
            }
        }
        return lower >= 3;
    }

    /** Tokens of a lead sentence that open its main clause; a body named later sits in a side clause. */
    private static final int LEAD_OPENING = 15;

    private static final Set<String> PUBLICATION_NOUNS = Words.load("publication-nouns.txt");
    private static final int PUBLISHER_BONUS = 8;
    /** How many sentences from the top a masthead may be. */
    private static final int MASTHEAD_SENTENCES = 5;

    /** Bodies a masthead among the first sentences names as publisher: "newsletter of the X", "published by X". */
    private static List<EntityDraft> publishers(List<SentenceView> views) {
        List<EntityDraft> out = new ArrayList<>();
        for (int k = 0; k < views.size() && k < MASTHEAD_SENTENCES; k++) {
            List<Token> t = views.get(k).tokens;
            for (Mention m : views.get(k).mentions) {
                int b = m.tokStart - 1;
                if (b >= 0 && t.get(b).lower().equals("the")) {
                    b--;
                }
                boolean of = b >= 1 && t.get(b).lower().equals("of") && PUBLICATION_NOUNS.contains(t.get(b - 1).lower());
                boolean by = b >= 1 && t.get(b).lower().equals("by") && t.get(b - 1).lower().equals("published");
                if ((of || by) && m.entity != null && m.type != EntityType.PERSON) {
                    out.add(m.entity.root());
                }
            }
        }
        return out;
    }

    /** The organization a news story is about: the one it names most, with a head start for those in the headline. */
    private EntityDraft mostNamedOrganization(SentenceView headline, List<SentenceView> views) {
        Map<EntityDraft, Integer> score = new HashMap<>();
        Set<EntityDraft> defined = definedNames(views);
        for (EntityDraft d : drafts()) {
            if (d.type == EntityType.ORGANIZATION || d.type == null && (defined.contains(d) || namedAgain(d))) {
                // an untyped name the text defines ("Libera is Italy's largest network") or names again and again
                // ("Harbor Justice Ireland", no keyword) may be what it is about
                score.put(d, d.mentions.size() * 2 + (d.type == EntityType.ORGANIZATION ? 1 : 0));
            }
        }
        // "the society said": a story keeps naming its subject by the kind word of its name (counted once merges are
        // done, so a short form in the headline still finds its full name first)
        for (Map.Entry<EntityDraft, Integer> called : kindWordCalls(views, headline, score.keySet()).entrySet()) {
            score.merge(called.getKey(), 2 * called.getValue(), Integer::sum);
        }
        SentenceView lead = firstBodySentence(views, headline);
        if (lead != null) {
            for (Mention m : lead.mentions) {
                if (m.entity != null && score.containsKey(m.entity.root())) {
                    if (m.tokStart < LEAD_OPENING) {
                        // the lead's first body is what the news is about; when the lead describes it (", the
                        // Oslo-based movement"), "the group", "the organisation" further down go on naming it
                        // (up to four of them count); a body the lead only names gets no such bonus
                        int generic = SentenceCaseNames.describedAfter(lead.tokens, m.tokEnd) ? Math.min(4, genericReferencesAfter(views, lead)) : 0;
                        score.computeIfPresent(m.entity.root(), (k, v) -> v + 3 + generic);
                    }
                    break;
                }
            }
        }
        for (EntityDraft publisher : publishers(views)) {
            // "newsletter of the X" under the headline: the body whose voice the text is ("we", "our union")
            score.computeIfPresent(publisher, (k, v) -> v + PUBLISHER_BONUS);
        }
        for (Mention m : headline == null ? List.<Mention>of() : headline.mentions) {
            // "ESRI economist to take the helm": a body named as someone's employer is not what the story is about
            if (m.entity != null) {
                boolean employer = Gazetteer.INSTANCE.roleEnd(headline.tokens, m.tokEnd) >= 0;
                score.computeIfPresent(m.entity.root(), (k, v) -> v + (employer ? 0 : 4));
            }
        }
        Map<EntityDraft, Integer> merged = new HashMap<>();
        score.forEach((k, v) -> merged.merge(k.root(), v, Integer::sum));
        score = merged;
        EntityDraft best = null;
        for (Map.Entry<EntityDraft, Integer> e : score.entrySet()) {
            if (best == null || e.getValue() > score.get(best)
                || e.getValue().equals(score.get(best)) && e.getKey().firstStart < best.firstStart) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** A body and how often the text calls it by the kind word of its name. */
    private record Called(EntityDraft body, int times) {
    }

    /**
     * The organization the text calls most often by a word of its name ("the foundation" for the first
     * "... Foundation" named before), when that is at least twice; null otherwise.
     */
    private Called mostCalledByKindWord(List<SentenceView> views) {
        Set<EntityDraft> organizations = new HashSet<>();
        for (EntityDraft o : drafts()) {
            if (o.type == EntityType.ORGANIZATION) {
                organizations.add(o);
            }
        }
        Map<EntityDraft, Integer> calls = new HashMap<>();
        kindWordCalls(views, null, organizations).forEach((d, n) -> calls.merge(d.root(), n, Integer::sum));
        definedTermCalls(views, organizations).forEach((d, n) -> calls.merge(d.root(), n, Integer::sum));
        Called best = null;
        for (Map.Entry<EntityDraft, Integer> e : calls.entrySet()) {
            if (e.getValue() >= 2 && (best == null || e.getValue() > best.times())) {
                best = new Called(e.getKey(), e.getValue());
            }
        }
        return best;
    }

    /**
     * How often each of {@code organizations} is called "the <kind word>" ("the society", "the foundation") in
     * the sentences other than {@code skip}: each such phrase counts for the first of them named before it whose
     * name holds the word (lower-case generic nouns such as "the group" excepted).
     */
    private static Map<EntityDraft, Integer> kindWordCalls(List<SentenceView> views, SentenceView skip,
                                                           Set<EntityDraft> organizations) {
        Map<EntityDraft, Integer> calls = new HashMap<>();
        Map<EntityDraft, Integer> translated = new HashMap<>();
        Set<String> described = describedKinds(views);
        for (SentenceView v : views) {
            if (v == skip) {
                continue;
            }
            List<Token> t = v.tokens;
            for (int i = 0; i + 1 < t.size(); i++) {
                if (t.get(i).lower().equals("the") && t.get(i + 1).isWord() && !t.get(i + 1).isCapitalized()
                    && !Coreference.isGenericNoun(t.get(i + 1).lower())) {
                    String kind = capitalized(t.get(i + 1).text());
                    boolean foreign = !described.contains(t.get(i + 1).lower());
                    EntityDraft named = firstOrganizationWithWord(organizations, kind, t.get(i).start(), foreign);
                    if (named != null && List.of(named.name.split(" ")).contains(kind)) {
                        calls.merge(named, 1, Integer::sum);
                    } else if (named != null) {
                        translated.merge(named, 1, Integer::sum);
                    }
                }
            }
        }
        // "the federation" for a "Federação ...": an English word for a name in its own language counts only when
        // the text keeps using it; once or twice it may describe a body ("a litigation centre") rather than name one
        translated.forEach((d, n) -> {
            if (n >= TRANSLATED_CALLS) {
                calls.merge(d, n, Integer::sum);
            }
        });
        return calls;
    }

    /**
     * How often each body is called by a capitalised defined term, "the Trust", "the Company": a report or contract
     * defines such a term for the body it is about. Each use counts for the first body named before it whose name
     * holds the word, and "the Company" for the first business (a legal form or a business word in its name).
     */
    private static Map<EntityDraft, Integer> definedTermCalls(List<SentenceView> views, Set<EntityDraft> organizations) {
        Map<EntityDraft, Integer> calls = new HashMap<>();
        for (SentenceView v : views) {
            List<Token> t = v.tokens;
            for (int i = 0; i + 1 < t.size(); i++) {
                Token term = t.get(i + 1);
                if (!t.get(i).lower().equals("the") || !term.isWord() || !term.isCapitalized()
                    || !Gazetteer.INSTANCE.orgKeywords.contains(term.text())
                    || i + 2 < t.size() && t.get(i + 2).isWord() && t.get(i + 2).isCapitalized()) {
                    continue;
                }
                EntityDraft first = term.text().equals("Company") ? firstBusiness(organizations, t.get(i).start())
                    : firstOrganizationWithWord(organizations, term.text(), t.get(i).start(), false);
                if (first != null) {
                    calls.merge(first, 1, Integer::sum);
                }
            }
        }
        return calls;
    }

    private static EntityDraft firstBusiness(Set<EntityDraft> organizations, int before) {
        EntityDraft found = null;
        int first = Integer.MAX_VALUE;
        for (EntityDraft d : organizations) {
            if (Coreference.isBusiness(d)) {
                for (Mention m : d.mentions) {
                    if (m.start < before && m.start < first) {
                        first = m.start;
                        found = d;
                    }
                }
            }
        }
        return found;
    }

    /** How often a body named in its own language must be called by the English kind word for the calls to count. */
    private static final int TRANSLATED_CALLS = 3;

    /** How many times "the group", "the organisation" and the like occur in the sentences after {@code lead}. */
    private static int genericReferencesAfter(List<SentenceView> views, SentenceView lead) {
        int n = 0;
        boolean after = false;
        for (SentenceView v : views) {
            if (v == lead) {
                after = true;
                continue;
            }
            if (!after) {
                continue;
            }
            List<Token> t = v.tokens;
            for (int i = 0; i + 1 < t.size(); i++) {
                if (t.get(i).lower().equals("the") && Coreference.isGenericNoun(t.get(i + 1).lower())) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Articles of other languages that open a body's name: "La Ronda Ciudadana", "Le Filet Solidaire", "Die Grüne Brücke". */
    private static final Set<String> NAME_ARTICLES = Set.of("Le", "La", "Les", "El", "Los", "Las", "Il", "Lo", "Gli",
        "Die", "Der", "Das", "Het", "Os");

    /**
     * A name that opens with another language's article and two or more capitalised words is a body's,
     * never a person's ("Marine Le Pen" has the article inside, "Le Pen" one word after it), and the
     * same words written without the article are the same body.
     */
    private void namesWithAnArticle() {
        for (EntityDraft d : drafts()) {
            int space = d.name.indexOf(' ');
            if (space < 0 || !NAME_ARTICLES.contains(d.name.substring(0, space)) || d.name.indexOf(' ', space + 1) < 0
                || Gazetteer.INSTANCE.isPlace(d.name) || d.type != null && d.type != EntityType.PERSON && d.type != EntityType.CAMPAIGN) {
                continue;
            }
            String[] words = d.name.substring(space + 1).split(" ");
            if (!Character.isUpperCase(words[0].charAt(0)) || !Character.isUpperCase(words[words.length - 1].charAt(0))
                || d.strength > Mention.LEXICAL) {
                continue;
            }
            EntityDraft bare = draftFor(d.name.substring(space + 1));
            if (bare != null && bare.root() != d.root()) {
                merge(d.root(), bare.root()); // "Ronda Ciudadana" after "La Ronda Ciudadana": the same words, the same body
            }
            d.root().type = EntityType.ORGANIZATION;
            d.root().strength = Mention.LEXICAL;
        }
    }

    /**
     * "Al-Qantara is an independent Lebanese organisation", "X was a small charity": a sentence opening
     * with a name and defining it as a kind of body makes it an organization, above what its words
     * suggest (a first name such as "Al"): a person is never "an organisation".
     */
    private static void definedAsBody(SentenceView v) {
        if (v.mentions.isEmpty() || v.mentions.get(0).entity == null) {
            return;
        }
        Mention m = v.mentions.get(0);
        List<Token> t = v.tokens;
        if (m.tokStart > 1 || m.tokStart == 1 && !t.get(0).lower().equals("the")) {
            return;
        }
        int k = m.tokEnd;
        if (k < t.size() && t.get(k).is("(")) {
            while (k < t.size() && !t.get(k).is(")")) {
                k++; // a gloss between the name and its definition: "X (its name in Arabic, "the compass") is ..."
            }
            k++;
        }
        if (NameChunker.copulaType(t, k) == EntityType.ORGANIZATION) {
            m.entity.root().offerType(EntityType.ORGANIZATION, Mention.LEXICAL + 1);
        }
    }

    /** Names that open a sentence defining them: "X is a network of ...", "X is Italy's largest ...". */
    private static Set<EntityDraft> definedNames(List<SentenceView> views) {
        Set<EntityDraft> out = new HashSet<>();
        for (SentenceView v : views) {
            if (v.mentions.isEmpty() || v.mentions.get(0).tokStart != 0 || v.mentions.get(0).entity == null) {
                continue;
            }
            List<Token> t = v.tokens;
            int k = v.mentions.get(0).tokEnd;
            if (k + 1 < t.size() && (t.get(k).lower().equals("is") || t.get(k).lower().equals("was"))
                && (Set.of("a", "an", "the", "one").contains(t.get(k + 1).lower()) || possessive(t, k + 1))) {
                out.add(v.mentions.get(0).entity.root());
            }
        }
        return out;
    }

    /** Words that may end a description: "X is a litigation centre that ...". */
    private static final int DESCRIPTION_WORDS = 6;

    /**
     * The lower-case words of the descriptions the text gives a body it opens a sentence with ("X is a
     * research centre", "X was a workers' league"): once a body is so described, "the centre" stands for
     * it, and no name in another language is looked for behind the English word.
     */
    private static Set<String> describedKinds(List<SentenceView> views) {
        Set<String> out = new HashSet<>();
        for (SentenceView v : views) {
            if (v.mentions.isEmpty() || v.mentions.get(0).tokStart != 0) {
                continue;
            }
            List<Token> t = v.tokens;
            int k = v.mentions.get(0).tokEnd;
            if (k + 1 < t.size() && (t.get(k).lower().equals("is") || t.get(k).lower().equals("was"))
                && (t.get(k + 1).lower().equals("a") || t.get(k + 1).lower().equals("an"))) {
                for (int j = k + 2; j < t.size() && j < k + 2 + DESCRIPTION_WORDS && t.get(j).isWord(); j++) {
                    out.add(t.get(j).lower());
                }
            }
        }
        return out;
    }

    /** "Italy's", "Kenya’s": a place owning what follows, one token or two. */
    private static boolean possessive(List<Token> t, int k) {
        String w = t.get(k).text();
        if (w.endsWith("'s") || w.endsWith("\u2019s")) {
            return true;
        }
        return k + 1 < t.size() && (t.get(k + 1).is("'s") || t.get(k + 1).is("\u2019s") || t.get(k + 1).is("'") || t.get(k + 1).is("\u2019"));
    }

    /**
     * The organization whose name holds {@code word} ("the foundation": a "... Foundation") named first among
     * those named before {@code before} (a text offset): a document keeps calling the body it introduced first
     * by its kind word, while others of that kind come up in passing. With {@code translated}, a name holding the
     * word in another language ("Fondation ...") counts too. Null when none was named before.
     */
    private static EntityDraft firstOrganizationWithWord(Set<EntityDraft> organizations, String word, int before, boolean translated) {
        EntityDraft found = null;
        int first = Integer.MAX_VALUE;
        for (EntityDraft d : organizations) {
            if ((translated ? KindWords.inName(d.name, word) : List.of(d.name.split(" ")).contains(word)) && d.name.indexOf(' ') > 0) {
                for (Mention m : d.mentions) {
                    if (m.start < before && m.start < first) {
                        first = m.start;
                        found = d;
                    }
                }
            }
        }
        return found;
    }

    /** An untyped name of two or more words, not a person's shape nor a place, named at least twice. */
    private boolean namedAgain(EntityDraft d) {
        Gazetteer g = Gazetteer.INSTANCE;
        return d.mentions.size() >= 2 && d.name.indexOf(' ') > 0 && !g.isPlace(d.name)
            && !g.firstNames.contains(d.name.substring(0, d.name.indexOf(' ')));
    }

    private static String capitalized(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static SentenceView firstBodySentence(List<SentenceView> views, SentenceView headline) {
        boolean after = headline == null; // a document with no title line: its first sentence
        for (SentenceView v : views) {
            if (v == headline) {
                after = true;
            } else if (after && v.sentence.kind() != BlockKind.TITLE && !v.tokens.isEmpty() && !byline(v.tokens)) {
                return v;
            }
        }
        return null;
    }

    /** "By Ana Ruiz, Labour Correspondent", "LISBON, 3 May 2026": the lines above a story's lead. */
    private static boolean byline(List<Token> t) {
        boolean sentence = t.get(t.size() - 1).is(".");
        return !sentence && (t.get(0).lower().equals("by") || t.size() < 8);
    }

    /**
     * "Ana Ruiz" beside "Ana Ruiz Castro": a person written once with both surnames and elsewhere with the first
     * only is one person, when only one fuller name begins so.
     */
    private void secondSurnames() {
        for (EntityDraft shorter : drafts()) {
            if (shorter.type != EntityType.PERSON || shorter.name.indexOf(' ') < 0 || shorter.mergedInto != null) {
                continue;
            }
            EntityDraft fuller = null;
            int count = 0;
            for (EntityDraft d : drafts()) {
                if (d != shorter && d.type == EntityType.PERSON && d.mergedInto == null && d.name.startsWith(shorter.name + " ")
                    && d.name.indexOf(' ', shorter.name.length() + 1) < 0 && !generation(d.name.substring(shorter.name.length() + 1))) {
                    fuller = d;
                    count++;
                }
            }
            if (count == 1) {
                merge(fuller, shorter);
            }
        }
    }

    /** "II", "Jr.", "Sr": a word telling a father from his son, never a second surname. */
    private static boolean generation(String word) {
        return word.matches("[IVX]+|Jr\\.?|Sr\\.?|Junior|Senior");
    }

    /** "Dees" after "Morris Dees" is the same person: link to the closest earlier full name. */
    private void surnames(List<SentenceView> views) {
        secondSurnames();
        Map<String, List<EntityDraft>> bySurname = new HashMap<>();
        for (EntityDraft d : drafts()) {
            if (d.type == EntityType.PERSON && d.name.indexOf(' ') > 0) {
                bySurname.computeIfAbsent(d.lastName(), k -> new ArrayList<>()).add(d);
                for (String middle : paternalSurnames(d.name)) {
                    bySurname.computeIfAbsent(middle, k -> new ArrayList<>()).add(d);
                }
            }
        }
        // a given name used alone, as staff pages and informal reports do, stands for the one person it begins
        Map<String, EntityDraft> byGivenName = new HashMap<>();
        Set<String> sharedGivenNames = new HashSet<>();
        for (EntityDraft d : drafts()) {
            if (d.type == EntityType.PERSON && d.name.indexOf(' ') > 0 && d.root() == d) {
                String given = d.name.substring(0, d.name.indexOf(' '));
                if (byGivenName.putIfAbsent(given, d) != null) {
                    sharedGivenNames.add(given);
                }
            }
        }
        sharedGivenNames.forEach(byGivenName::remove);
        Map<String, List<EntityDraft>> byDoubleSurname = new HashMap<>();
        for (EntityDraft d : drafts()) {
            String[] words = d.name.split(" ");
            if (d.type == EntityType.PERSON && words.length >= 3) {
                byDoubleSurname.computeIfAbsent(words[words.length - 2] + " " + words[words.length - 1], k -> new ArrayList<>()).add(d);
            }
        }
        for (SentenceView v : views) {
            for (Mention m : v.mentions) {
                if (m.entity != null && byDoubleSurname.containsKey(m.name)) {
                    doubleSurname(m, byDoubleSurname.get(m.name));
                }
                if (m.entity == null || m.name.indexOf(' ') >= 0) {
                    continue;
                }
                EntityDraft own = m.entity.root();
                if (own.name.indexOf(' ') > 0 || (own.type != null && own.type != EntityType.PERSON && own.strength >= Mention.LEXICAL)) {
                    continue;
                }
                List<EntityDraft> candidates = bySurname.get(m.name);
                if (candidates == null) {
                    EntityDraft named = byGivenName.get(m.name);
                    if (named != null && named != own && firstMentionStart(named.root()) < m.start) {
                        moveToPerson(m, own, named.root()); // "Dara started the clinic": the one person named Dara before
                    }
                    continue;
                }
                EntityDraft best = null;
                for (EntityDraft c : candidates) {
                    int first = firstMentionStart(c.root());
                    if (first < m.start && (best == null || lastMentionBefore(c.root(), m.start) > lastMentionBefore(best, m.start))) {
                        best = c.root();
                    }
                }
                if (best == null) {
                    best = candidates.get(0).root();
                }
                moveToPerson(m, own, best);
            }
        }
        for (EntityDraft d : drafts()) {
            if (d.mentions.isEmpty()) {
                d.type = null;
            }
        }
    }

    /**
     * The words between the given name and the last that may be a surname used alone: "Fonseca" in "Yaimara Fonseca
     * Rondón" (in Spanish and Portuguese usage the first of two surnames is the one a person is called by); never a
     * listed given name ("Ann" in "Mary Ann Rowe") or a particle.
     */
    private static List<String> paternalSurnames(String name) {
        String[] words = name.split(" ");
        List<String> middles = new ArrayList<>();
        for (int i = 1; i < words.length - 1; i++) {
            String w = words[i];
            if (w.length() > 2 && Character.isUpperCase(w.codePointAt(0)) && !w.endsWith(".")
                && !Gazetteer.INSTANCE.firstNames.contains(w)) {
                middles.add(w);
            }
        }
        return middles;
    }

    /**
     * "Rodríguez Garavito" after "César Rodríguez Garavito": a two-word surname used alone, when one
     * person named earlier ends with it and its first word is not a given name.
     */
    private void doubleSurname(Mention m, List<EntityDraft> candidates) {
        EntityDraft own = m.entity.root();
        if (candidates.size() != 1 || !own.name.equals(m.name) || (own.type != null && own.type != EntityType.PERSON)
            || Gazetteer.INSTANCE.firstNames.contains(m.name.substring(0, m.name.indexOf(' ')))) {
            return;
        }
        EntityDraft full = candidates.get(0).root();
        if (full == own || firstMentionStart(full) >= m.start) {
            return;
        }
        moveToPerson(m, own, full);
    }

    /** A short form's mention goes to the full name; its own draft is kept apart so each mention picks its own. */
    private static void moveToPerson(Mention m, EntityDraft own, EntityDraft full) {
        own.mentions.remove(m);
        full.mentions.add(m);
        m.entity = full;
        m.type = EntityType.PERSON;
    }

    private static int firstMentionStart(EntityDraft d) {
        int min = Integer.MAX_VALUE;
        for (Mention m : d.mentions) {
            if (m.name.indexOf(' ') > 0) {
                min = Math.min(min, m.start);
            }
        }
        return min;
    }

    private static int lastMentionBefore(EntityDraft d, int pos) {
        int max = -1;
        for (Mention m : d.mentions) {
            if (m.start < pos) {
                max = Math.max(max, m.start);
            }
        }
        return max;
    }

    public void merge(EntityDraft a, EntityDraft b) {
        EntityDraft ra = a.root();
        EntityDraft rb = b.root();
        if (ra == rb) {
            return;
        }
        // the fuller name is shown; the acronym or older name becomes an alias
        EntityDraft keep = ra;
        EntityDraft gone = rb;
        if (ra == subject) {
            keep = ra;
        } else if (rb == subject || (isAcronym(ra.name) && !isAcronym(rb.name))) {
            keep = rb;
            gone = ra;
        }
        gone.mergedInto = keep;
        keep.aliases.add(gone.name);
        if (isAcronym(keep.name) && !isAcronym(gone.name) && gone.type != EntityType.PERSON) {
            // the subject was first met by its acronym ("NRC"); it is shown by its full name all the same
            keep.aliases.add(keep.name);
            keep.name = gone.name;
        }
        keep.aliases.addAll(gone.aliases);
        keep.aliases.remove(keep.name);
        keep.mentions.addAll(gone.mentions);
        keep.firstStart = Math.min(keep.firstStart, gone.firstStart);
        if (gone.strength > keep.strength && keep != subject) {
            keep.type = gone.type;
            keep.strength = gone.strength;
        } else if (keep.type == null) {
            keep.type = gone.type;
            keep.strength = gone.strength;
        }
        keep.attributes.putAll(gone.attributes);
    }

}
