package io.powermap.ingest.extraction;

import java.util.Set;

/** Capitalised descriptive words ("Black", "Federal") that open a name only before an organization keyword. */
final class Descriptors {

    static final Set<String> WORDS = Words.load("descriptor-words.txt");

    private Descriptors() {
    }
}
