package io.powermap.ingest.extraction.mentions;

import java.util.List;
import java.util.Set;

import io.powermap.ingest.extraction.lexicon.Words;
import io.powermap.ingest.extraction.text.Token;

/**
 * A form's field that gives the full name of the body the form describes: "Name of organisation:  X",
 * "Registered name: X". Its value is an organization's name, even one word with no keyword, and the
 * body the document is about when no title names one.
 */
public final class NameFields {

    private static final Set<String> LABEL_WORDS = Words.load("name-field-label-words.txt");
    private static final Set<String> NAME_WORDS = Words.load("name-field-name-words.txt");
    private static final int LABEL_MAX = 5;
    /** Marks a mail's subject line opens with when it answers or forwards ("Subject: RE: ..."): no name follows. */
    private static final Set<String> REPLY_MARKS = Set.of("RE", "Re", "FW", "Fw", "FWD", "Fwd", "AW", "TR", "WG", "SV", "VS");

    private NameFields() {
    }

    /** The token after the colon of a name field that opens {@code toks}, or -1 when the sentence is no such field. */
    public static int valueStart(List<Token> toks) {
        boolean name = false;
        for (int k = 0; k < toks.size() && k <= LABEL_MAX; k++) {
            Token t = toks.get(k);
            if (t.is(":")) {
                return name && k > 0 && k + 1 < toks.size() && toks.get(k + 1).isCapitalized()
                    && !REPLY_MARKS.contains(toks.get(k + 1).text()) ? k + 1 : -1;
            }
            if (name && t.is("(")) {
                k = qualifierEnd(toks, k); // "Name (English):", "Name (in full):", "Denominación (registered name):"
                continue;
            }
            if (!t.isWord() || !LABEL_WORDS.contains(t.lower()) && !NAME_WORDS.contains(t.lower())) {
                return -1;
            }
            name |= NAME_WORDS.contains(t.lower());
        }
        return -1;
    }

    /** Whether a name field's label opens with "Subject" ("Subject:", "Subject file:"): it names what the file is about. */
    public static boolean isSubjectField(List<Token> toks) {
        return !toks.isEmpty() && toks.get(0).lower().equals("subject");
    }

    /** Words a label's bracketed qualifier may hold ("(English)", "(in full)"). */
    private static final int QUALIFIER_MAX = 3;

    /** The closing bracket of a short qualifier of plain words opened at {@code open}, or the end of the tokens. */
    private static int qualifierEnd(List<Token> toks, int open) {
        for (int k = open + 1; k < toks.size() && k <= open + QUALIFIER_MAX + 1; k++) {
            if (toks.get(k).is(")")) {
                return k;
            }
            if (!toks.get(k).isWord()) {
                break;
            }
        }
        return toks.size();
    }

    private static final Set<String> OTHER_NAME_LABELS = Words.load("other-name-field-labels.txt");

    /**
     * The token after the colon of a field that gives another name of the form's body ("Short name: XYZ", "Acronym:
     * XYZ", "English name: ..."), or -1 when the sentence is no such field.
     */
    public static int otherNameValueStart(List<Token> toks) {
        StringBuilder label = new StringBuilder();
        for (int k = 0; k < toks.size() && k <= LABEL_MAX; k++) {
            Token t = toks.get(k);
            if (t.is(":")) {
                return k > 0 && k + 1 < toks.size() && OTHER_NAME_LABELS.contains(label.toString()) ? k + 1 : -1;
            }
            if (!t.isWord()) {
                return -1;
            }
            label.append(label.length() == 0 ? "" : " ").append(t.lower());
        }
        return -1;
    }

    /** The end (exclusive) of the value's name: the line's end or an opening bracket ("X (XYZ)" keeps its letters apart). */
    public static int valueEnd(List<Token> toks, int from) {
        int k = from;
        while (k < toks.size() && !toks.get(k).is("(") && !toks.get(k).is(";")) {
            k++;
        }
        return k;
    }
}
