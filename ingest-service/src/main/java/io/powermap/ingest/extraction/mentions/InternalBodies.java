package io.powermap.ingest.extraction.mentions;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.powermap.contract.EntityType;
import io.powermap.ingest.extraction.lexicon.Words;

/**
 * "Board of Trustees", "Audit Committee", "Executive Board": the organs of the organization a text is
 * about. Annotators (and users) do not want them as organizations of their own, and a page headed
 * "Board of Trustees" is about the foundation, not its board. A name is an organ when every word of it
 * is an organ noun ({@code internal-body-heads.txt}) or a word beside one ({@code internal-body-words.txt}), and
 * one of them is an organ noun.
 */
public final class InternalBodies {

    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0]+");

    private static final Set<String> HEADS = Words.load("internal-body-heads.txt");
    private static final Set<String> QUALIFIERS = Words.load("internal-body-words.txt");

    private InternalBodies() {
    }

    public static boolean isOrgan(String name) {
        boolean head = false;
        for (String w : SPACES.split(name.toLowerCase(Locale.ROOT))) {
            if (!QUALIFIERS.contains(w) && !HEADS.contains(w)) {
                return false;
            }
            head |= HEADS.contains(w);
        }
        return head;
    }

    /** "board", "Committee": a noun naming an organ of a body. */
    public static boolean isOrganNoun(String word) {
        return HEADS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Drops organ names from a sentence's mentions, before entities are made from them. */
    public static void drop(List<Mention> mentions) {
        mentions.removeIf(m -> m.type != EntityType.PERSON && isOrgan(m.name));
    }
}
