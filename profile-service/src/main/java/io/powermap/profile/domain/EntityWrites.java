package io.powermap.profile.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.powermap.contract.EntityType;

/**
 * What resolution decided for one or more documents, gathered so that {@link EntityRows#write}
 * stores it in one statement: each row carries its document and time, so a poll's documents are
 * written together exactly as they would be one after another.
 */
public final class EntityWrites {

    record Created(UUID id, EntityType type, String name, String matchKey, String attributesJson, Instant at) {
    }

    /** Attributes merged into a known entity (later documents' values already folded in), at the last document's time. */
    record Touched(UUID id, String attributesJson, Instant at) {
    }

    record Alias(UUID entityId, String alias, String matchKey, String documentId) {
    }

    record Attributed(UUID entityId, String documentId, String attributesJson, Instant at) {
    }

    record Named(UUID entityId, String documentId) {
    }

    record History(UUID entityId, String kind, String documentId, String detailJson, Instant at) {
    }

    final List<Created> created = new ArrayList<>();
    final List<Touched> touched = new ArrayList<>();
    final List<Alias> aliases = new ArrayList<>();
    final List<Attributed> attributed = new ArrayList<>();
    final List<Named> named = new ArrayList<>();
    final List<History> history = new ArrayList<>();

    public void created(UUID id, EntityType type, String name, String matchKey, String attributesJson, Instant at) {
        created.add(new Created(id, type, name, matchKey, attributesJson, at));
    }

    public void touched(UUID id, String attributesJson, Instant at) {
        touched.add(new Touched(id, attributesJson, at));
    }

    public void alias(UUID entityId, String alias, String matchKey, String documentId) {
        aliases.add(new Alias(entityId, alias, matchKey, documentId));
    }

    /** The attributes one document states for an entity (kept per document, so a revision can withdraw them). */
    public void attributed(UUID entityId, String documentId, String attributesJson, Instant at) {
        attributed.add(new Attributed(entityId, documentId, attributesJson, at));
    }

    public void named(UUID entityId, String documentId) {
        named.add(new Named(entityId, documentId));
    }

    public void history(UUID entityId, String kind, String documentId, String detailJson, Instant at) {
        history.add(new History(entityId, kind, documentId, detailJson, at));
    }
}
