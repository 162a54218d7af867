package io.powermap.ingest.extraction;

enum BlockKind {
    TITLE, HEADING, PARAGRAPH, BULLET, NUMBERED, TABLE_ROW, FOOTNOTE
}
