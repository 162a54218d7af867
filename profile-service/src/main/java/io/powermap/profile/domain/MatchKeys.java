package io.powermap.profile.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key under which names are compared across documents: case, accents, punctuation, a leading
 * "the" and "&" versus "and" do not make two organizations different.
 */
public final class MatchKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING_THE = Pattern.compile("^the ");

    private MatchKeys() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("")
            .toLowerCase(Locale.ROOT)
            .replace('\u2019', '\'')
            .replace("'s ", "s ")
            .replace("&", " and ");
        String spaced = NON_WORD.matcher(folded).replaceAll(" ").strip();
        return LEADING_THE.matcher(spaced).replaceFirst("");
    }
}
