package io.powermap.contract;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What profile-service publishes on {@link Topics#PROFILES_CHANGES}; "eventType" tells which. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "eventType")
@JsonSubTypes({
    @JsonSubTypes.Type(value = EntityChanged.class, name = "EntityChanged"),
    @JsonSubTypes.Type(value = RelationshipChanged.class, name = "RelationshipChanged")
})
public sealed interface ProfileChange permits EntityChanged, RelationshipChanged {

    int SCHEMA_VERSION = 1;

    int schemaVersion();

    String eventId();

    /** The record key: the id of what changed, so compaction keeps the latest state of each. */
    String key();

    enum Change { UPSERTED, DELETED }
}
