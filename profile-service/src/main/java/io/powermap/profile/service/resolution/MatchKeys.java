package io.powermap.profile.service.resolution;

import io.powermap.contract.NameKeys;

/**
 * {@link NameKeys#of}, the same key, worked out in one pass over the characters when the name is
 * written in ASCII (nearly every name the extraction sends): no Unicode normalization and no
 * regular expressions, which made {@code NameKeys.of} the largest single cost of resolving a poll
 * (a tenth of the applying thread's CPU samples, each name folded several times). Any other name
 * goes to {@code NameKeys.of} itself. {@code MatchKeysTest} compares the two.
 */
public final class MatchKeys {

    private MatchKeys() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        int length = name.length();
        for (int i = 0; i < length; i++) {
            if (name.charAt(i) >= 128) {
                return NameKeys.of(name);
            }
        }
        // lower case, "&" as " and " (as NameKeys folds before it looks for possessives and words)
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

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** A word character as the regular expressions' {@code \b} sees one (letters are lower case here). */
    private static boolean isWordChar(char c) {
        return isLetter(c) || c >= '0' && c <= '9' || c == '_';
    }
}
