package io.powermap.search.service;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.util.BytesRef;

import io.powermap.contract.RelationshipChanged;
import io.powermap.contract.RelationshipType;

/**
 * What an entity's document takes from each of its ties: the tie's id, type, ends, their names and
 * its sentences (at most the three a change event carries). Kept as a binary doc value of the tie
 * ({@link IndexFields#TIE}), so that rebuilding an entity with thousands of ties reads a column
 * instead of decompressing and parsing every tie's stored JSON.
 */
record TieSummary(String relationshipId, RelationshipType type, String sourceId, String sourceName,
                  String targetId, String targetName, List<String> evidence) {

    /** Separates the values; ids, names and sentences never hold U+0000 (the store cannot keep it). */
    private static final String SEPARATOR = "\u0000";
    private static final int FIXED = 6;

    TieSummary {
        evidence = List.copyOf(evidence);
    }

    static TieSummary of(RelationshipChanged tie) {
        return new TieSummary(tie.relationshipId(), tie.type(), tie.sourceId(), tie.sourceName(), tie.targetId(),
            tie.targetName(), tie.evidence().stream().map(s -> s.replace(SEPARATOR, " ")).toList());
    }

    BytesRef encode() {
        StringBuilder joined = new StringBuilder(relationshipId).append(SEPARATOR).append(type.name())
            .append(SEPARATOR).append(sourceId).append(SEPARATOR).append(orEmpty(sourceName))
            .append(SEPARATOR).append(targetId).append(SEPARATOR).append(orEmpty(targetName));
        evidence.forEach(sentence -> joined.append(SEPARATOR).append(sentence));
        return new BytesRef(joined.toString().getBytes(StandardCharsets.UTF_8));
    }

    static TieSummary decode(BytesRef bytes) {
        String[] parts = new String(bytes.bytes, bytes.offset, bytes.length, StandardCharsets.UTF_8).split(SEPARATOR, -1);
        return new TieSummary(parts[0], RelationshipType.valueOf(parts[1]), parts[2], parts[3], parts[4], parts[5],
            Arrays.asList(parts).subList(FIXED, parts.length));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
