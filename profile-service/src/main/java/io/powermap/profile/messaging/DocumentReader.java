package io.powermap.profile.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.powermap.contract.DocumentParsed;

/**
 * Reads DocumentParsed as {@code EventJson} does, but tolerant of entity and relationship types
 * this version does not know (a newer producer's): they read as null, and the applier leaves those
 * entities and ties out instead of failing the whole document.
 */
final class DocumentReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        .build();

    private DocumentReader() {
    }

    /** @throws IllegalArgumentException when the text is not a DocumentParsed */
    static DocumentParsed read(String json) {
        try {
            return MAPPER.readValue(json, DocumentParsed.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("DocumentParsed: " + e.getOriginalMessage(), e);
        }
    }
}
