package io.powermap.profile.messaging;

import java.util.ArrayList;
import java.util.List;

/**
 * How a poll of documents is cut into transactions: right after the service starts, small ones, each
 * twice the size of the one before, until a whole poll goes in one (as always after that). A
 * restarted service meets a backlog with a cold JVM; its first commit then comes after a few
 * documents, not after a whole poll. Thread-safe.
 */
final class WarmStartSlices {

    private int next;

    WarmStartSlices(int first) {
        this.next = Math.max(1, first);
    }

    /** The sizes, in order, of the transactions that apply a poll of {@code documents} (empty for none). */
    synchronized List<Integer> cut(int documents) {
        List<Integer> sizes = new ArrayList<>();
        for (int left = documents; left > 0; ) {
            int size = Math.min(left, next);
            sizes.add(size);
            left -= size;
            if (next < Integer.MAX_VALUE / 2) {
                next *= 2;
            }
        }
        return sizes;
    }
}
