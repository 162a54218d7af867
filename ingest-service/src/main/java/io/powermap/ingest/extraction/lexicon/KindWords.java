package io.powermap.ingest.extraction.lexicon;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * English kind words and the same words in other languages (kind-word-translations.txt): an English text
 * calls a body named in its own language by the English word, so "the federation" may stand for a
 * "Federação ..." and "the foundation" for a "Fondation ...".
 */
public final class KindWords {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Map<String, Set<String>> TRANSLATIONS = load("kind-word-translations.txt");

    private KindWords() {
    }

    /** Whether {@code word} (a word of a name) is the English kind word {@code kind} or a translation of it. */
    public static boolean sameKind(String word, String kind) {
        return word.equals(kind) || TRANSLATIONS.getOrDefault(kind, Set.of()).contains(word);
    }

    /** Whether a word of {@code name} (words split at spaces) is {@code kind} or a translation of it ("Federação"). */
    public static boolean inName(String name, String kind) {
        for (String w : name.split(" ")) {
            if (sameKind(w, kind)) {
                return true;
            }
        }
        return false;
    }

    /** The English kind words that {@code word} translates (empty when it is none). */
    public static Set<String> englishFor(String word) {
        Set<String> out = new HashSet<>();
        TRANSLATIONS.forEach((k, v) -> {
            if (v.contains(word)) {
                out.add(k);
            }
        });
        return out;
    }

    /** "Kind: word word ..." lines of a list under resources/extraction ({@link Words#load}), one set of words a kind. */
    private static Map<String, Set<String>> load(String file) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : Words.load(file)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                out.computeIfAbsent(line.substring(0, colon).strip(), k -> new HashSet<>())
                    .addAll(Arrays.asList(SPACES.split(line.substring(colon + 1).strip())));
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        out.forEach((k, v) -> frozen.put(k, Words.frozen(v)));
        return Collections.unmodifiableMap(frozen);
    }
}
