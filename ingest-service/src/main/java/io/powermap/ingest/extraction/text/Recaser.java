package io.powermap.ingest.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.lexicon.Gazetteer;
import io.powermap.ingest.extraction.lexicon.Words;

/**
 * A sentence set wholly in capitals ("THE ANGLERS LEAGUE OPPOSES THE DRILLING ACT") carries no case
 * to find names by. Its tokens are recased before chunking: function words and relation cues to
 * lower case, organization and law keywords and longer words to title case, and short words kept in
 * capitals as likely acronyms. Offsets are unchanged, so evidence still points at the stored text.
 */
public final class Recaser {

    private static final Pattern CONSONANT_RUNS = Pattern.compile("[^aeiou]+");

    private static final Set<String> FUNCTION_WORDS = Words.of("the", "a", "an", "of", "and", "or", "for", "to", "in", "on",
        "at", "by", "with", "from", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "its", "their",
        "his", "her", "that", "which", "who", "will", "would", "not", "no", "it", "this", "these", "those", "than", "into",
        "over", "after", "before", "since", "until", "new", "says", "said", "say", "all", "more", "most", "but", "also");
    private static final int MIN_WORDS = 4;
    private static final Set<String> SPOKEN_VOWEL_PAIRS = Set.of("ee", "oo", "ea", "ai", "ou", "oa");

    private final Gazetteer g;

    public Recaser(Gazetteer g) {
        this.g = g;
    }

    /** The tokens recased when every word of the sentence is in capitals; else the tokens as they are. */
    public List<Token> recaseIfShouted(List<Token> tokens) {
        int words = 0;
        for (Token t : tokens) {
            if (t.isWord()) {
                if (!t.isAllCaps() && !(t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0)))) {
                    return tokens;
                }
                words++;
            }
        }
        if (words < MIN_WORDS) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens.size());
        boolean afterName = false;
        for (Token t : tokens) {
            if (!t.isWord()) {
                out.add(t);
                afterName = false;
                continue;
            }
            String word = recase(t.text());
            String title = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            if (afterName && !word.equals(title) && g.orgKeywords.contains(title)) {
                word = title; // "WORKERS FUND BACKS": a keyword that ends a name, though "fund" is also a verb
            }
            out.add(new Token(t.start(), t.end(), word));
            afterName = Character.isUpperCase(word.charAt(0));
        }
        return out;
    }

    private String recase(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (FUNCTION_WORDS.contains(lower) || Cues.isCueLexicon(lower)) {
            return lower;
        }
        String title = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        if (g.orgKeywords.contains(title) || g.legislationKeywords.contains(title) || word.length() > 4
            || word.length() == 4 && spokenAsAWord(lower)) {
            return title;
        }
        return word;
    }

    /**
     * "FARM", "FUND", "SAFE": four letters with one short run of vowels (a final "e" aside) are read as a word,
     * while "NRDC", "ACLU", "SEIU" or "AARP" (no vowel, a vowel first, two vowel runs, or a run no English word has) stay an acronym.
     */
    private static boolean spokenAsAWord(String w) {
        String core = w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
        String runs = CONSONANT_RUNS.matcher(core).replaceAll(" ").trim();
        return !runs.isEmpty() && runs.indexOf(' ') < 0 && (runs.length() == 1 || SPOKEN_VOWEL_PAIRS.contains(runs))
            && "aeiou".indexOf(core.charAt(0)) < 0;
    }
}
