package io.powermap.ingest.extraction;

public enum BlockKind {
    TITLE, HEADING, PARAGRAPH, BULLET, NUMBERED, TABLE_ROW, FOOTNOTE
}
