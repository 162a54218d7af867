package io.powermap.ingest.extraction.lexicon;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import io.powermap.ingest.extraction.mentions.NameChunker;

/** The word lists under resources/extraction, loaded once per JVM. */
public final class Gazetteer {

    public static final Gazetteer INSTANCE = new Gazetteer();

    public final Set<String> firstNames = load("first-names.txt", false);
    public final Set<String> orgKeywords = load("org-keywords.txt", false);
    public final Set<String> campaignKeywords = load("campaign-keywords.txt", true);
    public final Set<String> legislationKeywords = load("legislation-keywords.txt", false);
    public final Set<String> roles = load("roles.txt", true);
    public final Set<String> personTitles = load("person-titles.txt", false);
    public final Set<String> places = load("places.txt", true);
    public final Set<String> countries = load("places-countries.txt", false);
    public final Set<String> nonOrgAcronyms = load("non-org-acronyms.txt", false);
    public final Set<String> starterWords = load("starter-words.txt", false);
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
