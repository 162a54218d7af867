package io.powermap.search.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;

import io.powermap.contract.problem.ProblemException;
import io.powermap.search.config.SearchConfig;

/** Checks on request parameters; a bad one is a 400 problem saying what is expected. */
@ApplicationScoped
public class Limits {

    private final SearchConfig config;

    public Limits(SearchConfig config) {
        this.config = config;
    }

    /** The text, "" when absent; 400 above the configured length. */
    public String text(String name, String text) {
        if (text == null) {
            return "";
        }
        if (text.length() > config.maxQueryLength()) {
            throw new ProblemException(Status.BAD_REQUEST, name + " is limited to " + config.maxQueryLength() + " characters.");
        }
        return text.strip();
    }

    /** A count from 1 to the configured largest page, or the default when absent. */
    public int count(String name, String value, int defaultValue) {
        return range(name, value, defaultValue, 1, config.maxResults());
    }

    public int range(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return Math.min(defaultValue, max);
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // the problem below says what is expected
        }
        throw new ProblemException(Status.BAD_REQUEST, name + " must be a whole number from " + min + " to " + max + ".");
    }
}
