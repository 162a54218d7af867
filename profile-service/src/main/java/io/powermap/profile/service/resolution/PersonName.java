package io.powermap.profile.service.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A person's name split into given names and surname, from a match key (lower case, words
 * separated by single spaces). Honorifics and titles in front ("dr", "senator") and suffixes
 * behind ("jr", "phd") are dropped; particles before the last word ("de la", "van") belong to
 * the surname.
 */
public record PersonName(List<String> given, String surname) {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor",
        "sen", "senator", "rep", "representative", "rev", "reverend", "hon", "honorable", "sir", "dame", "lord",
        "lady", "gov", "governor", "judge", "justice", "mayor", "fr", "father", "rabbi", "imam", "gen", "general",
        "col", "capt", "captain", "lt", "councilmember", "councillor", "commissioner", "minister", "ambassador");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "obe",
        "mbe", "cbe", "kc", "qc", "mp");
    private static final Set<String> PARTICLES = Set.of("de", "del", "della", "la", "le", "van", "von", "der", "den",
        "da", "di", "du", "dos", "bin", "ibn", "al", "el", "st");

    /** Parses a match key; a key of titles only gives an empty surname. */
    public static PersonName parse(String key) {
        List<String> words = new ArrayList<>(Arrays.asList(key.strip().split(" +")));
        words.removeIf(String::isEmpty);
        while (words.size() > 1 && TITLES.contains(words.get(0))) {
            words.remove(0);
        }
        while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty()) {
            return new PersonName(List.of(), "");
        }
        int start = words.size() - 1;
        while (start > 1 && PARTICLES.contains(words.get(start - 1))) {
            start--;
        }
        return new PersonName(List.copyOf(words.subList(0, start)), String.join(" ", words.subList(start, words.size())));
    }

    /** The name without titles and suffixes, as a match key ("dr eva millona jr" gives "eva millona"). */
    public String key() {
        return given.isEmpty() ? surname : String.join(" ", given) + " " + surname;
    }

    /** How two names of people compare: the same person, possibly, or certainly not. */
    public enum Fit {
        SAME(1.0, "same name without titles"),
        MIDDLE_NAME(0.9, "same first name and surname, middle name given once"),
        INITIALS(0.75, "initials fit the given names"),
        SURNAME_ONLY(0.55, "surname only"),
        DIFFERENT(0.0, "different people");

        public final double score;
        public final String reason;

        Fit(double score, String reason) {
            this.score = score;
            this.reason = reason;
        }
    }

    /** Surnames must be equal; given names equal, or one an initial of the other, or absent on one side. */
    public Fit compare(PersonName other) {
        if (surname.isEmpty() || !surname.equals(other.surname)) {
            return Fit.DIFFERENT;
        }
        if (given.isEmpty() || other.given.isEmpty()) {
            return Fit.SURNAME_ONLY;
        }
        if (given.equals(other.given)) {
            return Fit.SAME;
        }
        if (!fits(given.get(0), other.given.get(0))) {
            return Fit.DIFFERENT;
        }
        if (given.size() > 1 && other.given.size() > 1 && !fits(given.get(1), other.given.get(1))) {
            return Fit.DIFFERENT;
        }
        // "E. Millona" against "Eva Millona"; a middle initial beside a full first name is a middle name
        return given.get(0).equals(other.given.get(0)) ? Fit.MIDDLE_NAME : Fit.INITIALS;
    }

    private static boolean fits(String a, String b) {
        return a.equals(b) || a.length() == 1 && b.startsWith(a) || b.length() == 1 && a.startsWith(b);
    }
}
