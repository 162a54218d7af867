package io.powermap.ingest.extraction.mentions;

import java.util.List;
import java.util.Set;

import io.powermap.ingest.extraction.lexicon.Words;
import io.powermap.ingest.extraction.text.Token;

/**
 * Public institutions named in sentence case, as Romance languages write them: "Assemblée nationale", "Cour des
 * comptes", "Tribunal administratif de X". A head word (assembly, court, council, tribunal) that ends a name of at most
 * three words (a sentence-opening "The" counted) takes the lower-case qualifier after it (list
 * {@code institution-qualifiers.txt}) and a place after "de"; other lower-case words stay outside the name.
 */
final class SentenceCaseInstitutions {

    private static final Set<String> HEADS = Words.of("Assemblée", "Asamblea", "Assembleia", "Cour", "Corte", "Conseil",
        "Consejo", "Conselho", "Tribunal", "Tribunale");
    private static final Set<String> QUALIFIERS = Words.load("institution-qualifiers.txt");
    private static final Set<String> PLACE_LINKS = Words.of("de", "du", "di", "do", "da");

    private SentenceCaseInstitutions() {
    }

    /** The last token of the name from {@code start} to {@code last}, past a qualifier when the head ends it. */
    static int extend(List<Token> toks, int start, int last) {
        if (last - start > 2 || !HEADS.contains(toks.get(last).text()) || last + 1 >= toks.size()) {
            return last;
        }
        int end = last;
        Token q = toks.get(last + 1);
        if (QUALIFIERS.contains(q.text())) {
            end = last + 1;
        } else if (last + 2 < toks.size() && QUALIFIERS.contains(q.text() + " " + toks.get(last + 2).text())) {
            end = last + 2;
        } else {
            return last;
        }
        if (end + 2 < toks.size() && PLACE_LINKS.contains(toks.get(end + 1).text()) && toks.get(end + 2).isWord()
            && toks.get(end + 2).isCapitalized() && !toks.get(end + 2).isAllCaps()) {
            end += 2; // "Tribunal administratif de Douala": the seat's town belongs to a court's name
        }
        return end;
    }
}
