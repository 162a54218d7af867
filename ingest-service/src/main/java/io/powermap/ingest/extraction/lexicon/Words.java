package io.powermap.ingest.extraction.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
        return Set.copyOf(all);
    }

    /** Like Set.of, but a word listed twice in a long cue list is not an error. */
    public static Set<String> of(String... words) {
        return Set.copyOf(new HashSet<>(Arrays.asList(words)));
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
        return Set.copyOf(out);
    }
}
