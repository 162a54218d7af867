package io.powermap.ingest.extraction.resolution;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.powermap.ingest.extraction.layout.BlockKind;
import io.powermap.ingest.extraction.text.Token;

/**
 * A news story's dateline names the place it was filed from, not a body: "LUSAKA —", "PORT MORESBY
 * (Reuters) —", "TBILISI, 3 March —" before the first sentence of the story. The words in capitals
 * are a dateline when a dash follows them (after an agency or a date, if any), a whole sentence follows
 * the dash, and the document does not write those words in capitals again (an acronym that opens a
 * line, "HRW — researcher", is written again).
 */
public final class Datelines {

    /** Sentences from the top of a document in which a dateline may stand (a headline, a byline, the first paragraph). */
    private static final int FIRST_SENTENCES = 6;
    private static final int SENTENCE_AFTER = 8;
    private static final Set<String> MONTHS = Stream.of(Month.values())
        .flatMap(m -> Stream.of(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH), m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)))
        .collect(Collectors.toUnmodifiableSet());

    private Datelines() {
    }

    public static void drop(List<SentenceView> views) {
        for (int i = 0; i < views.size() && i < FIRST_SENTENCES; i++) {
            SentenceView v = views.get(i);
            BlockKind kind = v.sentence.kind();
            if (kind == BlockKind.TITLE || kind == BlockKind.HEADING) {
                continue;
            }
            int end = placeEnd(v.tokens);
            if (end > 0 && !writtenAgain(views, v, end)) {
                v.mentions.removeIf(m -> m.tokStart < end);
                return;
            }
        }
    }

    /** The end of the dateline's words in capitals, or -1 when the sentence does not open with a dateline. */
    private static int placeEnd(List<Token> t) {
        int k = 0;
        while (k < t.size() && k < 3 && t.get(k).isWord() && t.get(k).isAllCaps() && t.get(k).text().length() >= 3) {
            k++;
        }
        if (k == 0) {
            return -1;
        }
        int j = k;
        if (j < t.size() && t.get(j).is("(")) {
            while (j < t.size() && !t.get(j).is(")")) {
                j++; // "(Reuters)", "(AP)"
            }
            j++;
        } else if (j < t.size() && t.get(j).is(",")) {
            j++;
            while (j < t.size() && (t.get(j).isNumber() || MONTHS.contains(t.get(j).text()) || t.get(j).is(","))) {
                j++; // ", 3 March 2026"
            }
        }
        boolean dash = j < t.size() && (t.get(j).is("\u2014") || t.get(j).is("\u2013") || t.get(j).is("-"));
        return dash && t.size() - j - 1 >= SENTENCE_AFTER ? k : -1;
    }

    private static boolean writtenAgain(List<SentenceView> views, SentenceView dateline, int end) {
        for (SentenceView v : views) {
            for (int k = 0; k < v.tokens.size(); k++) {
                if (v == dateline && k < end) {
                    continue;
                }
                for (int d = 0; d < end; d++) {
                    if (v.tokens.get(k).text().equals(dateline.tokens.get(d).text())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
