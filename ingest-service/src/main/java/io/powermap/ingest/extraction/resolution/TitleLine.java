package io.powermap.ingest.extraction.resolution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.powermap.contract.NameKeys;
import io.powermap.ingest.extraction.layout.BlockKind;
import io.powermap.ingest.extraction.layout.StaffCards;
import io.powermap.ingest.extraction.text.LanguageGuard;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.lexicon.Gazetteer;
import io.powermap.ingest.extraction.lexicon.KindWords;
import io.powermap.ingest.extraction.mentions.Mention;

/**
 * A document's first line is a name only when the body confirms it. A headline ("Dockworkers Union
 * Settles Pension Dispute") or a generic label ("Grant Notes") yields capitalised words that name
 * nothing; their mentions are dropped so that neither an entity nor the document's subject comes
 * from them. A title names an entity when the body names it again (by the same name or by its
 * initials), when the whole line is one name ending in an organization keyword, or when the whole
 * line is one name in another language whose last two or more words the body uses again and again
 * as its short form (a local name such as "Red Ciudadana Vigía Andina", called "Vigía Andina"
 * throughout; an English headline such as "Volunteers Rescue Harbor Watch" ends the same way).
 */
public final class TitleLine {

    /** Dashes and bars that set a header's name off what follows: "INESC — Instituto ...", "Name | Site". */
    static final Set<String> DASHES = Set.of("—", "–", "-", "|");

    private final Gazetteer g;
    private final LanguageGuard language;

    public TitleLine(Gazetteer g, LanguageGuard language) {
        this.g = g;
        this.language = language;
    }

    public void dropUnconfirmedNames(List<SentenceView> views) {
        Map<String, Integer> bodyKeys = new HashMap<>();
        Set<String> bodyHeads = new HashSet<>();
        Map<String, Integer> kindCalls = new HashMap<>();
        for (SentenceView v : views) {
            if (v.sentence.kind() == BlockKind.TITLE) {
                continue;
            }
            bodyHeads.addAll(capitalisedHeads(v.tokens));
            for (int k = 1; k < v.tokens.size(); k++) {
                Token w = v.tokens.get(k);
                if (v.tokens.get(k - 1).lower().equals("the") && w.isWord() && !w.isCapitalized()) {
                    kindCalls.merge(w.text(), 1, Integer::sum);
                }
            }
            for (Mention m : v.mentions) {
                bodyKeys.merge(NameKeys.of(m.name), 1, Integer::sum);
                if (m.alternateName != null) {
                    bodyKeys.merge(NameKeys.of(m.alternateName), 1, Integer::sum);
                }
            }
        }
        for (SentenceView v : views) {
            if (v.sentence.kind() == BlockKind.TITLE) {
                v.mentions.removeIf(m -> !confirmed(m, v, bodyKeys) && !(wholeLine(m, v) && (ownAcronym(m, v) || namesHead(m, bodyHeads)))
                    && !calledByEnglishKind(m, v, kindCalls));
            } else if (v.sentence.kind() == BlockKind.HEADING || label(v)) {
                v.mentions.removeIf(m -> StaffCards.isHeadingOnly(m.name)); // "Meet the Staff" names nobody
            }
        }
    }

    /** How often the body must call a header's name by its kind word in English to confirm it. */
    private static final int ENGLISH_KIND_CALLS = 2;

    /**
     * A header that is a name in its own language opening with its kind word ("Associació X — Annual report"),
     * which the English body calls "the association" again and again, never by the name itself: that is the
     * name of what the document is about, not a headline's capitalised words.
     */
    private static boolean calledByEnglishKind(Mention m, SentenceView title, Map<String, Integer> kindCalls) {
        if (!(wholeLine(m, title) || headerName(m, title)) || m.tokEnd - m.tokStart < 2) {
            return false;
        }
        for (String english : KindWords.englishFor(title.tokens.get(m.tokStart).text())) {
            if (kindCalls.getOrDefault(english.toLowerCase(Locale.ROOT), 0) >= ENGLISH_KIND_CALLS) {
                return true;
            }
        }
        return false;
    }

    /** A short line that is not a sentence: a heading, a breadcrumb trail ("Home › Meet the Staff"), a menu. */
    private static boolean label(SentenceView v) {
        List<Token> t = v.tokens;
        return !t.isEmpty() && t.size() <= 8 && !t.get(t.size() - 1).is(".");
    }

    private boolean confirmed(Mention m, SentenceView title, Map<String, Integer> bodyKeys) {
        if (StaffCards.isHeadingOnly(m.name)) {
            return false; // "Our People", "Leadership": a page's label, whatever the body repeats
        }
        if (bodyKeys.containsKey(NameKeys.of(m.name)) || bodyKeys.containsKey(NameKeys.of(EntityResolver.withoutLegalForm(m)))) {
            return true;
        }
        String initials = EntityResolver.initials(m.name);
        if (initials.length() >= 2 && bodyKeys.containsKey(NameKeys.of(initials))) {
            return true;
        }
        if (glossedHeader(m, title)) {
            return true;
        }
        boolean keyword = g.orgKeywords.contains(title.tokens.get(m.tokEnd - 1).text());
        return wholeLine(m, title) && (keyword || shortFormInBody(m, bodyKeys) && language.isSurelyForeignPhrase(m.name))
            // "Konfederacja Lewiatan (…) — employers' organisation": languages that put the kind word first
            || headerName(m, title) && (keyword || g.orgKeywords.contains(title.tokens.get(m.tokStart).text())
            && bodyKeys.containsKey(NameKeys.of(m.name.substring(m.name.indexOf(' ') + 1)))); // "Council Tax – what to know" is not
    }

    /**
     * A header that gives a name in its own language with its English gloss in brackets, perhaps with
     * a legal form between them, and nothing else ("Liga pro lidská práva, z. s. (League of Human
     * Rights)"): a headline is never glossed.
     */
    private static boolean glossedHeader(Mention m, SentenceView title) {
        List<Token> t = title.tokens;
        if (m.tokStart != 0 || m.tokEnd - m.tokStart < 2) {
            return false;
        }
        int k = SentenceCaseNames.pastLegalForm(t, m.tokEnd); // "Name, z. s. (Gloss)"
        if (k >= t.size() || !t.get(k).is("(")) {
            return false;
        }
        int open = k++;
        int capitalised = 0;
        while (k < t.size() && !t.get(k).is(")") && k - open <= 10) {
            capitalised += t.get(k).isWord() && t.get(k).isCapitalized() ? 1 : 0;
            k++;
        }
        return capitalised >= 2 && k < t.size() && t.get(k).is(")") && (k + 1 == t.size() || DASHES.contains(t.get(k + 1).text()));
    }

    /**
     * A dossier's header line: the name, perhaps a gloss in brackets, then a dash or bar and a description
     * ("Harbor Renters Alliance (HRA) — tenants' union, Lisbon").
     */
    private static boolean headerName(Mention m, SentenceView title) {
        List<Token> t = title.tokens;
        int end = m.tokEnd;
        if (end < t.size() && t.get(end).is("(")) {
            while (end < t.size() && !t.get(end).is(")")) {
                end++;
            }
            end++;
        }
        return m.tokStart == 0 && end < t.size() && DASHES.contains(t.get(end).text());
    }

    /**
     * Organization keywords the body writes capitalised after "the", as a short form of a name it gave
     * earlier ("the Bureau", "the Centre"): a headline's words are not written so.
     */
    private Set<String> capitalisedHeads(List<Token> t) {
        Set<String> heads = new HashSet<>();
        for (int k = 1; k < t.size(); k++) {
            Token w = t.get(k);
            if (t.get(k - 1).lower().equals("the") && w.isCapitalized() && g.orgKeywords.contains(w.text())
                && (k + 1 == t.size() || !t.get(k + 1).isCapitalized() && !t.get(k + 1).is("of"))) {
                heads.add(w.text());
            }
        }
        return heads;
    }

    /** Whether the name's head keyword (its last word, or the one before "for", "of", "on") is one the body uses alone. */
    private static boolean namesHead(Mention m, Set<String> bodyHeads) {
        String[] words = m.name.split(" ");
        for (int k = 0; k < words.length; k++) {
            boolean head = k == words.length - 1 || Set.of("for", "of", "on", "against").contains(words[k + 1]);
            if (head && bodyHeads.contains(words[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Harbor Bureau for Tenant Rights (HBTR)", "Upland Bureau for Prison Monitoring and Legal Aid (UBPM)": the
     * line gives the name its own initials (or those of its first words), as a header does; "(AP)" does not.
     */
    private static boolean ownAcronym(Mention m, SentenceView title) {
        List<Token> t = title.tokens;
        int end = m.tokEnd;
        if (end + 2 >= t.size() || !t.get(end).is("(") || !t.get(end + 2).is(")")) {
            return false;
        }
        String acronym = t.get(end + 1).text();
        return acronym.length() >= 3 && t.get(end + 1).isAllCaps()
            && EntityResolver.initials(m.name).toUpperCase(Locale.ROOT).startsWith(acronym);
    }

    /** The name's last two or more words, capitalised, named at least twice in the body: a headline's tail is not. */
    private static boolean shortFormInBody(Mention m, Map<String, Integer> bodyKeys) {
        String[] words = m.name.split(" ");
        for (int k = 1; k + 2 <= words.length; k++) {
            if (Character.isUpperCase(words[k].charAt(0))
                && bodyKeys.getOrDefault(NameKeys.of(String.join(" ", List.of(words).subList(k, words.length))), 0) >= 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean wholeLine(Mention m, SentenceView title) {
        List<Token> t = title.tokens;
        int end = m.tokEnd;
        if (end < t.size() && t.get(end).is("(") && t.get(t.size() - 1).is(")")) {
            end = t.size(); // "Harbor Renters Alliance (HRA)", "Harbor Renters Alliance (est. 1999)"
        }
        int start = m.tokStart;
        if (start >= 1 && t.get(start - 1).lower().equals("the")) {
            start--;
        }
        if (start == 1 && t.get(0).is("About")) {
            start = 0; // an about page's heading, "About the Harbor Renters Alliance", names only what it is about
        }
        return start == 0 && end >= t.size() - 1;
    }
}
