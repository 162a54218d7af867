package io.powermap.contract;

import java.util.List;

/** The sentence a fact came from, as offsets into the document text, and its footnotes' text. */
public record Evidence(int start, int end, List<String> footnotes) {

    public Evidence {
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
    }
}
