package io.powermap.contract.problem;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.ws.rs.core.Response.Status;

import io.powermap.contract.EntityType;

/** Parameters every service reads the same way; a bad one is a 400 problem naming what is expected. */
public final class RequestParams {

    private RequestParams() {
    }

    /** @return the entity type named case-insensitively, or null when none is given */
    public static EntityType entityType(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return EntityType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Status.BAD_REQUEST, "type must be one of " + List.of(EntityType.values()) + ".");
        }
    }

    public static UUID entityId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            String shown = id.length() <= 64 ? id : id.substring(0, 64) + "…";
            throw new ProblemException(Status.BAD_REQUEST, "An entity id is a UUID; got '" + shown + "'.");
        }
    }
}
