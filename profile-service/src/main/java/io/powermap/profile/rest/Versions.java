package io.powermap.profile.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response.Status;

import io.powermap.contract.problem.ProblemException;

/** The If-Match and ETag headers of corrections: the version of an entity or relationship, quoted. */
final class Versions {

    private Versions() {
    }

    /** The version in an If-Match header ({@code "3"}, {@code W/"3"} or {@code 3}); null when absent; 400 otherwise. */
    static Integer ifMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String value = header.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new ProblemException(Status.BAD_REQUEST, "If-Match must be the ETag of a previous answer, such as \"3\".");
        }
    }

    static EntityTag tag(int version) {
        return new EntityTag(Integer.toString(version));
    }
}
