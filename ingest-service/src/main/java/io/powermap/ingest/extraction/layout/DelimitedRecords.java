package io.powermap.ingest.extraction.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.powermap.ingest.extraction.lexicon.Words;

/**
 * A record kept as a spreadsheet and pasted as tab-separated text: a header row naming a label column and a value
 * column ("field", "value"), perhaps with date columns ("from", "to") and a remark column, over one row to a fact.
 * Each row is written as a form's field ("Former president: A B (2019–2024)", a snake_case key read as words, a
 * trailing "former" put first), its remark in the field's bracket; the row number, section and source columns are
 * dropped. Only tab-separated rows are read; other lines are left as they are.
 */
final class DelimitedRecords {

    private static final Set<String> LABEL_HEADERS = Words.load("record-label-columns.txt");
    private static final Set<String> VALUE_HEADERS = Words.load("record-value-columns.txt");
    private static final Set<String> FROM_HEADERS = Set.of("from", "since", "start", "started", "begin", "valid from");
    private static final Set<String> TO_HEADERS = Set.of("to", "until", "till", "end", "ended", "valid to");
    private static final Set<String> REMARK_HEADERS = Set.of("note", "notes", "remark", "remarks", "comment", "comments");
    /** Trailing words of a key that mark a fact as past ("president_former"): put first, as a form would write them. */
    private static final Set<String> PAST_MARKS = Set.of("former", "past", "previous", "ex");

    private DelimitedRecords() {
    }

    /** The lines with every row under such a header written as a field line, or the same lines when none is found. */
    static String[] fields(String[] lines) {
        List<String> out = null;
        for (int i = 0; i < lines.length; i++) {
            Columns c = lines[i].indexOf('\t') >= 0 ? Columns.of(lines[i].split("\t", -1)) : null;
            if (c == null) {
                if (out != null) {
                    out.add(lines[i]);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(List.of(lines).subList(0, i));
            }
            int k = i + 1;
            for (; k < lines.length && lines[k].indexOf('\t') >= 0; k++) {
                c.row(lines[k].split("\t", -1), out);
            }
            i = k - 1;
        }
        return out == null ? lines : out.toArray(new String[0]);
    }

    /** Where the header puts each kind of column; -1 for a column it lacks. */
    private record Columns(int label, int value, int from, int to, int remark) {

        static Columns of(String[] header) {
            int label = -1;
            int value = -1;
            int from = -1;
            int to = -1;
            int remark = -1;
            for (int j = 0; j < header.length; j++) {
                String h = words(header[j]).toLowerCase(Locale.ROOT);
                String last = h.substring(h.lastIndexOf(' ') + 1);
                if (label < 0 && LABEL_HEADERS.contains(h)) {
                    label = j;
                } else if (value < 0 && VALUE_HEADERS.contains(h)) {
                    value = j;
                } else if (from < 0 && FROM_HEADERS.contains(h)) {
                    from = j;
                } else if (to < 0 && TO_HEADERS.contains(h)) {
                    to = j;
                } else if (remark < 0 && REMARK_HEADERS.contains(last)) {
                    remark = j; // "analyst_note"
                }
            }
            return label >= 0 && value > label ? new Columns(label, value, from, to, remark) : null;
        }

        void row(String[] cells, List<String> out) {
            String key = cell(cells, label);
            String text = cell(cells, value);
            if (key.isEmpty() || text.isEmpty()) {
                return;
            }
            String start = cell(cells, from);
            String end = cell(cells, to);
            String dates = start.isEmpty() && end.isEmpty() ? ""
                : start.isEmpty() ? " (until " + end + ")"
                : end.isEmpty() ? " (since " + start + ")"
                : " (" + start + "\u2013" + end + ")";
            String note = cell(cells, remark);
            // the remark in the field's bracket, as a form writes one: a line of its own would be joined to the value
            out.add(fieldLabel(key) + ": " + text + dates + (note.isEmpty() ? "" : " (" + note + ")"));
        }
    }

    private static String cell(String[] cells, int j) {
        return j >= 0 && j < cells.length ? cells[j].strip() : "";
    }

    /** "board_member_former" is "Former board member"; "founded_by" is "Founded by". */
    static String fieldLabel(String key) {
        List<String> w = new ArrayList<>(List.of(words(key).split(" ")));
        if (w.size() > 1 && PAST_MARKS.contains(w.get(w.size() - 1).toLowerCase(Locale.ROOT))) {
            w.add(0, w.remove(w.size() - 1));
        }
        String s = String.join(" ", w).toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String words(String key) {
        return key.strip().replace('_', ' ').replaceAll(" +", " ");
    }
}
