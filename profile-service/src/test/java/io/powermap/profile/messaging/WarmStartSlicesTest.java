package io.powermap.profile.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The first polls after a start go in small transactions that double; then a poll is one transaction. */
class WarmStartSlicesTest {

    @Test
    void shouldCutTheFirstPollsSmallThenDoubleUntilAPollIsOneTransaction() {
        WarmStartSlices slices = new WarmStartSlices(4);
        assertEquals(List.of(4, 8, 16, 32, 40), slices.cut(100), "a backlog's first poll of 100 after a start");
        assertEquals(List.of(100), slices.cut(100), "warm: a whole poll in one transaction");
        assertEquals(List.of(3), slices.cut(3));
        WarmStartSlices quiet = new WarmStartSlices(4);
        assertEquals(List.of(1), quiet.cut(1), "one document after a quiet start");
        assertEquals(List.of(8, 2), quiet.cut(10), "the size doubled with each transaction, not each poll");
    }

    @Test
    void shouldCutNothingFromAnEmptyPollAndKeepItsPlace() {
        WarmStartSlices slices = new WarmStartSlices(2);
        assertEquals(List.of(), slices.cut(0));
        assertEquals(List.of(2, 1), slices.cut(3));
    }

    @Test
    void shouldTreatAFirstSizeBelowOneAsOne() {
        assertEquals(List.of(1, 2, 4, 3), new WarmStartSlices(0).cut(10));
    }
}
