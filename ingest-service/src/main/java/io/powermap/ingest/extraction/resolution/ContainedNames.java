package io.powermap.ingest.extraction.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.powermap.contract.EntityType;
import io.powermap.ingest.extraction.lexicon.Gazetteer;

/**
 * A body, law or campaign named again by a run of its own name once the full name has been given: the start of it
 * when the rest only qualifies ("Harbour Tenants Forum" after "Harbour Tenants Forum of Valdoria", "Forum Cívico"
 * after "Forum Cívico Independente"), or the end of it when the cut part holds the kind ("Lumen" after "Fundação
 * Lumen", "Bill 2031" after a bill's long title). The shorter draft joins the longer when exactly one longer name
 * holds it and that one was named first; a start followed by a kind word of its own ("Supreme Court" in "Supreme
 * Court Bar Association") names another body and is left alone.
 */
final class ContainedNames {
    private ContainedNames() {
    }

    static void join(EntityResolver resolver) {
        List<EntityDraft> roots = new ArrayList<>();
        for (EntityDraft d : resolver.drafts()) {
            if (d.type != EntityType.PERSON && !d.mentions.isEmpty()) {
                roots.add(d);
            }
        }
        Set<String> surnames = new HashSet<>();
        for (EntityDraft d : resolver.drafts()) {
            if (d.type == EntityType.PERSON) {
                surnames.addAll(Arrays.asList(d.name.split(" ")));
            }
        }
        for (EntityDraft shorter : roots) {
            if (shorter.mergedInto != null || !candidate(shorter, surnames)) {
                continue;
            }
            EntityDraft only = null;
            boolean ambiguous = false;
            for (EntityDraft longer : roots) {
                EntityDraft l = longer.root();
                if (l == shorter || l.name.length() <= shorter.name.length() || !l.name.contains(shorter.name)
                    || !compatible(shorter.type, l.type) || !holds(words(l.name), words(shorter.name))) {
                    continue;
                }
                ambiguous |= only != null && only != l;
                only = l;
            }
            if (only == null || ambiguous || shorter.firstStart <= only.firstStart) {
                continue;
            }
            if (resolver.subject != null && resolver.subject.root() == shorter) {
                resolver.subject = only; // the document's body is shown by its full name
            }
            resolver.merge(only, shorter);
        }
    }

    private static boolean candidate(EntityDraft d, Set<String> surnames) {
        Gazetteer g = Gazetteer.INSTANCE;
        String[] w = words(d.name);
        if (w.length == 0 || EntityResolver.isAcronym(d.name) || PlaceTails.isPlace(d.name)) {
            return false;
        }
        if (w.length == 1 && (g.orgKeywords.contains(w[0]) || g.legislationKeywords.contains(w[0])
            || g.firstNames.contains(w[0]) || surnames.contains(w[0]))) {
            return false; // a kind word alone, or a name a person of the document also bears
        }
        return Character.isUpperCase(d.name.codePointAt(0));
    }

    private static boolean compatible(EntityType shorter, EntityType longer) {
        if (longer == EntityType.PERSON) {
            return false;
        }
        return shorter == null || longer == null || shorter == longer
            || shorter != EntityType.LEGISLATION && longer != EntityType.LEGISLATION;
    }

    /**
     * The short name's words start the long one and the rest is a place, with at most two qualifying words before
     * it ("Independente de Valdoria"); or they end it, the cut part holding the kind and no joining word ("Coletivo
     * Cidadão Lumen"); or the short one is a numbered law that ends the long title.
     */
    static boolean holds(String[] longer, String[] shorter) {
        if (shorter.length >= longer.length) {
            return false;
        }
        Gazetteer g = Gazetteer.INSTANCE;
        if (Arrays.equals(longer, 0, shorter.length, shorter, 0, shorter.length)) {
            for (int q = shorter.length; q <= shorter.length + 2 && q < longer.length; q++) {
                String rest = String.join(" ", Arrays.copyOfRange(longer, q, longer.length));
                boolean bracketed = rest.matches("\\(\\p{Lu}[\\p{L} -]*\\)"); // "Grain Bank (Lesotho)"
                if (PlaceTails.isPlaceTail(rest)
                    || bracketed && PlaceTails.isPlace(rest.substring(1, rest.length() - 1))) {
                    return true;
                }
                if (g.orgKeywords.contains(longer[q]) || !Character.isUpperCase(longer[q].codePointAt(0))) {
                    return false; // a body of its own ("Supreme Court Bar Association"), or a joining word
                }
            }
            return false;
        }
        int cut = longer.length - shorter.length;
        if (!Arrays.equals(longer, cut, longer.length, shorter, 0, shorter.length)) {
            return false;
        }
        if (numberedLaw(shorter)) {
            return true; // "Bill 2031" for the bill whose long title ends so
        }
        boolean kind = false;
        for (int i = 0; i < cut; i++) {
            if (!Character.isUpperCase(longer[i].codePointAt(0))) {
                return false; // "Council for Civil" cut from "Council for Civil Liberties" leaves a common word
            }
            kind |= g.orgKeywords.contains(longer[i]);
        }
        return kind;
    }

    private static boolean numberedLaw(String[] words) {
        boolean kind = false;
        boolean number = false;
        for (String w : words) {
            kind |= Gazetteer.INSTANCE.legislationKeywords.contains(w);
            number |= w.chars().anyMatch(Character::isDigit);
        }
        return kind && number;
    }

    private static String[] words(String name) {
        String n = name.startsWith("The ") ? name.substring(4) : name;
        return n.isEmpty() ? new String[0] : n.split(" ");
    }
}
