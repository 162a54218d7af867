package io.powermap.ingest.extraction.lexicon;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import io.powermap.ingest.extraction.mentions.NameChunker;

/** The word lists under resources/extraction, loaded once per JVM. */
public final class Gazetteer {

    /** Second halves that make a hyphenated post of a one-word role: "coordinator-general", "treasurer-elect". */
    private static final Set<String> ROLE_COMPOUND_TAILS = Words.of("general", "in-chief", "at-large", "elect", "designate");

    public static final Gazetteer INSTANCE = new Gazetteer();

    public final Set<String> firstNames = load("first-names.txt", false);
    public final Set<String> orgKeywords = load("org-keywords.txt", false);
    public final Set<String> campaignKeywords = load("campaign-keywords.txt", true);
    public final Set<String> legislationKeywords = load("legislation-keywords.txt", false);
    public final Set<String> roles = withCompounds(load("roles.txt", true));
    public final Set<String> personTitles = load("person-titles.txt", false);
    public final Set<String> places = load("places.txt", true);
    public final Set<String> countries = load("places-countries.txt", false);
    public final Set<String> nonOrgAcronyms = load("non-org-acronyms.txt", false);
    public final Set<String> starterWords = load("starter-words.txt", false);
    /** Nouns that end a job title of one or two words before them: "finance officer", "campaigns director". */
    public final Set<String> jobHeads = load("role-job-heads.txt", true);
    public final int longestRoleWords;
    /** The first word of every role title, and its plural: most words open none, and are answered at once. */
    private final Set<String> roleOpeners;

    private Gazetteer() {
        int longest = 1;
        Set<String> openers = new HashSet<>();
        for (String r : roles) {
            String[] words = r.split(" ");
            longest = Math.max(longest, words.length);
            openers.add(words[0]);
            openers.add(words[0] + "s");
        }
        longestRoleWords = longest;
        roleOpeners = Words.frozen(openers);
    }

    /**
     * The end (exclusive) of the longest role title starting at token {@code i} ("executive director",
     * or a plural such as "co-chairs"), or -1 when none starts there.
     */
    public int roleEnd(java.util.List<io.powermap.ingest.extraction.text.Token> t, int i) {
        int listed = listedRoleEnd(t, i);
        return listed >= 0 ? listed : compoundRoleEnd(t, i);
    }

    /** Function words that never modify a job's head noun ("its officer", "and director"). */
    private static final Set<String> NOT_MODIFIERS = Words.of("the", "a", "an", "its", "their", "our", "his", "her", "my",
        "your", "and", "or", "but", "of", "for", "to", "in", "on", "at", "by", "with", "from", "as", "is", "was", "are",
        "were", "be", "been", "has", "have", "had", "who", "which", "that", "this", "these", "those", "not", "no", "also",
        "now", "then", "same", "other", "only", "one", "two", "three", "any", "each", "every", "some", "all", "both",
        "police", "prison", "army", "military", "customs", "border", "immigration", "loan", "parole", "probation");

    /**
     * "finance officer", "senior campaigns coordinator": one or two lower-case words and a noun that always
     * names a post (role-job-heads.txt), when the whole title is not listed; -1 otherwise. A state's officers
     * ("police officer", "customs officer") are occupations, not posts at a body, and are left out.
     */
    private int compoundRoleEnd(java.util.List<io.powermap.ingest.extraction.text.Token> t, int i) {
        for (int m = 1; m <= 2 && i + m < t.size(); m++) {
            io.powermap.ingest.extraction.text.Token w = t.get(i + m - 1);
            if (!w.isWord() || !Character.isLowerCase(w.text().charAt(0)) || NOT_MODIFIERS.contains(w.lower())
                || jobHeads.contains(w.lower())) {
                return -1;
            }
            io.powermap.ingest.extraction.text.Token head = t.get(i + m);
            if (head.isWord() && Character.isLowerCase(head.text().charAt(0)) && jobHeads.contains(head.lower())) {
                return i + m + 1;
            }
        }
        return -1;
    }

    private int listedRoleEnd(java.util.List<io.powermap.ingest.extraction.text.Token> t, int i) {
        if (i >= t.size() || !roleOpeners.contains(t.get(i).lower())) {
            return -1;
        }
        int best = -1;
        StringBuilder b = new StringBuilder();
        for (int k = i; k < t.size() && k < i + longestRoleWords; k++) {
            io.powermap.ingest.extraction.text.Token tok = t.get(k);
            if (!tok.isWord()) {
                break;
            }
            if (k > i) {
                b.append(' ');
            }
            b.append(tok.lower());
            String words = b.toString();
            if (roles.contains(words) || words.length() > 4 && words.endsWith("s") && roles.contains(words.substring(0, words.length() - 1))) {
                best = k + 1;
            }
        }
        return best;
    }

    /** Every country's English name the JDK's locale data knows ("Tunisia", "Kazakhstan"), beside the list's. */
    private static final Set<String> WORLD_COUNTRIES = countryNamesIn(Locale.ENGLISH);

    /** Whether {@code name} is a country's English name, from the JDK's locale data or places-countries.txt. */
    public boolean isCountry(String name) {
        return WORLD_COUNTRIES.contains(name) || countries.contains(name);
    }

    /** Every country's name in each of {@code languages}, from the JDK's locale data ("Tunisie", "Túnez"). */
    public static Set<String> countryNamesIn(Locale... languages) {
        Set<String> names = new HashSet<>();
        for (String code : Locale.getISOCountries()) {
            for (Locale language : languages) {
                names.add(new Locale("", code).getDisplayCountry(language));
            }
        }
        return Words.frozen(names);
    }

    public boolean isPlace(String name) {
        return places.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The roles, and each one-word role or job-title head joined to a post's tail ("coordinator-general",
     * "auditor-general", "president-elect"), as writers coin them.
     */
    private static Set<String> withCompounds(Set<String> roles) {
        Set<String> all = new HashSet<>(roles);
        Set<String> heads = new HashSet<>(RoleTitles.HEADS);
        for (String r : roles) {
            if (r.indexOf(' ') < 0 && r.indexOf('-') < 0) {
                heads.add(r);
            }
        }
        for (String head : heads) {
            for (String tail : ROLE_COMPOUND_TAILS) {
                all.add(head.toLowerCase(Locale.ROOT) + "-" + tail);
            }
        }
        return Words.frozen(all);
    }

    private static Set<String> load(String file, boolean lowerCase) {
        Set<String> words = Words.load(file);
        if (!lowerCase) {
            return words;
        }
        Set<String> lower = new HashSet<>();
        for (String w : words) {
            lower.add(w.toLowerCase(Locale.ROOT));
        }
        return Words.frozen(lower);
    }

    /** "physician", "lawyer", "wife": a noun naming a person, as in "and physician Ada Brandt". */
    public static boolean isPersonNoun(String lowerWord) {
        return NameChunker.PERSON_NOUNS.contains(lowerWord);
    }
}
