package io.powermap.ingest.extraction.layout;

import java.util.List;

/**
 * One unit of layout in the normalised text. Table rows keep their cell spans so that leader and
 * grant tables can be read column by column; {@code table} groups rows of one table.
 */
public record Block(BlockKind kind, int start, int end, int table, List<int[]> cells) {

    public Block(BlockKind kind, int start, int end) {
        this(kind, start, end, -1, List.of());
    }
}
