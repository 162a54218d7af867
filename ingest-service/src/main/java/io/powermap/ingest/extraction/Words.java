package io.powermap.ingest.extraction;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

final class Words {

    private Words() {
    }

    /** Like Set.of, but a word listed twice in a long cue list is not an error. */
    static Set<String> of(String... words) {
        return Set.copyOf(new HashSet<>(Arrays.asList(words)));
    }
}
