package io.powermap.ingest.extraction.layout;

import java.util.regex.Pattern;

/**
 * An entry of a definition list in plain text (reStructuredText and many hand-typed dossiers): a short term on a line
 * of its own and, on the lines right under it and indented further, what it says of the term. When the term is a
 * person's name ("A B" over "Treasurer since 2018.") or a post ("Director" over "C D, in post since 2019."), the two
 * are one statement; read apart, the name or post became a heading and the post or name a sentence with no one to
 * hold it. Such an entry is read as one line: "A B — Treasurer since 2018.", "Director: C D, in post since 2019.".
 * Any other term (a programme's name, a place) is left as it stands.
 */
final class DefinitionLists {

    private static final int MIN_EXTRA_INDENT = 2;
    private static final int MAX_TERM_WORDS = 6;
    /** A colon or comma (a record's field, a sentence), a digit (a row's code) or a gap between columns. */
    private static final Pattern TERM_STOPS = Pattern.compile("[:,;\\d]|\\s{2,}");

    private DefinitionLists() {
    }

    /**
     * The entry whose term is line {@code i}, as one line, in {@code out[0]}; returns the index of the first line after
     * the entry, or {@code i} when no such entry starts there.
     */
    static int read(String[] lines, int i, String[] out) {
        String term = lines[i].strip();
        int indent = indent(lines[i]);
        if (i + 1 >= lines.length || lines[i + 1].isBlank() || indent(lines[i + 1]) < indent + MIN_EXTRA_INDENT
            || term.endsWith(".") || term.split(" ").length > MAX_TERM_WORDS || TERM_STOPS.matcher(term).find()) {
            return i; // a term is a bare name or post
        }
        boolean name = StaffCards.isNameLine(term);
        boolean post = !name && StaffCards.isTitleLine(term);
        if (!name && !post) {
            return i;
        }
        StringBuilder text = new StringBuilder(term).append(post ? ": " : " \u2014 ");
        int k = i + 1;
        int inner = indent(lines[k]);
        for (; k < lines.length && !lines[k].isBlank() && indent(lines[k]) >= inner; k++) {
            text.append(k > i + 1 ? " " : "").append(lines[k].strip());
        }
        out[0] = text.toString();
        return k;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
            n += line.charAt(n) == '\t' ? 4 : 1;
        }
        return n;
    }
}
