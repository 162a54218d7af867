package io.powermap.ingest.extraction.layout;

public enum BlockKind {
    TITLE, HEADING, PARAGRAPH, BULLET, NUMBERED, TABLE_ROW, FOOTNOTE
}
