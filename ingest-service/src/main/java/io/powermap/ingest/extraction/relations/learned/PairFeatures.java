package io.powermap.ingest.extraction.relations.learned;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.powermap.contract.EntityType;
import io.powermap.ingest.extraction.lexicon.Gazetteer;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.RelationDraft;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Dates;
import io.powermap.ingest.extraction.text.Money;
import io.powermap.ingest.extraction.text.Token;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * The features of two slots of one sentence, as strings a maximum-entropy model reads: the entity
 * types in order, the words between (stemmed, other names replaced by their type), the words just
 * outside, the cue lexicons those words belong to, the relationships the rules already stated
 * between the two, and the sentence's money, years and block kind. Words are vocabulary of the text
 * at hand, never names: a name between the two is read as its type only. Thread-safe.
 */
public final class PairFeatures {

    /** Slots further apart than this many tokens are not paired. */
    public static final int MAX_GAP = 30;

    /**
     * The cue lexicons whose membership is a feature of a word: a word the model never saw in training
     * still tells it something when a lexicon holds it.
     */
    private static final Map<String, List<String>> LEXICONS = lexicons(
        "affiliation-vehicle-nouns", "campaign-partner-verbs", "campaign-program-nouns", "campaign-run-verbs",
        "campaign-run-with-verbs", "family-child-kin", "family-kin", "family-parent-kin", "founding-bare-verbs",
        "founding-founder-nouns", "founding-verbs", "funding-ended-nouns", "funding-funder-kinds", "funding-funder-nouns",
        "funding-grant-making-verbs", "funding-nouns", "funding-receive-verbs", "funding-stop-verbs", "funding-urge-verbs",
        "funding-verbs", "funding-verbs-need-amount", "hierarchy-affiliate-name-words", "hierarchy-cues",
        "membership-cues", "position-body-includes", "position-departure-verbs", "position-handover-verbs",
        "position-jobs", "position-occupations", "position-serve-verbs", "position-succession-verbs",
        "position-unit-heads", "position-verb-roles", "stance-defend", "stance-designate", "stance-give-up-verbs",
        "stance-hostile-labels", "stance-negative-words", "stance-oppose", "stance-positive-words",
        "stance-pressure-verbs", "stance-repeal", "stance-speech-verbs", "stance-sponsor-verbs", "stance-support",
        "stance-support-need-for");

    private final Gazetteer gazetteer;

    public PairFeatures(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @param v       the sentence
     * @param a       the earlier slot
     * @param b       the later slot, starting at or after {@code a}'s end
     * @param subject the document's subject, or null
     * @param stated  the relationships the rules stated in the document so far
     * @param facts   {@link #prepare} of {@code v}
     */
    public List<String> of(SentenceView v, SentenceFacts facts, Slot a, Slot b, EntityDraft subject, List<RelationDraft> stated) {
        List<Token> t = v.tokens;
        EntityDraft ea = a.root();
        EntityDraft eb = b.root();
        // the subject left unnamed is another kind of pair: its "between" is the sentence's opening
        String tp = (a.to() == 0 && a.reference() ? "imp|" : "") + "tp=" + type(ea) + "_" + type(eb);
        List<String> f = new ArrayList<>(48);
        f.add(tp);
        f.add("kind=" + v.sentence.kind());
        List<String> between = words(v, facts, b.from() > a.to() ? a.to() : b.from(), b.from(), a, b);
        f.add(tp + "|gap=" + bucket(between.size()));
        if (between.isEmpty()) {
            f.add("adjacent");
        } else {
            f.add("first=" + between.get(0));
            f.add("last=" + between.get(between.size() - 1));
            f.add(tp + "|first=" + between.get(0));
            f.add(tp + "|last=" + between.get(between.size() - 1));
        }
        int names = 0;
        for (int i = 0; i < between.size(); i++) {
            String w = between.get(i);
            if (w.startsWith("<")) {
                names++;
            }
            f.add("bw=" + w);
            f.add(tp + "|bw=" + w);
            if (i + 1 < between.size()) {
                f.add("bb=" + w + "_" + between.get(i + 1));
            }
        }
        f.add(tp + "|names=" + Math.min(names, 3));
        for (int k = Math.max(a.to(), 0); k < b.from() && k < t.size(); k++) {
            for (String lex : lexiconsOf(t.get(k).lower())) {
                f.add("cue=" + lex);
                f.add(tp + "|cue=" + lex);
            }
        }
        List<String> before = words(v, facts, Math.max(0, a.from() - 4), a.from(), a, b);
        for (int i = 0; i < before.size(); i++) {
            f.add("pre=" + before.get(i));
        }
        if (!before.isEmpty()) {
            f.add("pre1=" + before.get(before.size() - 1));
        }
        for (int k = Math.max(0, a.from() - 6); k < a.from(); k++) {
            for (String lex : lexiconsOf(t.get(k).lower())) {
                f.add("precue=" + lex);
            }
        }
        List<String> after = words(v, facts, b.to(), Math.min(t.size(), b.to() + 4), a, b);
        for (String w : after) {
            f.add("post=" + w);
        }
        if (!after.isEmpty()) {
            f.add("post1=" + after.get(0));
        }
        for (int k = b.to(); k < Math.min(t.size(), b.to() + 6); k++) {
            for (String lex : lexiconsOf(t.get(k).lower())) {
                f.add("postcue=" + lex);
            }
        }
        if (a.reference()) {
            f.add(a.to() == 0 ? "implicitA" : "refA");
        }
        if (b.reference()) {
            f.add("refB");
        }
        if (ea == subject) {
            f.add("subjA");
        }
        if (eb == subject) {
            f.add("subjB");
        }
        for (int k = Math.max(0, a.from() - 4); k < Math.min(t.size(), b.to() + 4); k++) {
            if (facts.roleStart(k)) {
                f.add("role");
                break;
            }
        }
        if (facts.money()) {
            f.add("money");
        }
        if (facts.lead() != null) {
            f.add("item");
            for (String cue : facts.lead()) {
                f.add(tp + "|lead=" + cue);
            }
        }
        for (int k = a.to(); k < b.from(); k++) {
            if (Dates.isYear(t.get(k))) {
                f.add("yearBetween");
                break;
            }
        }
        int index = v.sentence.index();
        for (RelationDraft r : stated) {
            EntityDraft s = r.source.root();
            EntityDraft o = r.target.root();
            boolean fwd = s == ea && o == eb;
            if (!fwd && !(s == eb && o == ea)) {
                continue;
            }
            String label = r.type.name() + (fwd ? ">" : "<");
            f.add("rule=" + label);
            if (r.sentences().contains(index)) {
                f.add("ruleHere=" + label);
            }
        }
        return f;
    }

    /**
     * The words of tokens [from, to), lower case and stemmed; a name inside (another slot, not
     * {@code a} or {@code b}) is one word, its type in angle brackets; punctuation is kept as written.
     */
    private static List<String> words(SentenceView v, SentenceFacts facts, int from, int to, Slot a, Slot b) {
        List<String> out = new ArrayList<>();
        int k = from;
        while (k < to) {
            Slot inside = slotAt(v, k, a, b);
            if (inside != null) {
                out.add("<" + type(inside.root()) + ">");
                k = Math.max(k + 1, inside.to());
                continue;
            }
            Token tok = v.tokens.get(k);
            String w = tok.lower();
            if (tok.isNumber()) {
                w = Dates.isYear(tok) ? "<year>" : "<num>";
            } else if (tok.isWord()) {
                w = facts.stem(k);
            }
            out.add(w);
            k++;
        }
        return out;
    }

    private static Slot slotAt(SentenceView v, int k, Slot a, Slot b) {
        for (Slot s : v.slots) {
            if (s != a && s != b && s.from() <= k && k < s.to() && s.root() != a.root() && s.root() != b.root()) {
                return s;
            }
        }
        return null;
    }

    /** The cue lexicons that hold a lower-case word, or none. */
    public static List<String> lexiconsOf(String lowerWord) {
        return LEXICONS.getOrDefault(lowerWord, List.of());
    }

    static String type(EntityDraft e) {
        EntityType t = e.type;
        return t == null ? "NONE" : t.name();
    }

    private static String bucket(int n) {
        return n <= 3 ? Integer.toString(n) : n <= 6 ? "4-6" : n <= 12 ? "7-12" : "13+";
    }

    /** Word to the names of the lexicons that hold it, so a token is looked up once. */
    private static Map<String, List<String>> lexicons(String... names) {
        Map<String, List<String>> m = new java.util.HashMap<>();
        for (String n : names) {
            for (String w : Cues.load(n)) {
                List<String> of = m.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new ArrayList<>(2));
                if (!of.contains(n)) {
                    of.add(n);
                }
            }
        }
        m.replaceAll((w, l) -> List.copyOf(l));
        return Collections.unmodifiableMap(m); // a hash map: lookups compare stored hashes (Words.frozen)
    }

    /**
     * What every pair of one sentence reads alike: the stem of a word and whether a role title starts at
     * a token, each worked out when a pair first asks for it (a pair reads a few tokens around its two
     * names, seldom the whole sentence), whether money is named, and {@code lead}: null unless the
     * sentence is a list item, then the cue lexicons of the line that introduced the list. One sentence's,
     * not thread-safe.
     */
    public static final class SentenceFacts {
        private final List<Token> tokens;
        private final Gazetteer gazetteer;
        private final PorterStemmer stemmer = new PorterStemmer();
        private final String[] stems;
        /** Per token: 0 not yet read, 1 no role title starts there, 2 one does. */
        private final byte[] roleStarts;
        private final boolean money;
        private final List<String> lead;

        private SentenceFacts(List<Token> tokens, Gazetteer gazetteer, boolean money, List<String> lead) {
            this.tokens = tokens;
            this.gazetteer = gazetteer;
            this.stems = new String[tokens.size()];
            this.roleStarts = new byte[tokens.size()];
            this.money = money;
            this.lead = lead;
        }

        /** The stem of word token {@code k}; not to be asked of other tokens. */
        String stem(int k) {
            String stem = stems[k];
            if (stem == null) {
                stem = stemmer.stem(tokens.get(k).lower());
                stems[k] = stem;
            }
            return stem;
        }

        boolean roleStart(int k) {
            if (roleStarts[k] == 0) {
                roleStarts[k] = tokens.get(k).isWord() && gazetteer.roleEnd(tokens, k) > 0 ? (byte) 2 : (byte) 1;
            }
            return roleStarts[k] == 2;
        }

        boolean money() {
            return money;
        }

        List<String> lead() {
            return lead;
        }
    }

    /** The cue lexicons the words of a line belong to, each once: what a list's lead-in says its items are. */
    private static List<String> cuesOf(List<Token> tokens) {
        List<String> out = new ArrayList<>(4);
        PorterStemmer stemmer = new PorterStemmer();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                continue;
            }
            List<String> of = lexiconsOf(t.lower());
            if (of.isEmpty() && (k == 0 || !t.isCapitalized())) {
                // a lead-in word no lexicon holds ("partners", "donors") still counts; a capitalised one inside may be a name
                of = List.of("w=" + stemmer.stem(t.lower()));
            }
            for (String l : of) {
                if (!out.contains(l)) {
                    out.add(l);
                }
            }
        }
        return out;
    }

    /**
     * What the pairs of sentence {@code v} share ({@link SentenceFacts}).
     *
     * @param lead null, or for a list item the tokens of the line that introduced its list (read only
     *             here, when a pair of the item is first judged)
     */
    public SentenceFacts prepare(SentenceView v, List<Token> lead) {
        List<Token> t = v.tokens;
        return new SentenceFacts(t, gazetteer, Money.find(t, 0, t.size()) >= 0, lead == null ? null : cuesOf(lead));
    }
}
