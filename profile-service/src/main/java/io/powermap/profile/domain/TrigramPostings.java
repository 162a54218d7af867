package io.powermap.profile.domain;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.powermap.contract.EntityType;

/**
 * Names indexed by their trigrams, for pg_trgm's similarity computed in memory: each name has a
 * slot (a number the caller gives), a trigram of an entity type lists the slots of the names
 * having it, and a search counts the trigrams a key shares with every slot in an int array indexed
 * by slot. Not thread-safe; callers hold their own lock.
 */
public final class TrigramPostings {

    /** Receives each slot sharing at least one trigram with the key, and how many it shares. */
    @FunctionalInterface
    public interface Shared {
        void slot(int slot, int sharedTrigrams);
    }

    private record TypedKey(EntityType type, String trigram) {
    }

    /** The slots having one trigram, in a growing array. */
    private static final class Postings {
        int[] slots = new int[4];
        int size;

        void add(int slot) {
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
            }
            slots[size++] = slot;
        }

        void remove(int slot) {
            for (int i = 0; i < size; i++) {
                if (slots[i] == slot) {
                    slots[i] = slots[--size];
                    return;
                }
            }
        }
    }

    private final Map<TypedKey, Postings> postings = new HashMap<>();
    private int[] shared = new int[64];
    private int[] touched = new int[64];

    public void add(EntityType type, Set<String> trigrams, int slot) {
        trigrams.forEach(trigram -> postings.computeIfAbsent(new TypedKey(type, trigram), k -> new Postings()).add(slot));
    }

    public void remove(EntityType type, Set<String> trigrams, int slot) {
        trigrams.forEach(trigram -> {
            Postings list = postings.get(new TypedKey(type, trigram));
            if (list != null) {
                list.remove(slot);
            }
        });
    }

    /**
     * Reports every slot below {@code slots} that shares a trigram of {@code mine} (names of the
     * type), in the order first met, with the number shared.
     */
    public void search(EntityType type, Set<String> mine, int slots, Shared out) {
        if (shared.length < slots) {
            shared = new int[Math.max(slots, shared.length * 2)];
        }
        int touchedSize = 0;
        for (String trigram : mine) {
            Postings list = postings.get(new TypedKey(type, trigram));
            for (int i = 0; list != null && i < list.size; i++) {
                int slot = list.slots[i];
                if (shared[slot]++ == 0) {
                    if (touchedSize == touched.length) {
                        touched = Arrays.copyOf(touched, touchedSize * 2);
                    }
                    touched[touchedSize++] = slot;
                }
            }
        }
        for (int i = 0; i < touchedSize; i++) {
            int slot = touched[i];
            int count = shared[slot];
            shared[slot] = 0;
            out.slot(slot, count);
        }
    }
}
