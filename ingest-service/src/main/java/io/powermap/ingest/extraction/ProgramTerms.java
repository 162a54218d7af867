package io.powermap.ingest.extraction;

import java.util.List;
import java.util.Set;

/**
 * A list item "Term: description" under a programs heading defines a program, unless the
 * description itself calls the term a body ("a nonprofit", "an affiliate", "a super PAC").
 */
final class ProgramTerms {

    private static final Set<String> BODY_NOUNS = Words.of("nonprofit", "non-profit", "organization", "organisation",
        "group", "coalition", "affiliate", "arm", "pac", "committee", "union", "foundation", "fund", "charity",
        "company", "corporation", "firm", "association", "federation", "chapter", "subsidiary", "party", "network",
        "alliance", "council", "agency", "institute", "university", "college", "think");

    private ProgramTerms() {
    }

    static boolean isDefinedProgram(List<Token> t, int termEnd) {
        if (termEnd >= t.size() || !(t.get(termEnd).is(":") || t.get(termEnd).is("(") || t.get(termEnd).is("."))) {
            return false;
        }
        int limit = Math.min(t.size(), termEnd + 12);
        for (int k = termEnd + 1; k < limit; k++) {
            String w = t.get(k).lower();
            if (BODY_NOUNS.contains(w)) {
                return false;
            }
            if (w.equals(",") || w.equals("that") || w.equals("which")) {
                break;
            }
        }
        return true;
    }
}
