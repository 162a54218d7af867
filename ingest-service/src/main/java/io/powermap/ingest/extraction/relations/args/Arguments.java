package io.powermap.ingest.extraction.relations.args;

import static io.powermap.ingest.extraction.relations.args.Slots.attributive;
import static io.powermap.ingest.extraction.relations.args.Slots.insideAnySlot;
import static io.powermap.ingest.extraction.relations.args.Slots.modifier;
import static io.powermap.ingest.extraction.relations.args.Slots.slotEndingAt;
import static io.powermap.ingest.extraction.relations.args.Tokens.clauseBreakBetween;
import static io.powermap.ingest.extraction.relations.args.Tokens.prev;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.mentions.Mention;
import io.powermap.ingest.extraction.lexicon.Gazetteer;
import io.powermap.ingest.extraction.resolution.SentenceView;
import io.powermap.ingest.extraction.resolution.SentenceView.Slot;
import io.powermap.ingest.extraction.text.Token;
import io.powermap.ingest.extraction.relations.Cues;
import io.powermap.ingest.extraction.relations.RelationContext;

/**
 * Finding the arguments of a cue: the actor before it, every actor coordinated with it, the list of
 * names after it, the owner a possessive names, the nearest person. Rules propose a type for an
 * argument with {@link #promote}; the TypeSettler decides what no rule typed.
 */
public final class Arguments {

    public static final Set<String> CLAUSE_END = Cues.load("args-clause-end");
    public static final Set<String> PREPOSITIONS = Cues.load("args-prepositions");
    private static final Set<String> LIST_GLUE = Cues.load("args-list-glue");

    private Arguments() {
    }

    /** The actor of a cue: the nearest person or organization before it that is not a prepositional object. */
    public static EntityDraft actorBefore(SentenceView v, int i, boolean orgOnly) {
        List<Token> t = v.tokens;
        // "The X Foundation, which A and B established in 2016, also donated": the actor stands before the relative clause
        int rel = -1;
        for (int k = i - 1; k > 0; k--) {
            String w = t.get(k).lower();
            if ((w.equals("which") || w.equals("who")) && t.get(k - 1).is(",")
                || w.equals("that") && i - k <= 4 && t.get(k - 1).isWord() && Character.isLowerCase(t.get(k - 1).text().charAt(0))) {
                rel = k;
                break;
            }
        }
        if (rel > 0) {
            boolean closed = false;
            for (int k = rel + 1; k < i; k++) {
                if (t.get(k).is(",")) {
                    closed = true;
                }
            }
            Slot head = slotEndingAt(v, rel - 1);
            boolean inside = !closed && i - rel <= 4;
            if (head == null && inside) {
                for (Slot s : v.slots) {
                    if (s.to() < rel && rel - s.to() <= 8 && !s.reference() && s.root().type != null) {
                        head = s;
                    }
                }
            }
            if ((closed || inside) && head != null && head.root().type != EntityType.LEGISLATION && head.root().type != EntityType.CAMPAIGN
                && !(orgOnly && head.root().type == EntityType.PERSON) && i - rel <= 30 && !Cues.SUPPORT.contains(t.get(i).lower())) {
                return head.root();
            }
        }
        Slot fallback = null;
        for (int k = v.slots.size() - 1; k >= 0; k--) {
            Slot s = v.slots.get(k);
            if (s.to() > i) {
                continue;
            }
            EntityType type = s.root().type;
            if (type == EntityType.LEGISLATION || type == EntityType.CAMPAIGN || (orgOnly && type == EntityType.PERSON)) {
                continue;
            }
            if (clauseBreakBetween(t, s.to(), i)) {
                break;
            }
            if (type == null || modifier(t, s)) {
                if (fallback == null) {
                    fallback = s;
                }
                continue;
            }
            String p = prev(t, s.from());
            if (s.to() < t.size() && t.get(s.to()).is("'s")) {
                continue;
            }
            if (PREPOSITIONS.contains(p) && !p.equals("by")) {
                if (fallback == null) {
                    fallback = s;
                }
                continue;
            }
            Slot owner = Appositives.describedBefore(v, s, i);
            if (owner != null && !(orgOnly && owner.root().type == EntityType.PERSON)) {
                return owner.root();
            }
            return s.root();
        }
        return fallback == null ? null : fallback.root();
    }

    /** "NumbersUSA and Eagle Forum joined": every actor coordinated right before the cue. */
    public static List<Slot> coordinatedBefore(SentenceView v, int i) {
        List<Token> t = v.tokens;
        List<Slot> result = new ArrayList<>();
        EntityDraft first = actorBefore(v, i, false);
        if (first == null) {
            return result;
        }
        Slot anchor = null;
        for (Slot s : v.slots) {
            if (s.root() == first && s.to() <= i) {
                anchor = s;
            }
        }
        if (anchor == null) {
            return result;
        }
        result.add(anchor);
        int idx = v.slots.indexOf(anchor);
        for (int k = idx - 1; k >= 0; k--) {
            Slot s = v.slots.get(k);
            Slot after = v.slots.get(k + 1);
            String gap = Tokens.join(t, s.to(), after.from()).toLowerCase();
            if (gap.equals("and") || gap.equals(", and") || gap.equals(",") || gap.equals("and the") || gap.equals(", and the")
                || gap.equals(", the")) {
                if (s.root().type == first.type || s.root().type == null) {
                    result.add(0, s);
                    continue;
                }
            }
            break;
        }
        return result;
    }

    /** Entities listed from a position on: "A, B, and the C", stopping where the list ends. */
    public static List<Slot> list(SentenceView v, int from, boolean orgsOnly) {
        List<Token> t = v.tokens;
        List<Slot> result = new ArrayList<>();
        int cursor = from;
        for (Slot s : v.slots) {
            if (s.from() < from || s.reference() && s.to() - s.from() == 1 && POSSESSIVE_PRONOUNS.contains(t.get(s.from()).lower())) {
                continue; // "A, his wife B and C": the pronoun belongs to the description of the next item
            }
            if (!result.isEmpty() && insideBrackets(t, cursor, s.from())) {
                continue; // "A (known as Beto), B": a name in an aside is not a further item
            }
            if (result.isEmpty() ? !leadIn(t, cursor, s.from())
                : !glueOnly(t, cursor, s.from(), 8) && !ListGaps.skippable(t, cursor, s.from())) {
                if (!result.isEmpty() && ListGaps.insideSemicolonItem(t, cursor, s.from())) {
                    continue; // "A, a hub in Leeds; B": a name inside the first item's description
                }
                break;
            }
            EntityType type = s.root().type;
            if (orgsOnly && (type == EntityType.LEGISLATION || type == EntityType.CAMPAIGN) || modifier(t, s)
                || !result.isEmpty() && (prev(t, s.from()).equals("of") || prev(t, s.from()).equals("in"))) {
                // "A of B", "the Embassy of Ireland in Kampala": the name after "of" or "in" belongs to the item before
                cursor = s.to();
                continue;
            }
            result.add(s);
            cursor = s.to();
        }
        if (!result.isEmpty()) {
            Slot again = repeatedPreposition(v, from, result.get(0).from(), cursor, orgsOnly);
            if (again != null) {
                result.add(again);
            }
        }
        return result;
    }

    private static final Set<String> REPEATABLE = Set.of("by", "for", "against", "to", "from");

    /**
     * "supported by A, whose leader spoke on Tuesday, and by B", "lobbied for the X Act, which created ..., and for
     * the Y Act": a last item that repeats the list's preposition after a clause about the one before.
     */
    private static Slot repeatedPreposition(SentenceView v, int from, int firstItem, int cursor, boolean orgsOnly) {
        List<Token> t = v.tokens;
        String prep = null;
        for (int k = Math.max(0, from - 1); k < firstItem; k++) {
            if (REPEATABLE.contains(t.get(k).lower())) {
                prep = t.get(k).lower();
            }
        }
        if (prep == null) {
            return null;
        }
        for (int k = cursor; k + 2 < t.size() && k < cursor + 25; k++) {
            String w = t.get(k).lower();
            if (w.equals(";") || w.equals(":")) {
                return null;
            }
            if (w.equals(",") && t.get(k + 1).lower().equals("and") && t.get(k + 2).lower().equals(prep)) {
                int start = k + 3;
                for (Slot s : v.slots) {
                    if (s.from() >= start && s.from() <= start + 4 && leadIn(t, start, s.from())) {
                        EntityType type = s.root().type;
                        return orgsOnly && (type == EntityType.LEGISLATION || type == EntityType.CAMPAIGN) ? null : s;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their");
    private static final Set<String> INCLUDING = Set.of("included", "including", "include", "includes");
    private static final Set<String> OCCUPATION_WORDS = Cues.load("position-occupations");

    /** ", and the sociologist Julian Samora": an item introduced by a short description. */
    private static boolean descriptionThenName(List<Token> t, int from, int to) {
        int k = from;
        if (k < to && t.get(k).lower().equals("and")) {
            k++;
        }
        if (k + 1 < to && (t.get(k).lower().equals("together") || t.get(k).lower().equals("along")) && t.get(k + 1).lower().equals("with")) {
            k += 2;
        }
        if (k < to && Set.of("the", "a", "an", "his", "her", "their").contains(t.get(k).lower())) {
            k++;
        } else {
            // "and attorney Wen Liu": an occupation may stand bare before a name
            String noun = t.get(to - 1).lower();
            return to - k >= 1 && to - k <= 2 && (OCCUPATION_WORDS.contains(noun) || Gazetteer.isPersonNoun(noun))
                && (to - k == 1 || t.get(k).isWord() && Character.isLowerCase(t.get(k).text().charAt(0)));
        }
        for (; k < to; k++) {
            Token x = t.get(k);
            if (x.is(",") && k == to - 1 && k > from + 1) {
                continue; // "and her son, Tomas Weil": the description stands in apposition
            }
            if (!x.isWord() || CLAUSE_END.contains(x.lower()) || x.lower().equals("by")) {
                return false; // ", a bill tabled by X": X is the agent of the description, not a further item
            }
        }
        return to - from <= 7;
    }

    /** Before the first item of a list any short description may stand: "by the organizers A and B". */
    public static boolean leadIn(List<Token> t, int from, int to) {
        for (int k = to - 1; k > from && k >= to - 5; k--) {
            if (INCLUDING.contains(t.get(k).lower())) {
                from = k + 1; // "by a group that included the lawyer A": the list starts after the verb
                break;
            }
        }
        if (to - from > 6) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String w = t.get(k).lower();
            if (CLAUSE_END.contains(w) || w.equals(".") || w.equals(",") && k > from && to - k > 3) {
                return false;
            }
        }
        return true;
    }

    /** Whether an aside opened in [from, to) with a lower-case word ("(known as", "(formerly") is still open at {@code to}. */
    private static boolean insideBrackets(List<Token> t, int from, int to) {
        int opened = -1;
        for (int k = from; k < to; k++) {
            if (t.get(k).is("(")) {
                opened = k;
            } else if (t.get(k).is(")")) {
                opened = -1;
            }
        }
        return opened >= 0 && opened + 1 < to && t.get(opened + 1).isWord()
            && Character.isLowerCase(t.get(opened + 1).text().charAt(0));
    }

    private static boolean glueOnly(List<Token> t, int from, int to, int maxGap) {
        if (to - from > maxGap) {
            return false;
        }
        if (to - from >= 2 && t.get(from).is(",") && descriptionThenName(t, from + 1, to)) {
            return true;
        }
        if (to - from >= 2 && (t.get(from).lower().equals("and") || t.get(from).lower().equals("together")) && descriptionThenName(t, from, to)) {
            return true;
        }
        for (int k = from; k < to; k++) {
            Token x = t.get(k);
            String w = x.lower();
            if (x.is("(")) {
                int close = k + 1;
                while (close < to && close <= k + 7 && !t.get(close).is(")")) {
                    close++;
                }
                if (close < to && t.get(close).is(")")) {
                    k = close; // "A (known as Beto), B and C": an aside in brackets between items
                    continue;
                }
            }
            if (CLAUSE_END.contains(w) || w.equals(".")) {
                return false;
            }
            if (LIST_GLUE.contains(w) || (x.isWord() && x.isCapitalized()) || w.equals("'s") || x.isNumber() || w.equals("$")) {
                continue;
            }
            if (x.isWord() && k > from && Character.isLowerCase(x.text().charAt(0)) && to - k <= 2
                && Set.of("against", "later").contains(w)) {
                continue;
            }
            return false;
        }
        return true;
    }

    /** "X's political arm", "its members": the owner a possessive right before the cue names ("its": the subject). */
    public static EntityDraft possessorBefore(RelationContext ctx, SentenceView v, int i) {
        List<Token> t = v.tokens;
        for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
            if (t.get(k).is("'s") || t.get(k).lower().equals("its") || t.get(k).lower().equals("their")) {
                if (t.get(k).lower().equals("its")) {
                    for (Slot s : v.slots) {
                        if (s.from() == k) {
                            return s.root();
                        }
                    }
                    return ctx.subject();
                }
                if (t.get(k).lower().equals("their")) {
                    return null;
                }
                Slot s = slotEndingAt(v, k);
                return s != null && s.root().type != EntityType.PERSON ? s.root() : null;
            }
            Token x = t.get(k);
            if (!x.isWord() || (x.isCapitalized() && !insideAnySlot(v, k))) {
                return null;
            }
        }
        return null;
    }

    /** Where the possessor's name starts in "X's ... cue", or the cue itself when there is none. */
    public static int possessorSlotStart(SentenceView v, int i) {
        List<Token> t = v.tokens;
        for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
            if (t.get(k).is("'s")) {
                Slot s = slotEndingAt(v, k);
                return s == null ? k : s.from();
            }
        }
        return i;
    }

    /** The nearest slot of {@code type} ending before {@code i}; for people, a free name before a governed or modifying one. */
    public static Slot nearestBefore(RelationContext ctx, SentenceView v, int i, EntityType type, int maxDistance) {
        Slot best = null;
        Slot governed = null;
        Slot modifying = null;
        List<Token> t = v.tokens;
        for (Slot s : v.slots) {
            if (s.to() <= i && s.root().type == type && i - s.to() <= maxDistance) {
                if (type == EntityType.PERSON && !s.reference() && (attributive(t, s) || modifier(t, s))) {
                    modifying = s;
                } else if (type == EntityType.PERSON && !s.reference() && objectOfPreposition(ctx, t, s)) {
                    governed = s;
                } else {
                    best = s;
                }
            }
        }
        return best != null ? best : governed != null ? governed : modifying;
    }

    /** "assistant to President Bill Clinton": a person governed by a preposition is not the actor. */
    private static boolean objectOfPreposition(RelationContext ctx, List<Token> t, Slot s) {
        Set<String> titles = ctx.gazetteer().personTitles;
        int k = s.from() - 1;
        while (k >= 0 && t.get(k).isWord() && t.get(k).isCapitalized() && titles.contains(t.get(k).text())) {
            k--;
        }
        return k >= 0 && Set.of("to", "for", "with", "by", "against", "under", "from", "than").contains(t.get(k).lower());
    }

    /** A rule's proposal for an untyped name; a typed name keeps its type. */
    public static void promote(EntityDraft d, EntityType type) {
        if (d.type == null) {
            d.type = type;
            d.strength = Mention.CONTEXT;
        }
    }

    /** A bare capitalised word opening a sentence ("Opposes", "Started") gets no type from a relation. */
    public static boolean promotable(Slot s) {
        return s.root().type != null || s.from() > 0 || s.root().name.indexOf(' ') > 0 || !Cues.isCueWord(s.root().name);
    }
}
