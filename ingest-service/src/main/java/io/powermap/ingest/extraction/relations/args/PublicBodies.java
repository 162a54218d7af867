package io.powermap.ingest.extraction.relations.args;

import java.util.Set;
import java.util.regex.Pattern;

import io.powermap.ingest.extraction.lexicon.Words;

/** Legislatures, commissions and courts: bodies a person sits on in an office rather than joins as a member. */
public final class PublicBodies {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Set<String> HEADS = Words.of("House", "Senate", "Legislature", "Assembly", "Congress",
        "Parliament", "Commission", "Court", "Council", "Board");
    private static final Set<String> GOVERNMENT_MARKERS = Words.of("House", "Senate", "Legislature", "Assembly",
        "Congress", "Parliament", "Court", "Commission", "Representatives", "Federal", "State", "U.S.");

    /** Legislatures named in their own language: "Skupština", "Sobranie", "Asamblea", "Storting". */
    private static final Set<String> LOCAL_LEGISLATURES = Words.load("legislature-heads.txt");

    private PublicBodies() {
    }

    public static boolean isPublicBody(String name) {
        if (name == null) {
            return false;
        }
        String[] words = SPACES.split(name);
        boolean head = false;
        boolean government = false;
        for (String w : words) {
            boolean legislature = LOCAL_LEGISLATURES.contains(w);
            head |= HEADS.contains(w) || legislature;
            government |= GOVERNMENT_MARKERS.contains(w) || legislature;
        }
        // a "Council" or "Board" alone may be a private body's; it needs a governmental word with it
        return head && government || name.contains("House of Representatives") || name.startsWith("Council on ");
    }
}
