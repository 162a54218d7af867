package io.powermap.ingest.extraction.lexicon;

import java.util.Set;

/** Capitalised descriptive words ("Black", "Federal") that open a name only before an organization keyword. */
public final class Descriptors {

    public static final Set<String> WORDS = Words.load("descriptor-words.txt");

    private Descriptors() {
    }
}
