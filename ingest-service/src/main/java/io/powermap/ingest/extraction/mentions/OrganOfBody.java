package io.powermap.ingest.extraction.mentions;

import java.util.List;

import io.powermap.ingest.extraction.text.Token;

/**
 * An organ named together with the body it belongs to: "Board of Trustees of the Lindqvist Trust", "Executive
 * Committee of Harbour Workers Union". The organ is no entity of its own (see {@link InternalBodies}); the body after
 * "of" is the name, so that the body is found, and the document's subject, when the organ speaks for it (minutes,
 * resolutions). Only an organ of two or more words ("Board of Directors", "Supervisory Board") is cut off: a single
 * noun ("Council of Europe", "Council of the European Union") is often the start of a body's own name.
 */
final class OrganOfBody {

    private static final int MIN_ORGAN_WORDS = 2;

    private OrganOfBody() {
    }

    /**
     * The first token of the body's name, after the organ, "of" and perhaps "the", in the name from {@code s} to
     * {@code e}; {@code s} when the name does not open with an organ of two or more words and "of". The caller checks
     * that what follows names a body.
     */
    static int bodyStart(List<Token> toks, int s, int e) {
        for (int k = s + 1; k + 1 < e; k++) {
            if (!toks.get(k).is("of") || k - s < MIN_ORGAN_WORDS) {
                continue;
            }
            if (!InternalBodies.isOrgan(NameChunker.surface(toks, s, k))) {
                return s; // the words before this "of" are no organ; a later "of" will not make them one
            }
            int body = k + 1;
            if (toks.get(body).is("the") && body + 1 < e) {
                body++;
            }
            if (toks.get(body).isWord() && toks.get(body).isCapitalized() && !toks.get(body).is("of")
                && !InternalBodies.isOrgan(NameChunker.surface(toks, body, e))) {
                return body;
            }
        }
        return s;
    }
}
