package io.powermap.profile.domain;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A list worked out the first time it is read. Resolution reads a candidate's neighbours only
 * when the judge scores a name that is not the candidate's own (an exact name scores 1.0 without
 * them), which is rarely: most of the ~1,500 candidates of a poll are exact matches, and their
 * neighbours were parsed from text and turned into keys for nothing (about a tenth of the applying
 * thread's CPU). Not for lists whose source changes before they are read.
 */
public final class LazyList<T> extends AbstractList<T> {

    private Supplier<List<T>> source;
    private List<T> list;

    public LazyList(Supplier<List<T>> source) {
        this.source = source;
    }

    private List<T> list() {
        if (list == null) {
            list = source.get();
            source = null;
        }
        return list;
    }

    @Override
    public T get(int index) {
        return list().get(index);
    }

    @Override
    public int size() {
        return list().size();
    }
}
