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
        int length = name.length();
        for (int i = 0; i < length; i++) {
            if (name.charAt(i) >= 128) {
                return unicode(name);
            }
        }
        // nearly every name is ASCII: one pass over the characters, no normalization and no regular
        // expressions (the general path was a tenth of profile-service's resolution CPU);
        // NameKeysTest holds the two paths to the same key. Lower case and "&" as " and " first, as the
        // general path folds before it looks for possessives and words.
        StringBuilder folded = new StringBuilder(length + 8);
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            if (c == '&') {
                folded.append(" and ");
            } else if (c >= 'A' && c <= 'Z') {
                folded.append((char) (c + ('a' - 'A')));
            } else {
                folded.append(c);
            }
        }
        // a possessive "'s" after a letter loses its apostrophe; every run of other characters is one space
        int n = folded.length();
        StringBuilder key = new StringBuilder(n);
        boolean gap = false;
        for (int i = 0; i < n; i++) {
            char c = folded.charAt(i);
            if (c == '\'' && i > 0 && isLetter(folded.charAt(i - 1)) && i + 1 < n && folded.charAt(i + 1) == 's'
                && (i + 2 == n || !isWordChar(folded.charAt(i + 2)))) {
                continue;
            }
            if (isLetter(c) || c >= '0' && c <= '9') {
                if (gap && key.length() > 0) {
                    key.append(' ');
                }
                gap = false;
                key.append(c);
            } else {
                gap = true;
            }
        }
        return key.length() >= 4 && key.charAt(0) == 't' && key.charAt(1) == 'h' && key.charAt(2) == 'e'
            && key.charAt(3) == ' ' ? key.substring(4) : key.toString();
    }

    /** The key by the general path: Unicode decomposition, marks dropped, then regular expressions. */
    static String unicode(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("")
            .toLowerCase(Locale.ROOT)
            .replace("&", " and ");
        folded = POSSESSIVE_S.matcher(folded).replaceAll("s");
        String spaced = NON_WORD.matcher(folded).replaceAll(" ").strip();
        return LEADING_THE.matcher(spaced).replaceFirst("");
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** A word character as the regular expressions' {@code \b} sees one (letters are lower case here). */
    private static boolean isWordChar(char c) {
        return isLetter(c) || c >= '0' && c <= '9' || c == '_';
    }
}
