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
        Set<String> trigrams = new HashSet<>();
        int[] codePoints = text.toLowerCase(java.util.Locale.ROOT).codePoints().toArray();
        int start = -1;
        for (int i = 0; i <= codePoints.length; i++) {
            boolean word = i < codePoints.length && Character.isLetterOrDigit(codePoints[i]);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                add(trigrams, codePoints, start, i);
                start = -1;
            }
        }
        return trigrams;
    }

    private static void add(Set<String> trigrams, int[] codePoints, int from, int to) {
        StringBuilder padded = new StringBuilder("  ");
        for (int i = from; i < to; i++) {
            padded.appendCodePoint(codePoints[i]);
        }
        padded.append(' ');
        int[] chars = padded.codePoints().toArray();
        for (int i = 0; i + 3 <= chars.length; i++) {
            trigrams.add(new String(chars, i, 3));
        }
    }
}
