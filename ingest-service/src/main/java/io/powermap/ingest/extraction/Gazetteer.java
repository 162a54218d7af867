package io.powermap.ingest.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The word lists under resources/extraction, loaded once per JVM. */
public final class Gazetteer {

    static final Gazetteer INSTANCE = new Gazetteer();

    final Set<String> firstNames = load("first-names.txt", false);
    final Set<String> orgKeywords = load("org-keywords.txt", false);
    final Set<String> campaignKeywords = load("campaign-keywords.txt", true);
    final Set<String> legislationKeywords = load("legislation-keywords.txt", false);
    public final Set<String> roles = load("roles.txt", true);
    public final Set<String> personTitles = load("person-titles.txt", false);
    final Set<String> places = load("places.txt", true);
    final Set<String> nonOrgAcronyms = load("non-org-acronyms.txt", false);
    final Set<String> starterWords = load("starter-words.txt", false);
    public final int longestRoleWords;

    private Gazetteer() {
        int longest = 1;
        for (String r : roles) {
            longest = Math.max(longest, r.split(" ").length);
        }
        longestRoleWords = longest;
    }

    public boolean isPlace(String name) {
        return places.contains(name.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load(String file, boolean lowerCase) {
        Set<String> out = new HashSet<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream("/extraction/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource extraction/" + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                out.add(lowerCase ? s.toLowerCase(Locale.ROOT) : s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
