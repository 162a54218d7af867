package io.powermap.ingest.extraction.layout;

/**
 * A reply in plain text quotes the message before it with "&gt;" at the start of every line, one more
 * for each earlier message ("&gt;&gt;", "&gt; &gt;"). Left in, the marks glue the quoted lines into one
 * paragraph (a line holding only marks is no blank line) and stand inside sentences and names. The
 * marks are taken off each line, so that the quoted messages read as the lines and paragraphs their
 * writers typed.
 */
final class QuotedReplies {

    /** Fewer quoted lines than this is a stray mark ("&gt; 50 members"), not a quoted message. */
    private static final int MIN_QUOTED = 3;

    private QuotedReplies() {
    }

    static String[] unquote(String[] lines) {
        int quoted = 0;
        for (String l : lines) {
            if (markEnd(l) > 0) {
                quoted++;
            }
        }
        if (quoted < MIN_QUOTED) {
            return lines;
        }
        String[] out = lines.clone();
        for (int i = 0; i < out.length; i++) {
            int end = markEnd(out[i]);
            if (end > 0) {
                out[i] = out[i].substring(end);
            }
        }
        return out;
    }

    /**
     * The end of the quote marks opening {@code line} and of the one space after the last of them, or 0. Spaces
     * beyond that one are the writer's own indent (a wrapped list item) and stay.
     */
    private static int markEnd(String line) {
        int i = 0;
        int n = line.length();
        int lastMark = -1;
        while (i < n && (line.charAt(i) == '>' || line.charAt(i) == ' ')) {
            if (line.charAt(i) == '>') {
                lastMark = i;
            }
            i++;
        }
        if (lastMark < 0) {
            return 0;
        }
        return lastMark + 1 < n && line.charAt(lastMark + 1) == ' ' ? lastMark + 2 : lastMark + 1;
    }
}
