package io.powermap.ingest.extraction.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import io.powermap.ingest.extraction.lexicon.Words;

/**
 * A record set out as a two-column table, labels on the left ("Field | Value" over "Founded | 1998"): each row is
 * a form's field ("Founded: 1998"), not a table row the table rules would read for names and amounts. A row with
 * an empty label carries on the field above it ("Networks | A" then " | B" is "Networks: A; B").
 */
final class RecordTables {

    private static final Set<String> HEADER_WORDS = Words.load("record-table-headers.txt");

    private RecordTables() {
    }

    /** Whether {@code header} heads such a record: two cells, one of them a record table's header word. */
    static boolean isRecordHeader(List<String> header) {
        if (header.size() != 2) {
            return false;
        }
        for (String cell : header) {
            if (HEADER_WORDS.contains(cell.strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The rows as field lines, "Label: value", a row without a label joined to the field before it. */
    static List<String> fields(List<List<String>> rows) {
        List<String> out = new ArrayList<>();
        for (List<String> row : rows) {
            // a row indented to the value column ("      | B") has lost its empty label with the bar that opened it
            String label = row.size() < 2 ? "" : row.get(0).strip();
            String value = row.size() < 2 ? String.join(" ", row).strip() : String.join(" ", row.subList(1, row.size())).strip();
            if (value.isEmpty()) {
                continue;
            }
            if (label.isEmpty()) {
                if (!out.isEmpty()) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + "; " + value);
                }
                continue;
            }
            out.add(label + ": " + value);
        }
        return out;
    }
}
