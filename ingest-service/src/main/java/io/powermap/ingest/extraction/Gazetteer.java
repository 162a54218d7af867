package io.powermap.ingest.extraction;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The word lists under resources/extraction, loaded once per JVM. */
public final class Gazetteer {

    static final Gazetteer INSTANCE = new Gazetteer();

    final Set<String> firstNames = load("first-names.txt", false);
    final Set<String> orgKeywords = load("org-keywords.txt", false);
    final Set<String> campaignKeywords = load("campaign-keywords.txt", true);
    final Set<String> legislationKeywords = load("legislation-keywords.txt", false);
    public final Set<String> roles = load("roles.txt", true);
    public final Set<String> personTitles = load("person-titles.txt", false);
    final Set<String> places = load("places.txt", true);
    final Set<String> nonOrgAcronyms = load("non-org-acronyms.txt", false);
    final Set<String> starterWords = load("starter-words.txt", false);
    public final int longestRoleWords;

    private Gazetteer() {
        int longest = 1;
        for (String r : roles) {
            longest = Math.max(longest, r.split(" ").length);
        }
        longestRoleWords = longest;
    }

    public boolean isPlace(String name) {
        return places.contains(name.toLowerCase(Locale.ROOT));
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
        return Set.copyOf(lower);
    }

    /** "physician", "lawyer", "wife": a noun naming a person, as in "and physician Ada Brandt". */
    public static boolean isPersonNoun(String lowerWord) {
        return NameChunker.PERSON_NOUNS.contains(lowerWord);
    }
}
