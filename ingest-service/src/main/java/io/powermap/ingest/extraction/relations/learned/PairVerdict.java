package io.powermap.ingest.extraction.relations.learned;

import io.powermap.contract.RelationshipType;

/**
 * One relationship a judge reads in a {@link PairCandidate}: its type, whether the candidate's first
 * entity is the source ({@code forward}) and the probability the judge gives it, in [0, 1].
 */
public record PairVerdict(RelationshipType type, boolean forward, double probability) {

    /** The label a model is trained on: "FUNDING>" (first entity is the source) or "FUNDING<". */
    public String label() {
        return type.name() + (forward ? ">" : "<");
    }

    /** @return the verdict a label names, or null for {@link PairJudge#NONE_LABEL} and unknown labels */
    public static PairVerdict ofLabel(String label, double probability) {
        if (label.length() < 2) {
            return null;
        }
        char dir = label.charAt(label.length() - 1);
        if (dir != '>' && dir != '<') {
            return null;
        }
        try {
            return new PairVerdict(RelationshipType.valueOf(label.substring(0, label.length() - 1)), dir == '>', probability);
        } catch (IllegalArgumentException e) {
            return null; // a label of a newer model this build does not know
        }
    }
}
