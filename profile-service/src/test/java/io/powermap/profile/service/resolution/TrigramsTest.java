package io.powermap.profile.service.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Resolution ranks a poll's new names among the database's, so Java must agree with pg_trgm. */
class TrigramsTest {

    @Test
    void shouldComputeSimilarityAsPgTrgmDoes() {
        // pg_trgm's documentation: similarity('word', 'two words') = 0.36363637
        assertEquals(0.36363637f, Trigrams.similarity("word", "two words"));
        assertEquals(1f, Trigrams.similarity("eva millona", "eva millona"));
        assertEquals(0f, Trigrams.similarity("", "eva millona"));
        assertEquals(0.63636363f, Trigrams.distance("word", "two words"));
    }

    @Test
    void shouldApplyTheDefaultThreshold() {
        assertTrue(Trigrams.similar("immigrant legal resource center", "immigration legal resource center"));
        assertFalse(Trigrams.similar("southern poverty law center", "northern lights fund"));
    }
}
