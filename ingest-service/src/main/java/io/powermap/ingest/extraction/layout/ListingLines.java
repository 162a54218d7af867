package io.powermap.ingest.extraction.layout;

import java.util.Set;
import java.util.regex.Pattern;

import io.powermap.ingest.extraction.lexicon.Words;

/**
 * Lines that list a person with a title and a body, one to a line and with no full stop ("A B, Director, C Society",
 * "Panel: A B, Economist, C Bank"), as programmes and speaker lists give them: each is read as a block of its own
 * instead of being run together with the lines around it into one long sentence.
 */
final class ListingLines {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Words a person's name may hold in lower case ("Ana de la Cruz", "Jan van Dijk"). */
    private static final Set<String> NAME_PARTICLES = Words.union(Words.load("name-particles.txt"),
        Words.of("della", "le", "al", "el", "y"));
    private static final int MAX_WORDS = 18;
    private static final int MAX_NAME_WORDS = 6;

    private ListingLines() {
    }

    /**
     * Whether line {@code i} is such a record standing alone: a record that is indented, or has a record as the
     * nearest non-blank line before or after it.
     */
    static boolean standsAlone(String[] lines, int i) {
        if (!isRecord(lines[i].strip())) {
            return false;
        }
        if (Character.isWhitespace(lines[i].charAt(0))) {
            return true;
        }
        int before = i - 1;
        while (before >= 0 && lines[before].isBlank()) {
            before--;
        }
        int after = i + 1;
        while (after < lines.length && lines[after].isBlank()) {
            after++;
        }
        return before >= 0 && isRecord(lines[before].strip()) || after < lines.length && isRecord(lines[after].strip());
    }

    /**
     * The record without a short label before it: "Panel: A B, Director, C" is "A B, Director, C" (a programme's
     * label says what the speaker does at the event, the record's own title says the post); other lines as they are.
     */
    static String withoutLabel(String line) {
        int colon = line.indexOf(": ");
        if (colon <= 0 || colon > 30 || line.indexOf(", ") < colon || SPACES.split(line.substring(0, colon)).length > 2) {
            return line;
        }
        return line.substring(colon + 2).strip();
    }

    /**
     * "A B, Title, Body" after an optional short "Label: ": at least two commas, a name of one to six capitalised words
     * (particles allowed) before the first, a capital opening the last part, at most 18 words, and no full stop, comma,
     * semicolon or colon at the end.
     */
    static boolean isRecord(String line) {
        if (line.isEmpty() || line.length() > 160) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':' || !Character.isUpperCase(line.codePointAt(0))) {
            return false;
        }
        int colon = line.indexOf(": ");
        int from = colon > 0 && colon <= 30 && line.indexOf(", ") > colon ? colon + 2 : 0;
        int first = line.indexOf(", ", from);
        int lastComma = line.lastIndexOf(", ");
        if (first < 0 || lastComma == first || SPACES.split(line).length > MAX_WORDS
            || lastComma + 2 >= line.length() || !Character.isUpperCase(line.codePointAt(lastComma + 2))) {
            return false;
        }
        return nameLike(line.substring(from, first));
    }

    private static boolean nameLike(String name) {
        String[] words = SPACES.split(name.strip());
        if (words.length < 2 || words.length > MAX_NAME_WORDS) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !(Character.isUpperCase(w.codePointAt(0)) || NAME_PARTICLES.contains(w))) {
                return false;
            }
            for (int k = 0; k < w.length(); k++) {
                if (Character.isDigit(w.charAt(k))) {
                    return false;
                }
            }
        }
        return true;
    }
}
