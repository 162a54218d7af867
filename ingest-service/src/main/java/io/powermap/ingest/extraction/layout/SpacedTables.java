package io.powermap.ingest.extraction.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.powermap.ingest.extraction.lexicon.Words;

/**
 * A table typed in plain text, its columns kept apart by runs of spaces: a header line of words ("Member body
 * 2025 (CHF) 2024 (CHF)", each column two or more spaces from the next) over rows whose cells stand under the
 * header's cells. Numbers are often set flush right, so a cell belongs to a column when its span overlaps the
 * header cell's span, not when it starts at the same place. A line holding only the first column's text and
 * followed by a full row carries a name too long for its cell on to that row; a line holding only a later column's
 * text goes on with that cell of the row above. A record laid out as a form ("Field  Value") is left to the form
 * readers.
 */
final class SpacedTables {

    private static final Pattern GAP = Pattern.compile(" {2,}|\t+");
    /** A sum grouped in thousands ("40,000", "1.250.000", "150 000"): a row's value, never a header's word. */
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}(?:[.,' \u00a0]\\d{3})+");
    private static final int MIN_ROWS = 2;
    private static final int MAX_COLUMNS = 6;
    private static final int MAX_HEADER_CELL = 40;
    private static final int FIRST_COLUMN_SLACK = 2;
    private static final Pattern RULE = Pattern.compile("\\s*[-=_+|\u2500\u2014 ]{3,}\\s*");
    /** Header words of a record laid out as a form ("Field  Value  Source"): a form's reader takes it, not this. */
    private static final Set<String> RECORD_WORDS = Words.load("record-table-headers.txt");

    record Cell(String text, int start, int end) {
    }

    private SpacedTables() {
    }

    /**
     * Reads a table whose header is line {@code i}: adds the header and then each row to {@code out} and returns the
     * index of the first line after the table, or {@code i} (and {@code out} untouched) when no such table starts there.
     */
    static int read(String[] lines, int i, List<List<String>> out) {
        List<Cell> header = cells(lines[i]);
        if (!isHeader(header)) {
            return i;
        }
        List<List<String>> rows = new ArrayList<>();
        String carried = null;
        int k = i + 1;
        for (; k < lines.length && !lines[k].isBlank(); k++) {
            List<Cell> row = cells(lines[k]);
            if (k == i + 1 && RULE.matcher(lines[k]).matches()) {
                continue; // a rule drawn under the header
            }
            if (row.size() == 1 && carried == null && k + 1 < lines.length && overlaps(row.get(0), header.get(0))
                && Math.abs(row.get(0).start() - header.get(0).start()) <= FIRST_COLUMN_SLACK) {
                carried = row.get(0).text(); // a long name wrapped inside its column
                continue;
            }
            int column = row.size() == 1 && !rows.isEmpty() ? columnOf(row.get(0), header) : -1;
            if (column > 0) {
                List<String> last = rows.get(rows.size() - 1); // a long value wrapped inside its column
                last.set(column, last.get(column) + " " + row.get(0).text());
                continue;
            }
            if (!under(row, header)) {
                break;
            }
            List<String> texts = new ArrayList<>();
            for (Cell c : row) {
                texts.add(texts.isEmpty() && carried != null ? carried + " " + c.text() : c.text());
            }
            carried = null;
            rows.add(texts);
        }
        if (carried != null) {
            k--;
        }
        if (rows.size() < MIN_ROWS) {
            return i;
        }
        List<String> head = new ArrayList<>();
        header.forEach(c -> head.add(c.text()));
        out.add(head);
        out.addAll(rows);
        return k;
    }

    /** Column words, two to six, none a sum, a form's label ("Date:") or a sentence's end; the first with no digit. */
    private static boolean isHeader(List<Cell> header) {
        if (header.size() < 2 || header.size() > MAX_COLUMNS) {
            return false;
        }
        for (Cell c : header) {
            String t = c.text();
            if (t.length() > MAX_HEADER_CELL || t.endsWith(":") || t.endsWith(".") || AMOUNT.matcher(t).find()
                || !Character.isLetterOrDigit(t.codePointAt(0))) {
                return false;
            }
        }
        String first = header.get(0).text();
        return Character.isLetter(first.codePointAt(0)) && first.chars().noneMatch(Character::isDigit)
            && !RECORD_WORDS.contains(first.toLowerCase(Locale.ROOT));
    }

    /** As many cells as the header, the first where the header's first starts, each overlapping its column. */
    private static boolean under(List<Cell> row, List<Cell> header) {
        if (row.size() != header.size() || Math.abs(row.get(0).start() - header.get(0).start()) > FIRST_COLUMN_SLACK
            || row.get(0).text().endsWith(":")) {
            return false;
        }
        for (int j = 1; j < row.size(); j++) {
            if (!overlaps(row.get(j), header.get(j))) {
                return false;
            }
        }
        return true;
    }

    /** The one header column the cell lies under, or -1. */
    private static int columnOf(Cell cell, List<Cell> header) {
        int found = -1;
        for (int j = 0; j < header.size(); j++) {
            boolean next = j + 1 < header.size();
            // a wrapped value may run on past its header's words, up to where the next column starts
            if (cell.start() >= header.get(j).start() - FIRST_COLUMN_SLACK && (!next || cell.start() < header.get(j + 1).start())) {
                if (found >= 0) {
                    return -1;
                }
                found = j;
            }
        }
        return found;
    }

    private static boolean overlaps(Cell a, Cell b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /** The line's cells with the columns they span; a tab counts as one column. */
    static List<Cell> cells(String line) {
        List<Cell> out = new ArrayList<>();
        int from = 0;
        while (from < line.length() && Character.isWhitespace(line.charAt(from))) {
            from++;
        }
        Matcher m = GAP.matcher(line);
        int end = line.stripTrailing().length();
        while (from < end) {
            int stop = m.find(from) && m.start() < end ? m.start() : end;
            out.add(new Cell(line.substring(from, stop), from, stop));
            from = stop < end ? m.end() : end;
        }
        return out;
    }
}
