package io.powermap.ingest.extraction;

record Token(int start, int end, String text) {

    boolean isWord() {
        return Character.isLetter(text.codePointAt(0));
    }

    boolean isCapitalized() {
        int c = text.codePointAt(0);
        return Character.isUpperCase(c);
    }

    boolean isNumber() {
        return Character.isDigit(text.charAt(0));
    }

    boolean is(String s) {
        return text.equals(s);
    }

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    /** All letters upper case and at least two of them: SPLC, NAACP, U.S. */
    boolean isAllCaps() {
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
}
