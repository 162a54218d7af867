package io.powermap.contract;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The full current state of an entity after a change (or its id alone when deleted). */
public record EntityChanged(int schemaVersion, String eventId, Change change, Instant occurredAt,
                            String entityId, EntityType type, String name, List<String> aliases,
                            Map<String, String> attributes, List<String> documentIds) implements ProfileChange {

    public EntityChanged {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
    }

    @Override
    public String key() {
        return entityId;
    }
}
