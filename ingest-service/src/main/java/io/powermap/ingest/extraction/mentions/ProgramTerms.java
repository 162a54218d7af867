package io.powermap.ingest.extraction.mentions;

import java.util.List;
import java.util.Set;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.lexicon.Words;

/**
 * A list item "Term: description" under a programs heading defines a program, unless the
 * description itself calls the term a body ("a nonprofit", "an affiliate", "a super PAC").
 */
public final class ProgramTerms {

    private static final Set<String> BODY_NOUNS = Words.of("nonprofit", "non-profit", "organization", "organisation",
        "group", "coalition", "affiliate", "arm", "pac", "committee", "union", "foundation", "fund", "charity",
        "company", "corporation", "firm", "association", "federation", "chapter", "subsidiary", "party", "network",
        "alliance", "council", "agency", "institute", "university", "college", "think");

    private static final Set<String> SEPARATORS = Set.of(":", "(", ".", ",", "\u2014", "\u2013", "-");
    private static final List<String> HEADING_WORDS = List.of("program", "campaign", "initiative", "project", "working on",
        "our work", "flagship");

    private ProgramTerms() {
    }

    /** Headings over lists of a body's own efforts: "Programmes", "Our campaigns", "What we're working on". */
    public static boolean isProgramHeading(String heading) {
        String h = heading.toLowerCase(java.util.Locale.ROOT);
        for (String w : HEADING_WORDS) {
            if (h.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Plural nouns of a body's own efforts, which a sentence ending in a colon announces a list of. */
    private static final Set<String> LEAD_IN_NOUNS = Words.of("programmes", "programs", "projects", "campaigns",
        "initiatives");

    /**
     * "The secretariat runs three programmes:", "Our current campaigns are:": the efforts are what the colon
     * announces, the noun closing the sentence. "Grants for named programmes of the office:" lists grants.
     */
    public static boolean isProgramLeadIn(List<Token> t) {
        int k = t.size() - 2;
        if (k < 0 || !t.get(k + 1).is(":")) {
            return false;
        }
        if (LEAD_IN_COPULAS.contains(t.get(k).lower())) {
            k--;
        }
        return k >= 0 && LEAD_IN_NOUNS.contains(t.get(k).lower());
    }

    private static final Set<String> LEAD_IN_COPULAS = Words.of("are", "include", "were");

    /** "Term — description" or "Term: description": a line that defines its first name. */
    public static boolean isTermLine(List<Token> t, int termEnd) {
        return termEnd < t.size() && SEPARATORS.contains(t.get(termEnd).text()) && !t.get(termEnd).is(",") && !t.get(termEnd).is(".");
    }

    public static boolean isDefinedProgram(List<Token> t, int termEnd) {
        if (termEnd >= t.size() || !SEPARATORS.contains(t.get(termEnd).text())) {
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
