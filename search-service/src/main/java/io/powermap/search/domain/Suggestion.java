package io.powermap.search.domain;

import io.powermap.contract.EntityType;

/** A name completing what was typed; {@code matched} is the name or alias that matched. */
public record Suggestion(String id, EntityType type, String name, String matched, int connections) {
}
