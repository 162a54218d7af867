package io.powermap.profile.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;

/** An entity as the API shows it: with every tie and the sentences behind each. */
public record EntityView(UUID id, EntityType type, String name, List<String> aliases, Map<String, String> attributes,
                         List<String> documents, List<Tie> relationships, int version) {

    public enum Side { OUTGOING, INCOMING }

    public record Summary(UUID id, EntityType type, String name, List<String> aliases) {
    }

    public record Tie(UUID id, RelationshipType type, Side direction, Summary other, String role, String start,
                      String end, Boolean current, BigDecimal amount, String currency, double confidence,
                      List<Source> evidence) {
    }

    public record Source(String documentId, String sourceUri, String title, String sentence, int start, int end,
                         List<String> footnotes) {
    }
}
