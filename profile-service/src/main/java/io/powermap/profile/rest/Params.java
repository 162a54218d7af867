package io.powermap.profile.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.Response.Status;

import io.powermap.contract.RelationshipType;
import io.powermap.contract.problem.ProblemException;

/** Query parameters of the graph questions; a bad one is a 400 problem saying what is expected. */
final class Params {

    private Params() {
    }

    /** A whole number between min and max, or the fallback when absent; anything else is a 400. */
    static int range(String name, String value, int fallback, int min, int max) {
        int chosen;
        try {
            chosen = value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            chosen = Integer.MIN_VALUE;
        }
        if (chosen < min || chosen > max) {
            throw new ProblemException(Status.BAD_REQUEST, name + " must be between " + min + " and " + max + ".");
        }
        return chosen;
    }

    /** A comma-separated list of relationship types; every type when empty. */
    static List<RelationshipType> types(String name, String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of(RelationshipType.values());
        }
        List<RelationshipType> types = new ArrayList<>();
        for (String part : csv.split(",")) {
            if (!part.isBlank()) {
                types.add(type(name, part));
            }
        }
        return types.isEmpty() ? List.of(RelationshipType.values()) : List.copyOf(types);
    }

    static RelationshipType type(String name, String value) {
        try {
            return RelationshipType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Status.BAD_REQUEST, name + " must be among " + Arrays.toString(RelationshipType.values())
                + ".");
        }
    }

    static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new ProblemException(Status.BAD_REQUEST, name + " is required.");
        }
        return value;
    }
}
