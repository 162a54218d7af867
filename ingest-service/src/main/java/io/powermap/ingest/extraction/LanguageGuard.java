package io.powermap.ingest.extraction;

import java.util.Locale;

/**
 * English or not, by the share of English function words against those of the other common
 * European languages. Cheap and good enough to keep German or Spanish pages away from rules
 * written for English.
 */
final class LanguageGuard {

    private final Gazetteer g;

    LanguageGuard(Gazetteer g) {
        this.g = g;
    }

    boolean isEnglish(String text) {
        int english = 0;
        int foreign = 0;
        int words = 0;
        int n = Math.min(text.length(), 200_000);
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                String w = text.substring(s, i).toLowerCase(Locale.ROOT);
                words++;
                if (g.englishStopwords.contains(w)) {
                    english++;
                } else if (g.foreignStopwords.contains(w)) {
                    foreign++;
                }
            }
        }
        if (words < 12) {
            return true; // too little to judge; a heading or a name
        }
        return english * 12 >= words && english >= foreign;
    }
}
