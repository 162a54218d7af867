package io.powermap.ingest.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Capitalised descriptive words ("Black", "Federal") that open a name only before an organization keyword. */
final class Descriptors {

    static final Set<String> WORDS = load();

    private Descriptors() {
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = Descriptors.class.getResourceAsStream("/extraction/descriptor-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource extraction/descriptor-words.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
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
