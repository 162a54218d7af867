package io.powermap.ingest.extraction.relations;

import java.util.Locale;
import java.util.Set;

import io.powermap.ingest.extraction.lexicon.Words;

/**
 * The cue lexicons more than one rule reads, each a file under resources/extraction/cues
 * ({@code <family>-<purpose>.txt}). A list only one rule reads is loaded by that rule with {@link #load}.
 */
public final class Cues {

    public static final Set<String> FUND_VERBS = load("funding-verbs");
    public static final Set<String> RECEIVE_VERBS = load("funding-receive-verbs");
    public static final Set<String> FUND_NOUNS = load("funding-nouns");
    public static final Set<String> FUNDER_NOUNS = load("funding-funder-nouns");
    public static final Set<String> STOP_VERBS = load("funding-stop-verbs");
    public static final Set<String> FOUND_VERBS = load("founding-verbs");
    /** Bare infinitives read as founding only after "helped": "helped establish X". */
    public static final Set<String> BARE_FOUND = load("founding-bare-verbs");
    public static final Set<String> FOUNDER_NOUNS = load("founding-founder-nouns");
    /** Verbs of making that name the partners of a campaign with "with" but are not founding verbs themselves. */
    public static final Set<String> PARTNER_VERBS = load("campaign-partner-verbs");
    public static final Set<String> SUPPORT = load("stance-support");
    public static final Set<String> OPPOSE = load("stance-oppose");
    /** Oppose cues that need a hate-group or similar designation to mean opposition. */
    public static final Set<String> DESIGNATE = load("stance-designate");
    /** "model bills adopted by the Council are:": a lead-in that presents measures the actor stands behind. */
    public static final Set<String> LEAD_SUPPORT = load("stance-lead-support");
    /** Cues whose object can only be a law: one repeals a statute, not a group. */
    public static final Set<String> REPEAL = load("stance-repeal");
    /** "defend" names what is defended right after it; it never reaches back to a list item's term. */
    public static final Set<String> DEFEND = load("stance-defend");
    public static final Set<String> SUPPORT_NEED_FOR = load("stance-support-need-for");
    public static final Set<String> KIN = load("family-kin");
    public static final Set<String> VERB_ROLES = load("position-verb-roles");
    /** Nouns ending the name of a unit inside a body ("the legal desk", "the prisons programme"). */
    public static final Set<String> UNIT_HEADS = load("position-unit-heads");
    /** "the bill", "the law": nouns that take up the legislation named last (read by coreference). */
    public static final Set<String> LEGISLATION_NOUNS = load("coreference-legislation-nouns");

    /** Every word of the lexicons above that some rule reads as its cue. */
    private static final Set<String> LEXICON = union(SUPPORT, OPPOSE, FUND_VERBS, FOUND_VERBS, RECEIVE_VERBS, STOP_VERBS,
        SUPPORT_NEED_FOR, DESIGNATE, REPEAL, DEFEND, LEAD_SUPPORT, PARTNER_VERBS, VERB_ROLES, FUND_NOUNS, FUNDER_NOUNS,
        FOUNDER_NOUNS, KIN);

    private Cues() {
    }

    /** The words of resources/extraction/cues/{@code name}.txt, exactly as written. */
    public static Set<String> load(String name) {
        return Words.load("cues/" + name + ".txt");
    }

    /** A word some rule reads as its cue ("Supports", "Founded"): a list item opening with it names no actor. */
    public static boolean isCueWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return isCueLexicon(w) || w.endsWith("ed") || w.endsWith("ing");
    }

    /** Whether a lower-case word is in one of the relation cue lexicons. */
    public static boolean isCueLexicon(String w) {
        return LEXICON.contains(w);
    }

    /** The words of several lexicons together, unmodifiable. */
    @SafeVarargs
    public static Set<String> union(Set<String>... sets) {
        return Words.union(sets);
    }
}
