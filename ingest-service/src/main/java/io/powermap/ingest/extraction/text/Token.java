package io.powermap.ingest.extraction.text;

/** A word or punctuation mark with its offsets; lower case is computed once, as every rule asks for it. */
public final class Token {

    private final int start;
    private final int end;
    private final String text;
    private final String lower;
    private final String written;

    public Token(int start, int end, String text) {
        this(start, end, text, text);
    }

    /**
     * A token read as {@code text} but shown as {@code written}: "foodwatch" is chunked as a
     * capitalised word and still named as its owners write it.
     */
    public Token(int start, int end, String text, String written) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.written = written;
        this.lower = text.toLowerCase(java.util.Locale.ROOT);
    }

    /** The token as the document writes it; differs from {@link #text()} only for a stylised name. */
    public String written() {
        return written;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String text() {
        return text;
    }

    public boolean isWord() {
        return Character.isLetter(text.codePointAt(0));
    }

    public boolean isCapitalized() {
        int c = text.codePointAt(0);
        return Character.isUpperCase(c);
    }

    public boolean isNumber() {
        return Character.isDigit(text.charAt(0));
    }

    public boolean is(String s) {
        return text.equals(s);
    }

    public String lower() {
        return lower;
    }

    /** All letters upper case and at least two of them: SPLC, NAACP, U.S. */
    public boolean isAllCaps() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Token that && start == that.start && end == that.end && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * start + end) + text.hashCode();
    }

    @Override
    public String toString() {
        return text + "@" + start;
    }
}
