package io.powermap.ingest.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    private static final Set<String> FUNCTION_WORDS = Words.of("the", "a", "an", "of", "and", "or", "for", "to", "in", "on",
        "at", "by", "with", "from", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "its", "their",
        "his", "her", "that", "which", "who", "will", "would", "not", "no", "it", "this", "these", "those", "than", "into",
        "over", "after", "before", "since", "until", "new", "says", "said", "say", "all", "more", "most", "but", "also");
    private static final int MIN_WORDS = 4;

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
        for (Token t : tokens) {
            out.add(t.isWord() ? new Token(t.start(), t.end(), recase(t.text())) : t);
        }
        return out;
    }

    private String recase(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (FUNCTION_WORDS.contains(lower) || Cues.isCueLexicon(lower)) {
            return lower;
        }
        String title = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        if (g.orgKeywords.contains(title) || g.legislationKeywords.contains(title) || word.length() > 4) {
            return title;
        }
        return word;
    }
}
