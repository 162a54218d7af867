package io.powermap.profile.service.resolution;

import java.util.HashSet;
import java.util.Set;

/**
 * pg_trgm's similarity, computed the way PostgreSQL computes it: each run of letters and digits
 * padded with two spaces before and one after, its 3-character windows as a set, shared windows
 * over all windows, in single precision. Resolution uses it to judge names that earlier documents
 * of the same poll created (not in the database yet) exactly as the trigram index judges the rest.
 */
public final class Trigrams {

    /** pg_trgm.similarity_threshold's default, used by the {@code %} operator. */
    public static final double THRESHOLD = 0.3;

    private Trigrams() {
    }

    /** {@code similarity(a, b)}; {@code a <-> b} is {@code 1 - similarity}. */
    public static float similarity(String a, String b) {
        Set<String> mine = of(a);
        Set<String> theirs = of(b);
        if (mine.isEmpty() || theirs.isEmpty()) {
            return 0f;
        }
        int shared = 0;
        for (String trigram : mine) {
            if (theirs.contains(trigram)) {
                shared++;
            }
        }
        return similarity(mine.size(), theirs.size(), shared);
    }

    /** Similarity from the sizes of two trigram sets and the number they share. */
    public static float similarity(int sizeA, int sizeB, int shared) {
        return sizeA == 0 || sizeB == 0 ? 0f : (float) shared / (float) (sizeA + sizeB - shared);
    }

    /** {@code a % b}. */
    public static boolean similar(String a, String b) {
        return similarity(a, b) >= THRESHOLD;
    }

    /** {@code a <-> b}, as PostgreSQL rounds it. */
    public static float distance(String a, String b) {
        return (float) (1.0 - similarity(a, b));
    }

    /** The trigram set of a text, as pg_trgm's show_trgm gives it. */
    public static Set<String> of(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        // each word padded with two spaces before and one after, its code points in one array, built
        // without streams or builders: this runs for every name the poll's resolution searches
        int[] padded = new int[lower.length() + 3];
        Set<String> trigrams = new HashSet<>(Math.max(16, lower.length() * 2));
        int length = 0;
        for (int i = 0; i <= lower.length(); ) {
            int codePoint = i < lower.length() ? lower.codePointAt(i) : ' ';
            boolean word = i < lower.length() && Character.isLetterOrDigit(codePoint);
            if (word) {
                if (length == 0) {
                    padded[length++] = ' ';
                    padded[length++] = ' ';
                }
                padded[length++] = codePoint;
            } else if (length > 0) {
                padded[length++] = ' ';
                for (int t = 0; t + 3 <= length; t++) {
                    trigrams.add(new String(padded, t, 3));
                }
                length = 0;
            }
            i += i < lower.length() ? Character.charCount(codePoint) : 1;
        }
        return trigrams;
    }
}
