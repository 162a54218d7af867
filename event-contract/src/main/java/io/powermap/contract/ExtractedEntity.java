package io.powermap.contract;

import java.util.List;
import java.util.Map;

/** An entity as one document names it; ids ("e1") are local to the document. */
public record ExtractedEntity(String id, EntityType type, String name, List<String> aliases,
                              Map<String, String> attributes, List<Span> mentions) {

    public ExtractedEntity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
