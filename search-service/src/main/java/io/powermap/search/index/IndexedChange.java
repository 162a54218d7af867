package io.powermap.search.index;

import io.powermap.contract.ProfileChange;

/** A change and where it sits in its partition, so the index can remember how far it has read. */
public record IndexedChange(ProfileChange change, String topic, int partition, long offset) {
}
