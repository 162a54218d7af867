package io.powermap.ingest.extraction.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Codes that number a document's items ("F1" ... "F6" for facts, "S2" for a strength, "A3" for a question, "R5" for a
 * recommendation) open their lines and are no part of the name that follows them: "F5 Awa Diallo chairs ..." names
 * Awa Diallo. A code counts as a label only when the document opens two or more lines with the same letters and
 * different numbers, so that a name that really starts with such letters and digits ("C4 Center", "D66") is kept.
 */
public final class ItemLabels {

    private static final Pattern CODE = Pattern.compile("([A-Z]{1,2})(\\d{1,3})");

    private ItemLabels() {
    }

    /** The letters of codes that open two or more sentences with different numbers. */
    public static Set<String> series(List<List<Token>> sentences) {
        Map<String, Set<String>> numbers = new HashMap<>();
        for (List<Token> toks : sentences) {
            if (toks.size() > 1) {
                Matcher m = CODE.matcher(toks.get(0).text());
                if (m.matches()) {
                    numbers.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(m.group(2));
                }
            }
        }
        Set<String> out = new HashSet<>();
        numbers.forEach((letters, seen) -> {
            if (seen.size() >= 2) {
                out.add(letters);
            }
        });
        return out;
    }

    /** {@code toks} without its opening label (and a stop, colon or bracket right after it), or {@code toks} itself. */
    public static List<Token> drop(List<Token> toks, Set<String> series) {
        if (series.isEmpty() || toks.size() < 2) {
            return toks;
        }
        Matcher m = CODE.matcher(toks.get(0).text());
        if (!m.matches() || !series.contains(m.group(1))) {
            return toks;
        }
        int from = toks.get(1).is(".") || toks.get(1).is(":") || toks.get(1).is(")") ? 2 : 1;
        return from < toks.size() ? List.copyOf(toks.subList(from, toks.size())) : toks;
    }
}
