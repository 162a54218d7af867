package io.powermap.contract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one key under which names are compared: by ingest-service within a document, by
 * profile-service across documents, and by the extraction evaluation against gold. Case, accents,
 * ligatures, punctuation, a possessive apostrophe, a leading "the" and "&" versus "and" do not make
 * two names different. Returns "" for null.
 */
public final class NameKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING_THE = Pattern.compile("^the ");
    private static final Pattern POSSESSIVE_S = Pattern.compile("(?<=\\p{L})['\u2019]s\\b");

    private NameKeys() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("")
            .toLowerCase(Locale.ROOT)
            .replace("&", " and ");
        folded = POSSESSIVE_S.matcher(folded).replaceAll("s");
        String spaced = NON_WORD.matcher(folded).replaceAll(" ").strip();
        return LEADING_THE.matcher(spaced).replaceFirst("");
    }
}
