package io.powermap.profile.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.powermap.contract.problem.Problem;
import io.powermap.contract.problem.ProblemMappers;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * A correction body that is JSON but not the JSON its endpoint reads (an array where an object
 * belongs, an object where a name belongs, nesting deeper than Jackson allows) is a 400 problem.
 * Without these, Quarkus' own mapper for MismatchedInputException answered with an empty 400, or
 * with its own JSON naming the Java type (found by rest/HostileInputFuzzTest). The detail names the
 * place in the body only; the exception's message (which names classes) is not shown.
 *
 * <p>A key given twice ({@code {"other":"a","other":"b"}}) is refused as malformed: Jackson let a
 * record's creator see it twice and threw InvalidDefinitionException, which Quarkus answered with an
 * empty 500. Any other InvalidDefinitionException is a bug of ours: a logged 500 problem with a reference.
 */
public final class JsonBodyProblems {

    private JsonBodyProblems() {
    }

    @Provider
    public static class ForMismatchedInput implements ExceptionMapper<MismatchedInputException> {
        @Override
        public Response toResponse(MismatchedInputException exception) {
            return problem(exception, "The body does not have the shape this endpoint reads");
        }
    }

    @Provider
    public static class ForUnreadableJson implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException exception) {
            return problem(exception, "The body is not JSON this endpoint can read (malformed, or nested too deep)");
        }
    }

    @Provider
    public static class ForInvalidDefinition implements ExceptionMapper<InvalidDefinitionException> {
        @Override
        public Response toResponse(InvalidDefinitionException exception) {
            return new ProblemMappers.ForUnexpected().toResponse(exception);
        }
    }

    /** Bodies with a key given twice are malformed JSON (400), not left to whichever value Jackson keeps. */
    @Singleton
    public static class StrictDuplicates implements ObjectMapperCustomizer {
        @Override
        public void customize(ObjectMapper mapper) {
            mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        }
    }

    static Response problem(JsonProcessingException exception, String what) {
        JsonLocation at = exception.getLocation();
        String where = at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return Problem.of(Status.BAD_REQUEST, what + where + "; the OpenAPI document at /q/openapi describes each body.")
            .toResponse();
    }
}
