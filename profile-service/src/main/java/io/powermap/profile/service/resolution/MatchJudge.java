package io.powermap.profile.service.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.powermap.contract.EntityType;

/**
 * Decides which stored entity, if any, a name from a document stands for. Each candidate gets a
 * score from how its names compare with the document's (the same name 1.0, the same alias 0.95,
 * near spellings of the same words 0.85, an acronym and its long form 0.75; for people the
 * {@link PersonName.Fit} scores) plus 0.15 for each neighbour it shares with the document (at most
 * 0.3). A candidate of at least {@value #THRESHOLD} is taken. Two long names that do not pair up
 * word by word, or two people whose given names clash, are never the same, whatever else they
 * share; a bare surname or acronym that fits two candidates equally well resolves to neither.
 */
public final class MatchJudge {

    public static final double THRESHOLD = 0.7;
    private static final double PER_SHARED_NEIGHBOUR = 0.15;
    private static final double MAX_NEIGHBOUR_BONUS = 0.3;
    private static final double CLOSE = 0.05;

    /**
     * A name as one document gives it: its type, match key and alias keys, the acronym it was
     * written as (or null), and the keys of the other entities the document names.
     */
    public record Incoming(EntityType type, String key, List<String> aliasKeys, String writtenAcronym,
                           Set<String> contextKeys) {
    }

    /** A stored entity found for it, with its alias keys and the keys of the entities it is tied to. */
    public record Candidate(UUID id, EntityType type, String key, List<String> aliasKeys, List<String> neighbourKeys) {
    }

    /** The chosen entity, with the score and the reason recorded with the merge. */
    public record Verdict(UUID id, double score, String reason) {
    }

    private MatchJudge() {
    }

    /** The best candidate at or above the threshold, if one stands out. */
    public static Optional<Verdict> choose(Incoming incoming, List<Candidate> candidates) {
        List<Scored> passing = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Scored scored = score(incoming, candidate);
            if (scored.verdict.score() >= THRESHOLD) {
                passing.add(scored);
            }
        }
        passing.sort(Comparator.comparingDouble((Scored s) -> -s.verdict.score()));
        if (passing.isEmpty()) {
            return Optional.empty();
        }
        Scored best = passing.get(0);
        if (best.weak && passing.size() > 1 && passing.get(1).verdict.score() >= best.verdict.score() - CLOSE) {
            return Optional.empty();
        }
        return Optional.of(best.verdict);
    }

    /** A score, and whether it rests on a bare surname, initials or an acronym (ambiguous when two fit). */
    private record Scored(Verdict verdict, boolean weak) {
    }

    static Scored score(Incoming incoming, Candidate candidate) {
        if (incoming.type() != candidate.type()) {
            return new Scored(new Verdict(candidate.id(), 0, "different types"), false);
        }
        if (incoming.key().equals(candidate.key())) {
            return new Scored(new Verdict(candidate.id(), 1.0, "same name"), false);
        }
        Scored base = incoming.type() == EntityType.PERSON ? person(incoming, candidate) : body(incoming, candidate);
        if (base.verdict.score() <= 0) {
            return base;
        }
        Set<String> shared = new HashSet<>(candidate.neighbourKeys());
        shared.retainAll(incoming.contextKeys());
        double bonus = Math.min(MAX_NEIGHBOUR_BONUS, PER_SHARED_NEIGHBOUR * shared.size());
        String reason = shared.isEmpty() ? base.verdict.reason()
            : base.verdict.reason() + ", " + shared.size() + " shared neighbour" + (shared.size() == 1 ? "" : "s");
        return new Scored(new Verdict(candidate.id(), Math.min(1.0, base.verdict.score() + bonus), reason), base.weak);
    }

    private static Scored person(Incoming incoming, Candidate candidate) {
        PersonName mine = PersonName.parse(incoming.key());
        PersonName theirs = PersonName.parse(candidate.key());
        // two full names that clash are two people, whatever surname alias they share
        if (!mine.given().isEmpty() && !theirs.given().isEmpty() && mine.compare(theirs) == PersonName.Fit.DIFFERENT) {
            return new Scored(new Verdict(candidate.id(), 0, "given names differ"), false);
        }
        PersonName.Fit best = PersonName.Fit.DIFFERENT;
        for (String a : names(incoming.key(), incoming.aliasKeys())) {
            for (String b : names(candidate.key(), candidate.aliasKeys())) {
                PersonName.Fit fit = PersonName.parse(a).compare(PersonName.parse(b));
                if (fit.score > best.score) {
                    best = fit;
                }
            }
        }
        boolean weak = best == PersonName.Fit.SURNAME_ONLY || best == PersonName.Fit.INITIALS;
        return new Scored(new Verdict(candidate.id(), best.score, best.reason), weak);
    }

    private static Scored body(Incoming incoming, Candidate candidate) {
        List<String> mine = names(incoming.key(), incoming.aliasKeys());
        List<String> theirs = names(candidate.key(), candidate.aliasKeys());
        List<String> myLong = mine.stream().filter(BodyName::isLong).toList();
        List<String> theirLong = theirs.stream().filter(BodyName::isLong).toList();
        double aligned = 0;
        for (String a : myLong) {
            for (String b : theirLong) {
                aligned = Math.max(aligned, BodyName.align(a, b));
            }
        }
        // "American Medical Association" and "American Marketing Association" share "AMA" and nothing else
        if (!myLong.isEmpty() && !theirLong.isEmpty() && aligned == 0) {
            return new Scored(new Verdict(candidate.id(), 0, "different long names"), false);
        }
        if (mine.stream().anyMatch(theirs::contains)) {
            boolean acronymOnly = myLong.isEmpty() || theirLong.isEmpty();
            return new Scored(new Verdict(candidate.id(), 0.95, "same alias"), acronymOnly);
        }
        if (aligned > 0) {
            return new Scored(new Verdict(candidate.id(), aligned, aligned == 1.0 ? "same words" : "near spelling"), false);
        }
        if (acronymOf(mine, theirs) || acronymOf(theirs, mine)) {
            return new Scored(new Verdict(candidate.id(), 0.75, "acronym"), true);
        }
        return new Scored(new Verdict(candidate.id(), 0, "names differ"), false);
    }

    /** Whether one of {@code shortNames} is the acronym of one of {@code longNames}. */
    private static boolean acronymOf(List<String> shortNames, List<String> longNames) {
        for (String name : longNames) {
            String acronym = BodyName.acronym(name);
            if (acronym != null && BodyName.isLong(name) && shortNames.stream().anyMatch(s -> s.replace(" ", "").equals(acronym)
                && !BodyName.isLong(s))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(String key, List<String> aliases) {
        List<String> names = new ArrayList<>();
        names.add(key);
        aliases.stream().filter(alias -> !names.contains(alias)).forEach(names::add);
        return names;
    }
}
