package io.powermap.search.domain;

import io.powermap.contract.ProfileChange;

/**
 * A record of profiles.changes and where it sits in its partition, so the index can remember how
 * far it has read. {@code change} is null for a record that carries nothing to apply (a
 * tombstone, an unreadable or unknown-version event): its offset still counts as read.
 */
public record IndexedChange(ProfileChange change, int partition, long offset) {
}
