package io.powermap.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON form of every event. Readers ignore fields they do not know, so a producer may add
 * fields without a new schema version; removing or changing one needs a new version.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .serializationInclusion(JsonInclude.Include.ALWAYS)
        .build();

    private EventJson() {
    }

    public static String write(Object event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + event.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** @throws MalformedEventException when the text is not a valid event of that type */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException(type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public static final class MalformedEventException extends RuntimeException {
        MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
