package io.powermap.search.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.ws.rs.core.Response.Status;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

import io.powermap.contract.problem.ProblemException;

/**
 * Where a page ends, for Lucene's search-after: the sort values of its last hit (score, or
 * connections and score, then the entity id that breaks ties), opaque to clients.
 */
final class Cursor {

    private Cursor() {
    }

    static String of(FieldDoc last, SearchSort sort) {
        Object[] fields = last.fields;
        String text = switch (sort) {
            case RELEVANCE -> "r|" + Float.floatToIntBits((Float) fields[0]) + "|" + ((BytesRef) fields[1]).utf8ToString();
            case CONNECTIONS -> "c|" + fields[0] + "|" + Float.floatToIntBits((Float) fields[1]) + "|"
                + ((BytesRef) fields[2]).utf8ToString();
        };
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static Object[] read(String cursor, SearchSort sort) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
            if (sort == SearchSort.RELEVANCE && parts.length == 3 && parts[0].equals("r")) {
                return new Object[] {Float.intBitsToFloat(Integer.parseInt(parts[1])), new BytesRef(parts[2])};
            }
            if (sort == SearchSort.CONNECTIONS && parts.length == 4 && parts[0].equals("c")) {
                return new Object[] {Long.parseLong(parts[1]), Float.intBitsToFloat(Integer.parseInt(parts[2])),
                    new BytesRef(parts[3])};
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw new ProblemException(Status.BAD_REQUEST,
            "cursor is not one this service gave for sort=" + sort.name().toLowerCase() + "; pass the 'next' of the previous page.");
    }
}
