package io.powermap.profile.service.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Names of organizations, laws and campaigns compared word by word: the significant words (no
 * "of", "the", no legal form such as "inc") must pair up in order, each pair equal or a near
 * spelling ("Immigrant" and "Immigration", "Foundation" and "Foundations", one typo). Words with
 * digits must be equal. An extra significant word on one side ("... of Texas") makes another body.
 */
public final class BodyName {

    /** Left out of acronyms and of the comparison; the same list as powermap_acronym in V6__resolution.sql. */
    static final Set<String> STOPWORDS = Set.of("of", "the", "and", "for", "a", "an", "in", "on", "to", "at", "by", "de");
    private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "llc", "ltd", "limited", "corp",
        "corporation", "co", "plc", "gmbh", "ag", "lp", "llp");
    /** Short and regional spellings of the same word in names of bodies. */
    private static final Map<String, Set<String>> SAME_WORD = Map.ofEntries(
        Map.entry("st", Set.of("saint", "street")), Map.entry("mt", Set.of("mount")), Map.entry("ft", Set.of("fort")),
        Map.entry("ctr", Set.of("center", "centre")), Map.entry("centre", Set.of("center")),
        Map.entry("assn", Set.of("association")), Map.entry("assoc", Set.of("association")),
        Map.entry("natl", Set.of("national")), Map.entry("intl", Set.of("international")),
        Map.entry("univ", Set.of("university")), Map.entry("dept", Set.of("department")),
        Map.entry("govt", Set.of("government")), Map.entry("cmte", Set.of("committee")),
        Map.entry("organisation", Set.of("organization")), Map.entry("defence", Set.of("defense")),
        Map.entry("labour", Set.of("labor")), Map.entry("theatre", Set.of("theater")));
    private static final Pattern WRITTEN_ACRONYM = Pattern.compile("[A-Z][A-Z0-9&]{1,7}s?");
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    private static final LevenshteinDistance TWO_EDITS = new LevenshteinDistance(2);

    private BodyName() {
    }

    /** The significant words of a match key. */
    static List<String> words(String key) {
        // split at runs of spaces by hand: split(" +") is a regular expression, run for every pair the judge compares
        List<String> words = new ArrayList<>(4);
        int start = 0;
        int length = key.length();
        while (start < length) {
            int end = key.indexOf(' ', start);
            if (end < 0) {
                end = length;
            }
            if (end > start) {
                String word = key.substring(start, end);
                if (!STOPWORDS.contains(word) && !LEGAL_FORMS.contains(word)) {
                    words.add(word);
                }
            }
            start = end + 1;
        }
        return words;
    }

    /** A name of at least two significant words, as opposed to an acronym or a single word. */
    static boolean isLong(String key) {
        return words(key).size() >= 2;
    }

    /** The initials of the significant words ("southern poverty law center" gives "splc"); null below two words. */
    static String acronym(String key) {
        List<String> words = Arrays.stream(key.split(" +")).filter(w -> !w.isEmpty() && !STOPWORDS.contains(w)).toList();
        if (words.size() < 2) {
            return null;
        }
        StringBuilder initials = new StringBuilder();
        words.forEach(word -> initials.append(word.charAt(0)));
        return initials.toString();
    }

    /** Whether a name as written is an acronym ("SPLC", "N.A.A.C.P."): its match key, or null. */
    public static String writtenAcronym(String name) {
        String compact = name == null ? "" : name.strip().replace(".", "");
        return WRITTEN_ACRONYM.matcher(compact).matches() ? compact.toLowerCase(Locale.ROOT) : null;
    }

    /** Whether the two keys name the same body: 1.0 for the same significant words, 0.85 with near spellings, else 0. */
    static double align(String a, String b) {
        List<String> left = words(a);
        List<String> right = words(b);
        if (left.isEmpty() || left.size() != right.size()) {
            return 0;
        }
        boolean exact = true;
        for (int i = 0; i < left.size(); i++) {
            String x = left.get(i);
            String y = right.get(i);
            if (x.equals(y)) {
                continue;
            }
            if (!near(x, y)) {
                return 0;
            }
            exact = false;
        }
        return exact ? 1.0 : 0.85;
    }

    private static boolean near(String x, String y) {
        if (SAME_WORD.getOrDefault(x, Set.of()).contains(y) || SAME_WORD.getOrDefault(y, Set.of()).contains(x)) {
            return true;
        }
        if (x.chars().anyMatch(Character::isDigit) || y.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        int shorter = Math.min(x.length(), y.length());
        if (shorter >= 5 && ONE_EDIT.apply(x, y) >= 0 || shorter >= 9 && TWO_EDITS.apply(x, y) >= 0) {
            return true;
        }
        // one word with another ending: "immigrant" / "immigration", "foundation" / "foundations"
        int common = 0;
        while (common < shorter && x.charAt(common) == y.charAt(common)) {
            common++;
        }
        return common >= 6 && x.length() - common <= 4 && y.length() - common <= 4;
    }
}
