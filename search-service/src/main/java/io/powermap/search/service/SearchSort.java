package io.powermap.search.service;

import java.util.Locale;

import jakarta.ws.rs.core.Response.Status;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

import io.powermap.contract.problem.ProblemException;

/** The orders of search results; the entity id always breaks ties, so pages never overlap. */
public enum SearchSort {
    RELEVANCE(new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.SORT_ID, SortField.Type.STRING))),
    CONNECTIONS(new Sort(new SortField(IndexFields.CONNECTIONS, SortField.Type.LONG, true), SortField.FIELD_SCORE,
        new SortField(IndexFields.SORT_ID, SortField.Type.STRING)));

    private final Sort sort;

    SearchSort(Sort sort) {
        this.sort = sort;
    }

    Sort sort() {
        return sort;
    }

    /** A hit's score, from its sort values (the search does not compute it a second time). */
    float score(FieldDoc hit) {
        Object score = hit.fields[this == RELEVANCE ? 0 : 1];
        return score instanceof Float value && !value.isNaN() ? value : 0f;
    }

    public static SearchSort of(String name) {
        if (name == null || name.isBlank()) {
            return RELEVANCE;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Status.BAD_REQUEST, "sort must be relevance or connections.");
        }
    }
}
