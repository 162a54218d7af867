package io.powermap.ingest.extraction.mentions;

import java.util.List;

import io.powermap.contract.EntityType;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.lexicon.Gazetteer;

/**
 * Couples and siblings are often named with one surname: "Otto and Greta Lind",
 * "Elmer and Hugo Quist". Both given names must be known first names, so "Smith and Wesson
 * Holdings" or "Johnson and Johnson" stay whole.
 */
public final class SharedSurname {

    private SharedSurname() {
    }

    /** The first person of "First and First Surname", named with the shared surname, or null. */
    public static Mention firstOfPair(int sentenceIndex, List<Token> toks, int from, int to, Gazetteer g) {
        int surnameWords = to - from - 3;
        if (surnameWords < 1 || surnameWords > 2 || !toks.get(from + 1).is("and")) {
            return null;
        }
        Token first = toks.get(from);
        Token second = toks.get(from + 2);
        if (!g.firstNames.contains(first.text()) || !g.firstNames.contains(second.text())) {
            return null;
        }
        StringBuilder surname = new StringBuilder();
        for (int k = from + 3; k < to; k++) {
            Token w = toks.get(k);
            if (!w.isWord() || !w.isCapitalized() || w.isAllCaps() || g.orgKeywords.contains(w.text())) {
                return null;
            }
            surname.append(' ').append(w.text());
        }
        return new Mention(sentenceIndex, from, from + 1, first.start(), first.end(), first.text() + surname,
            EntityType.PERSON, Mention.LEXICAL);
    }
}
