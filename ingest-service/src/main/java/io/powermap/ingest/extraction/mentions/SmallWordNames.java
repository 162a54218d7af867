package io.powermap.ingest.extraction.mentions;

import java.util.List;
import java.util.Set;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.lexicon.Gazetteer;
import io.powermap.ingest.extraction.lexicon.Words;

/**
 * Names of campaigns and groups often keep lowercase words inside ("Ready for 50", "Save the
 * Forests"). Taken blindly that would glue "the Club in Boston" together, so the longer reading is
 * only accepted where the text itself marks a name: a naming cue before it ("known as", "called"),
 * a descriptive appositive after it (", a campaign ..."), or the defined term opening a list item.
 */
public final class SmallWordNames {

    private static final Set<String> SMALL = Words.of("for", "in", "to", "the", "a", "an", "of", "on", "at", "my", "your",
        "our", "their", "from", "with", "against");
    private static final Set<String> NAMING_CUES = Words.of("called", "dubbed", "named", "titled", "branded", "nicknamed");
    private static final Set<String> KIND_NOUNS = Words.of("gathering", "event", "conference", "coalition", "alliance",
        "summit", "rally", "database", "scorecard", "index", "report", "guide", "tool", "extension", "app", "website");
    private static final Set<String> EFFORT_HEADS = Words.of("campaign", "initiative", "push", "programme", "program", "drive");
    private static final Set<String> TERM_ENDS = Words.of(":", "(", ".", ",", "\u2013", "\u2014", "-");

    private SmallWordNames() {
    }

    /** The last token of the name starting at {@code start}, past small words when the text marks a name. */
    public static int extend(List<Token> toks, int start, int last, boolean listItem, Gazetteer g) {
        int end = last;
        int k = last + 1;
        int n = toks.size();
        boolean place = false;
        while (k < n) {
            int m = k;
            while (m < n && m - k < 2 && SMALL.contains(toks.get(m).text())) {
                m++;
            }
            if (m == k) {
                break;
            }
            int c = m;
            while (c < n) {
                Token u = toks.get(c);
                if (u.isWord() && u.isCapitalized() || u.isNumber()) {
                    place |= u.isWord() && g.isPlace(u.text());
                    c++;
                } else if (u.is("$") && c + 1 < n && toks.get(c + 1).isNumber() && toks.get(c + 1).start() == u.end()) {
                    c += 2;
                } else {
                    break;
                }
            }
            if (c == m || c - start > 9) {
                break;
            }
            end = c - 1;
            k = c;
        }
        // a law's own small words are handled by the legislation rules, which also drop a leading verb
        if (end == last || g.legislationKeywords.contains(toks.get(end).text()) || verbLike(toks.get(start).text())) {
            return last;
        }
        boolean term = listItem && start == 0 && (end + 1 >= n || TERM_ENDS.contains(toks.get(end + 1).text()));
        if (term || !place && (namedByCue(toks, start) || describedAfter(toks, end + 1) || effortAfter(toks, end + 1))) {
            return end;
        }
        return last;
    }

    private static boolean namedByCue(List<Token> toks, int start) {
        if (start < 1) {
            return false;
        }
        String p = toks.get(start - 1).lower();
        if (NAMING_CUES.contains(p) || p.equals("as") && start >= 2 && toks.get(start - 2).lower().equals("known")) {
            return true;
        }
        // "a newer initiative, Ready for 100, ...": the name in apposition to a kind of effort
        return p.equals(",") && start >= 2 && isKind(toks.get(start - 2).lower());
    }

    /** "an effort, known as X" / "a drive called X": the name a kind of effort is given is a campaign's. */
    public static boolean namesEffort(List<Token> toks, int start) {
        int k = start - 1;
        if (k >= 1 && toks.get(k).lower().equals("as") && toks.get(k - 1).lower().equals("known")) {
            k -= 2;
        } else if (k >= 0 && NAMING_CUES.contains(toks.get(k).lower())) {
            k--;
        } else {
            return false;
        }
        if (k >= 0 && toks.get(k).is(",")) {
            k--;
        }
        return k >= 0 && NameChunker.CAMPAIGN_NOUNS.contains(toks.get(k).lower());
    }

    private static boolean describedAfter(List<Token> toks, int p) {
        if (p + 2 >= toks.size() || !toks.get(p).is(",") || !(toks.get(p + 1).is("a") || toks.get(p + 1).is("an"))) {
            return false;
        }
        for (int k = p + 2; k < toks.size() && k < p + 6; k++) {
            String w = toks.get(k).lower();
            if (isKind(w)) {
                return true;
            }
            if (!toks.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** "the Mend the Nets campaign": a kind of effort right after the longer reading names it. */
    private static boolean effortAfter(List<Token> toks, int p) {
        return p < toks.size() && EFFORT_HEADS.contains(toks.get(p).lower())
            && !toks.get(p).isCapitalized();
    }

    private static boolean verbLike(String w) {
        return w.endsWith("ed") || w.endsWith("ing");
    }

    private static boolean isKind(String w) {
        return NameChunker.CAMPAIGN_NOUNS.contains(w) || KIND_NOUNS.contains(w);
    }
}
