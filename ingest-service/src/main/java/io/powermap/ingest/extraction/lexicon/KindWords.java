package io.powermap.ingest.extraction.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * English kind words and the same words in other languages (kind-word-translations.txt): an English text
 * calls a body named in its own language by the English word, so "the federation" may stand for a
 * "Federação ..." and "the foundation" for a "Fondation ...".
 */
public final class KindWords {

    private static final Map<String, Set<String>> TRANSLATIONS = load("kind-word-translations.txt");

    private KindWords() {
    }

    /** Whether {@code word} (a word of a name) is the English kind word {@code kind} or a translation of it. */
    public static boolean sameKind(String word, String kind) {
        return word.equals(kind) || TRANSLATIONS.getOrDefault(kind, Set.of()).contains(word);
    }

    /** Whether {@code word} is a kind word in a language other than English that the list knows. */
    public static boolean isForeignKind(String word) {
        for (Set<String> s : TRANSLATIONS.values()) {
            if (s.contains(word)) {
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

    private static Map<String, Set<String>> load(String file) {
        Map<String, Set<String>> out = new HashMap<>();
        try (InputStream in = KindWords.class.getResourceAsStream("/extraction/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource extraction/" + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String s = line.strip();
                int colon = s.indexOf(':');
                if (s.isEmpty() || s.startsWith("#") || colon < 0) {
                    continue;
                }
                Set<String> words = new HashSet<>(java.util.Arrays.asList(s.substring(colon + 1).strip().split("\\s+")));
                out.merge(s.substring(0, colon).strip(), words, (a, b) -> {
                    a.addAll(b);
                    return a;
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        out.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return Map.copyOf(frozen);
    }
}
