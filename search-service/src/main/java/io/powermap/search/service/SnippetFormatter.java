package io.powermap.search.service;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

import io.powermap.search.domain.SearchPage.Part;

/**
 * Gives the unified highlighter's passages as parts of plain text, matches marked, instead of
 * markup: clients show them as text, so nothing from a document is ever read as HTML.
 */
final class SnippetFormatter extends PassageFormatter {

    private static final String GAP = " \u2026 ";

    @Override
    public List<Part> format(Passage[] passages, String content) {
        List<Part> parts = new ArrayList<>();
        int previousEnd = -1;
        for (Passage passage : passages) {
            if (previousEnd >= 0) {
                parts.add(new Part(GAP, false));
            }
            int at = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(passage.getMatchStarts()[i], at);
                int end = passage.getMatchEnds()[i];
                if (start > at) {
                    parts.add(new Part(content.substring(at, start), false));
                }
                if (end > start) {
                    parts.add(new Part(content.substring(start, end), true));
                    at = end;
                }
            }
            int end = passage.getEndOffset();
            while (end > at && (content.charAt(end - 1) == HitValues.VALUE_SEPARATOR || Character.isWhitespace(content.charAt(end - 1)))) {
                end--; // a passage is a value, and may end with the separator the highlighter put after it
            }
            if (end > at) {
                parts.add(new Part(content.substring(at, end), false));
            }
            previousEnd = passage.getEndOffset();
        }
        return parts;
    }
}
