package io.powermap.ingest.extraction.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** Small word sets: written inline with {@link #of}, or read from a list under resources/extraction with {@link #load}. */
public final class Words {

    private Words() {
    }

    /** The words of several lists together, unmodifiable. */
    @SafeVarargs
    public static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return frozen(all);
    }

    /** Like Set.of, but a word listed twice in a long cue list is not an error. */
    public static Set<String> of(String... words) {
        return frozen(Arrays.asList(words));
    }

    /**
     * The entries of resources/extraction/{@code file}, one a line, exactly as written (case kept);
     * blank lines and lines starting with '#' are skipped. The same format as the Gazetteer's lists.
     */
    public static Set<String> load(String file) {
        Set<String> out = new HashSet<>();
        try (InputStream in = Words.class.getResourceAsStream("/extraction/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource extraction/" + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return frozen(out);
    }

    /**
     * An unmodifiable copy for lookups. A hash set, not {@code Set.copyOf}: the immutable set probes by
     * calling {@code equals} on every occupant it meets, the hash set compares the stored hashes first,
     * which made word-list lookups about a quarter faster in a flight recording of the extractor, where
     * most lookups miss.
     */
    public static Set<String> frozen(Collection<String> words) {
        return Collections.unmodifiableSet(new HashSet<>(words));
    }
}
