package io.powermap.ingest.extraction;

import java.math.BigDecimal;

import io.powermap.contract.RelationshipType;

/** A relationship found by a rule, before duplicates are merged and ids are given. */
final class RelationDraft {

    final RelationshipType type;
    final EntityDraft source;
    final EntityDraft target;
    final int sentence;
    String role;
    String start;
    String end;
    Boolean current;
    BigDecimal amount;
    String currency;
    double confidence;

    RelationDraft(RelationshipType type, EntityDraft source, EntityDraft target, int sentence, double confidence) {
        this.type = type;
        this.source = source;
        this.target = target;
        this.sentence = sentence;
        this.confidence = confidence;
    }
}
