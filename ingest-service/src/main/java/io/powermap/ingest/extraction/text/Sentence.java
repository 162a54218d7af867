package io.powermap.ingest.extraction.text;

import java.util.List;
import io.powermap.ingest.extraction.layout.BlockKind;

/** A sentence as offsets into the text, the block it sits in and the footnote markers it carries. */
public record Sentence(int index, int start, int end, int block, BlockKind kind, List<String> footnoteLabels) {
}
