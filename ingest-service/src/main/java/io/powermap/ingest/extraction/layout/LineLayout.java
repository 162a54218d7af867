package io.powermap.ingest.extraction.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.powermap.ingest.extraction.Interrupts;
import io.powermap.ingest.extraction.DocumentRejectedException;

/**
 * Reads line-oriented text (plain text, Markdown, and the text Tika gets out of PDF and DOCX) into
 * blocks. Wrapped lines are joined back into paragraphs; bullets, numbered items, headings, pipe
 * tables and footnotes become blocks of their own.
 */
public final class LineLayout {

    private static final Pattern QUOTE_MARKS = Pattern.compile("^>+\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CELL_BAR = Pattern.compile("\\|");

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[*\\-+\u2022\u2023\u25AA\u25E6\u00B7\u2013\u2043]\\s+)(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:\\(\\d{1,2}\\)|\\(?[a-h]\\)|\\d{1,2}[.)])\\s+(.*)$");
    private static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern MD_FOOTNOTE_DEF = Pattern.compile("^\\s*\\[\\^([A-Za-z0-9]{1,10})\\]:\\s*(.*)$");
    /** A rule line under a table's header: "|---|:--:|", or "-----+-----" with a plus where the bars cross it. */
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*[|+]?\\s*:?-{2,}:?\\s*(?:[|+]\\s*:?-{2,}:?\\s*)*[|+]?\\s*$");
    private static final Pattern MD_RULE = Pattern.compile("^\\s*(?:-{3,}|\\*{3,}|_{3,}|={3,})\\s*$");
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[[^\\]\\n]{0,500}\\]\\([^)\\n]{0,2000}\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]\\n^]{1,500})\\]\\([^)\\n]{0,2000}\\)");
    private static final Pattern MD_REF = Pattern.compile("\\[\\^([A-Za-z0-9]{1,10})\\]");
    private static final Pattern MD_EMPHASIS = Pattern.compile("\\*{1,3}|(?<![A-Za-z0-9])_{1,3}|_{1,3}(?![A-Za-z0-9])|`+");
    private static final Pattern TAG = Pattern.compile("<\\/?[A-Za-z][^<>\\n]{0,300}>");

    private LineLayout() {
    }

    /**
     * The lines of {@code content}, split at CR LF, CR or LF, the last one kept even when empty: what
     * {@code content.split("\\r\\n|\\r|\\n", -1)} gives, written out because the expression's search over a
     * whole document took 1.5 % of the extracting thread.
     */
    static String[] lines(String content) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = content.length();
        for (int i = 0; i < n; i++) {
            char c = content.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(content.substring(start, i));
                if (c == '\r' && i + 1 < n && content.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(content.substring(start));
        return out.toArray(new String[0]);
    }

    public static StructuredText read(String content, boolean markdown, int maxChars) throws DocumentRejectedException {
        return read(content, markdown, false, maxChars);
    }

    /**
     * As {@link #read(String, boolean, int)}; with {@code linesAreParagraphs} (word-processor text,
     * where each line is a paragraph the author ended) no line is joined to the next, so a short
     * line such as "Message from the Board" is a heading, not the start of the paragraph below it.
     */
    public static StructuredText read(String content, boolean markdown, boolean linesAreParagraphs, int maxChars)
        throws DocumentRejectedException {
        TextAssembler out = new TextAssembler(maxChars);
        String[] lines = DelimitedRecords.fields(
            KeyValueRecords.fields(markdown ? lines(content) : QuotedReplies.unquote(lines(content))));
        boxFrames(lines);
        lines = leaderFields(lines);
        StringBuilder paragraph = new StringBuilder();
        boolean titled = false;
        boolean prevBlank = true;
        int n = lines.length;
        for (int i = 0; i < n; i++) {
            if ((i & 255) == 0) {
                Interrupts.check();
            }
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                flush(out, paragraph);
                prevBlank = true;
                continue;
            }
            if (markdown && MD_RULE.matcher(trimmed).matches()) {
                flush(out, paragraph);
                prevBlank = true;
                continue;
            }
            if (markdown && trimmed.startsWith(">")) {
                trimmed = QUOTE_MARKS.matcher(trimmed).replaceFirst("");
            }
            if (trimmed.indexOf('|') >= 0 && i + 1 < n && TABLE_SEPARATOR.matcher(lines[i + 1]).matches()) {
                flush(out, paragraph);
                List<String> header = cells(inline(trimmed, markdown));
                List<List<String>> rows = new ArrayList<>();
                i += 2;
                while (i < n && lines[i].indexOf('|') >= 0 && !lines[i].isBlank()) {
                    rows.add(cells(inline(lines[i].strip(), markdown)));
                    i++;
                }
                i--;
                if (RecordTables.isRecordHeader(header)) {
                    for (String field : RecordTables.fields(rows)) {
                        out.add(BlockKind.PARAGRAPH, field);
                    }
                } else {
                    int table = out.newTable(header);
                    for (List<String> row : rows) {
                        out.row(table, row);
                    }
                }
                prevBlank = false;
                continue;
            }
            int barRows = unruledBarRows(lines, i);
            if (barRows > 0) {
                // "Name | Role | Since" over rows of as many bars, with no rule line under the header: a table all the same
                flush(out, paragraph);
                int table = out.newTable(cells(inline(trimmed, markdown)));
                for (int k = i + 1; k <= i + barRows; k++) {
                    out.row(table, cells(inline(lines[k].strip(), markdown)));
                }
                i += barRows;
                prevBlank = false;
                continue;
            }
            if (!markdown && line.startsWith("\t")) {
                List<List<String>> rows = new ArrayList<>();
                int after = tabTable(lines, i, rows);
                if (after > i) {
                    flush(out, paragraph);
                    addTable(out, rows);
                    i = after - 1;
                    prevBlank = false;
                    continue;
                }
            }
            String[] entry = new String[1];
            int entryEnd = markdown || !titled ? i : DefinitionLists.read(lines, i, entry);
            if (entryEnd > i) {
                // a name or a post over the indented lines that say what it holds or who holds it
                flush(out, paragraph);
                out.add(BlockKind.PARAGRAPH, entry[0]);
                i = entryEnd - 1;
                prevBlank = false;
                continue;
            }
            if (!markdown && titled && (trimmed.contains("  ") || trimmed.indexOf('\t') >= 0)) {
                // columns kept apart by spaces under a header of column words
                List<List<String>> rows = new ArrayList<>();
                int after = SpacedTables.read(lines, i, rows);
                if (after > i) {
                    flush(out, paragraph);
                    addTable(out, rows);
                    i = after - 1;
                    prevBlank = false;
                    continue;
                }
            }
            List<String> runHeader = markdown || !titled ? null : RunTables.header(trimmed);
            if (runHeader != null) {
                // a donor table whose cells PDF text runs together, one row to a line
                List<List<String>> rows = new ArrayList<>();
                int k = runRows(lines, i + 1, runHeader, content, rows);
                int resume;
                while (!rows.isEmpty() && (resume = afterPageBreak(lines, k)) > k && resume < n
                    && RunTables.row(lines[resume], runHeader, content) != null) {
                    k = runRows(lines, resume, runHeader, content, rows); // on past a page's running footer, no header again
                }
                if (!rows.isEmpty()) {
                    flush(out, paragraph);
                    int table = out.newTable(runHeader);
                    for (List<String> row : rows) {
                        out.row(table, row);
                    }
                    i = k - 1;
                    prevBlank = false;
                    continue;
                }
            }
            Matcher m;
            if (markdown && (m = MD_HEADING.matcher(line)).matches()) {
                flush(out, paragraph);
                out.add(titled ? BlockKind.HEADING : BlockKind.TITLE, inline(m.group(1), true));
                titled = true;
                prevBlank = false;
                continue;
            }
            if (markdown && (m = MD_FOOTNOTE_DEF.matcher(line)).matches()) {
                flush(out, paragraph);
                out.footnote(m.group(1), inline(m.group(2), true));
                prevBlank = false;
                continue;
            }
            if ((m = BULLET.matcher(line)).matches() && !MD_RULE.matcher(trimmed).matches()) {
                flush(out, paragraph);
                StringBuilder item = new StringBuilder();
                i = wrappedItem(lines, i, m.group(1), item);
                out.add(BlockKind.BULLET, inline(item.toString(), markdown));
                prevBlank = false;
                continue;
            }
            if ((m = NUMBERED.matcher(line)).matches()) {
                flush(out, paragraph);
                StringBuilder item = new StringBuilder();
                i = wrappedItem(lines, i, m.group(1), item);
                out.add(BlockKind.NUMBERED, inline(item.toString(), markdown));
                prevBlank = false;
                continue;
            }
            String text = inline(trimmed, markdown);
            if (!titled && paragraph.isEmpty() && text.length() <= 200 && !TextAssembler.isCopyright(text) && !isProse(text)
                && !onlyLine(lines, i) && !(i + 1 < n && wrapsOnto(text, lines[i + 1].strip(), true))) {
                out.add(BlockKind.TITLE, text);
                titled = true;
                prevBlank = false;
                continue;
            }
            if (ListingLines.standsAlone(lines, i)) {
                flush(out, paragraph); // "A B, Director, C Society" under a programme's session: one speaker a block
                out.add(BlockKind.PARAGRAPH, ListingLines.withoutLabel(text));
                prevBlank = false;
                continue;
            }
            // a form's fields ("Founded:   2007", "Executive director: A B (since 2022)"), one to a line: each
            // line is a block of its own, not run into the next field's label as a paragraph
            if (isFieldLine(text) && fieldRun(lines, i, markdown) >= FIELD_RUN) {
                flush(out, paragraph);
                out.add(BlockKind.PARAGRAPH, text);
                prevBlank = false;
                continue;
            }
            // before the heading test: the first item after a lead-in and a blank line looks like a heading
            int items = markdown ? 0 : unmarkedItems(lines, i);
            if (items >= 2) {
                flush(out, paragraph);
                for (int k = i; k < i + items; k++) {
                    out.add(BlockKind.BULLET, lines[k].strip());
                }
                i += items - 1;
                prevBlank = false;
                continue;
            }
            boolean nextBreaks = i + 1 >= n || lines[i + 1].isBlank();
            if (paragraph.isEmpty() && looksLikeHeading(text) && (prevBlank || nextBreaks || linesAreParagraphs)
                && !(i == 0 && onlyLine(lines, i))) {
                String next = i + 1 < n ? lines[i + 1].strip() : "";
                if (nextBreaks || (!next.isEmpty() && Character.isUpperCase(next.codePointAt(0)) && !wrapsOnto(text, next, false))) {
                    out.add(BlockKind.HEADING, text);
                    prevBlank = false;
                    continue;
                }
            }
            if (!paragraph.isEmpty() && endsSentence(paragraph) && !markdown && !prevBlank) {
                // a line that ends a sentence may also end a paragraph in PDF and DOCX text
                // that has no blank lines; a new paragraph changes nothing for the rules
                flush(out, paragraph);
            }
            if (!paragraph.isEmpty()) {
                if (paragraph.charAt(paragraph.length() - 1) == '-' && Character.isLowerCase(text.codePointAt(0))) {
                    paragraph.setLength(paragraph.length() - 1);
                } else {
                    paragraph.append(' ');
                }
            }
            paragraph.append(text);
            if (linesAreParagraphs) {
                flush(out, paragraph);
            }
            prevBlank = false;
        }
        flush(out, paragraph);
        return out.build();
    }

    /**
     * A word-processor table as Tika writes it: each cell on a line of its own opened by a tab,
     * rows apart by a blank line. A header and at least one row of as many cells are a table: its
     * rows (header first) go to {@code rows} and the line after it is returned, else {@code from}.
     */
    private static int tabTable(String[] lines, int from, List<List<String>> rows) {
        List<String> header = new ArrayList<>();
        int next = tabRow(lines, from, header);
        if (header.size() < 2) {
            return from;
        }
        rows.add(header);
        while (true) {
            int k = next;
            while (k < lines.length && lines[k].isBlank()) {
                k++;
            }
            List<String> row = new ArrayList<>();
            int end = k < lines.length && lines[k].startsWith("\t") ? tabRow(lines, k, row) : k;
            if (row.size() != header.size()) {
                break;
            }
            rows.add(row);
            next = end;
        }
        if (rows.size() < 2) {
            rows.clear();
            return from;
        }
        return next;
    }

    /** Reads one row's cells from {@code from} up to a blank line; a line without a tab continues its cell. */
    private static int tabRow(String[] lines, int from, List<String> cells) {
        int k = from;
        for (; k < lines.length && !lines[k].isBlank(); k++) {
            String text = lines[k].strip();
            if (lines[k].startsWith("\t") || cells.isEmpty()) {
                cells.add(text);
            } else {
                cells.set(cells.size() - 1, cells.get(cells.size() - 1) + " " + text);
            }
        }
        return k;
    }

    /**
     * A first line that is running text, not a title: it ends like a sentence or holds a sentence
     * break. Such a line is read like any paragraph, so a one-line document still yields its facts and
     * a hard-wrapped first paragraph is not cut in two.
     */
    public static boolean isProse(String line) {
        char last = line.charAt(line.length() - 1);
        if ((last == '.' || last == ',' || last == ';') && !line.endsWith("Inc.") && line.indexOf(' ') > 0) {
            return true;
        }
        int stop = line.indexOf(". ");
        return stop > 0 && stop + 2 < line.length() && Character.isUpperCase(line.charAt(stop + 2))
            && Character.isLowerCase(line.charAt(stop - 1));
    }

    private static final Set<String> WRAP_ENDS = Set.of("a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "by", "with",
        "at", "from", "is", "was", "are", "were", "has", "have", "had", "its", "their", "that", "which", "who", "as");

    /**
     * A first line hard-wrapped in the middle of a sentence, not a title: the next line goes on in lower
     * case ("... a charity that was / founded in 2004"), the line stops on a small word ("... the"), or a
     * line with a comma stops inside a name the next line ends ("The founder, Angela / Morrison, retired").
     * The small-word ending is asked of a first line only: a heading inside a document may end on one
     * ("Where our money came from").
     */
    static boolean wrapsOnto(String line, String next, boolean smallWordEnds) {
        if (next.isEmpty()) {
            return false;
        }
        if (Character.isLowerCase(next.codePointAt(0))) {
            return true;
        }
        int space = line.lastIndexOf(' ');
        String lastWord = line.substring(space + 1);
        if (smallWordEnds && space > 0 && WRAP_ENDS.contains(lastWord)) {
            return true;
        }
        int nextSpace = next.indexOf(' ');
        String nextWord = nextSpace < 0 ? next : next.substring(0, nextSpace);
        return line.indexOf(", ") > 0 && Character.isLetter(line.charAt(line.length() - 1)) && nextWord.length() > 1
            && nextWord.endsWith(",") && Character.isUpperCase(lastWord.codePointAt(0));
    }

    /** A document of one line is that line's text, whatever its shape. */
    private static boolean onlyLine(String[] lines, int i) {
        for (int k = i + 1; k < lines.length; k++) {
            if (!lines[k].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lines after a lead-in that ends with a colon, each short (eight words at most), opening with a capital or a digit and
     * ending without a full stop ("Ana Ruiz (treasurer)"): items of a list written without bullets.
     * Answers how many lines from {@code from} are such items, or 0 when the line before is no lead-in.
     */
    static int unmarkedItems(String[] lines, int from) {
        int before = from - 1;
        while (before >= 0 && lines[before].isBlank()) {
            before--;
        }
        if (before < 0 || !lines[before].strip().endsWith(":")) {
            return 0;
        }
        int k = from;
        while (k < lines.length && isUnmarkedItem(lines[k].strip()) && !BULLET.matcher(lines[k]).matches()
            && !NUMBERED.matcher(lines[k]).matches()
            && !(k + 1 < lines.length && wrapsOnto(lines[k].strip(), lines[k + 1].strip(), true))) {
            k++;
        }
        return k - from;
    }

    private static boolean isUnmarkedItem(String line) {
        // a list item is short: a name and a role, not a sentence hard-wrapped at a capital ("... from the Heron
        // Lake"); one that pairs a body and its person with a dash ("Heron Lake Trust (HLT) — Ana Ruiz, director") is longer
        boolean paired = line.contains(" \u2014 ") || line.contains(" \u2013 ");
        if (line.isEmpty() || line.length() > (paired ? 120 : 80) || SPACES.split(line).length > (paired ? 14 : 8)) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return last != '.' && last != ',' && last != ';' && last != ':'
            && (Character.isUpperCase(line.codePointAt(0)) || Character.isDigit(line.codePointAt(0)));
    }

    /**
     * A line of a form: a short label that opens with a capital (six words at most, no full stop), a colon, then
     * its value ("Registration date: 14/02/2020", "Chair of the board:  A B"). A clock time or a web address has no
     * space after its colon.
     */
    static boolean isFieldLine(String line) {
        int colon = line.indexOf(':');
        if (colon < 1 || colon > 45 || colon + 2 >= line.length() || !Character.isWhitespace(line.charAt(colon + 1))
            || !Character.isUpperCase(line.codePointAt(0)) || line.substring(colon + 1).isBlank()) {
            return false;
        }
        int words = 1;
        for (int k = 0; k < colon; k++) {
            char c = line.charAt(k);
            if (c == '.' || c == ';' || c == '"' || c == '!' || c == '?') {
                return false;
            }
            if (c == ' ' && line.charAt(k + 1) != ' ') {
                words++;
            }
        }
        return words <= 6;
    }

    /** Corners that open a frame drawn with box-drawing characters, and the bars that make its sides. */
    private static final String FRAME_CORNERS = "\u250C\u2554\u256D\u250F\u2552\u2553";
    private static final String FRAME_SIDES = "\u2502\u2551\u2503\u2506\u250A";
    /** Side lines a frame needs below its top border before it is read as one. */
    private static final int FRAME_SIDE_LINES = 2;

    /**
     * A record drawn in a frame of box-drawing characters ("┌── RECORD ──┐", "│ Name:  X │", "└────┘") is
     * written the way the same record is without one: a border line holds no text of the record (its caption,
     * if any, stays as a line of its own), and each side line loses its bars, so "│ Founded: 1990" is a field.
     */
    static void boxFrames(String[] lines) {
        int n = lines.length;
        for (int i = 0; i < n; i++) {
            String top = lines[i].strip();
            if (top.isEmpty() || FRAME_CORNERS.indexOf(top.charAt(0)) < 0) {
                continue;
            }
            int k = i + 1;
            while (k < n && !lines[k].isBlank() && FRAME_SIDES.indexOf(lines[k].strip().charAt(0)) >= 0) {
                k++;
            }
            if (k - i - 1 < FRAME_SIDE_LINES) {
                continue;
            }
            lines[i] = borderCaption(top);
            for (int j = i + 1; j < k; j++) {
                lines[j] = withoutSides(lines[j].strip());
            }
            if (k < n && isBoxDrawing(lines[k].strip().isEmpty() ? ' ' : lines[k].strip().charAt(0))) {
                lines[k] = borderCaption(lines[k].strip());
                k++;
            }
            i = k - 1;
        }
    }

    private static boolean isBoxDrawing(char c) {
        return c >= '\u2500' && c <= '\u257F';
    }

    /** A border's caption, its runs of box-drawing characters turned into separators; blank when it has none. */
    private static String borderCaption(String border) {
        StringBuilder b = new StringBuilder();
        for (String part : border.split("[\\u2500-\\u257F]+")) {
            String p = part.strip();
            if (!p.isEmpty()) {
                b.append(b.length() == 0 ? "" : " \u00B7 ").append(p);
            }
        }
        return b.toString();
    }

    /** A side line without its bars: "│ Name:  X   │" is "Name:  X"; a rule across the frame ("├───┤") is blank. */
    private static String withoutSides(String line) {
        String s = line.substring(1);
        if (!s.isEmpty() && isBoxDrawing(s.charAt(s.length() - 1)) && FRAME_SIDES.indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        s = s.strip();
        return s.chars().allMatch(c -> isBoxDrawing((char) c) || Character.isWhitespace(c)) ? "" : s;
    }

    /** A line drawn across a form between its sections: "-----", "=====", "_____". */
    private static final Pattern FORM_RULE = Pattern.compile("\\s*(?:-{3,}|={3,}|_{3,})\\s*");
    /** Dots in a row that lead from a label to its value ("Founded ........ 1990"); an ellipsis has three. */
    private static final int LEADER_DOTS = 4;

    /**
     * A form whose labels are joined to their values by a row of dots ("Treasurer ......... A B") is written the
     * way a form with colons is ("Treasurer: A B"), when three such lines stand together (one blank line between
     * them at most): a line with a leader is a field, the leader is no part of its value.
     */
    static String[] leaderFields(String[] lines) {
        int n = lines.length;
        String[] fields = null;
        for (int i = 0; i < n; i++) {
            String field = leaderField(lines[i]);
            if (field != null) {
                if (fields == null) {
                    fields = new String[n];
                }
                fields[i] = field;
            }
        }
        if (fields == null) {
            return lines;
        }
        boolean[] carried = new boolean[n];
        for (int i = 0; i < n; ) {
            if (fields[i] == null) {
                i++;
                continue;
            }
            int count = 0;
            int end = i;
            int k = i;
            int column = -1;
            while (k < n) {
                if (fields[k] != null) {
                    count++;
                    end = k + 1;
                    column = valueColumn(lines[k]);
                    k++;
                } else if ((lines[k].isBlank() || FORM_RULE.matcher(lines[k]).matches()) && k + 1 < n && fields[k + 1] != null) {
                    k++; // a blank line or a drawn rule between two sections of one form
                } else if (column > 0 && !lines[k].isBlank() && indent(lines[k]) >= column - 2) {
                    k++; // the value of the field above goes on under it
                } else {
                    break;
                }
            }
            if (count >= FIELD_RUN) {
                for (int j = i; j < end; j++) {
                    if (fields[j] != null) {
                        lines[j] = fields[j] + carriedOn(lines, j, fields, carried);
                    } else if (FORM_RULE.matcher(lines[j]).matches()) {
                        lines[j] = ""; // a rule between sections parts them as a blank line would
                    }
                }
            }
            i = end;
        }
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (!carried[i]) {
                out.add(lines[i]);
            }
        }
        return out.toArray(new String[0]);
    }

    /**
     * The lines under field line {@code j} indented to its value's column ("Other names ..... A (as the group
     * spells it in" over "                      its own texts); B"): the value goes on there, so they are joined to
     * it and marked in {@code carried}, instead of running into the paragraph of the next lines.
     */
    private static String carriedOn(String[] lines, int j, String[] fields, boolean[] carried) {
        int column = valueColumn(lines[j]);
        StringBuilder more = new StringBuilder();
        for (int k = j + 1; k < lines.length && fields[k] == null && !lines[k].isBlank(); k++) {
            if (column < 0 || indent(lines[k]) < column - 2) {
                break;
            }
            more.append(' ').append(lines[k].strip());
            carried[k] = true;
        }
        return more.toString();
    }

    private static int indent(String line) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        return indent;
    }

    /** Where a leader line's value starts (after the dots and the spaces), or -1. */
    private static int valueColumn(String line) {
        int dots = line.indexOf("....");
        if (dots < 0) {
            return -1;
        }
        int k = dots;
        while (k < line.length() && (line.charAt(k) == '.' || line.charAt(k) == '\u2026' || line.charAt(k) == ' ')) {
            k++;
        }
        return k < line.length() ? k : -1;
    }

    /** "Label ...... value" as "Label: value", or null: a short label with no full stop of its own, a value after. */
    static String leaderField(String line) {
        int dots = line.indexOf("....");
        if (dots < 0) {
            return null;
        }
        String label = line.substring(0, dots).strip();
        if (label.isEmpty() || label.length() > 60 || label.indexOf(':') >= 0 || label.endsWith(".")) {
            return null;
        }
        int k = dots;
        while (k < line.length() && (line.charAt(k) == '.' || line.charAt(k) == '\u2026' || Character.isWhitespace(line.charAt(k)))) {
            k++;
        }
        if (k - dots < LEADER_DOTS || k >= line.length()) {
            return null;
        }
        int indent = 0;
        while (indent < line.length() && Character.isWhitespace(line.charAt(indent))) {
            indent++;
        }
        return line.substring(0, indent) + label + ": " + line.substring(k).strip();
    }

    /** Fields in a row that make a form: a "Date:" and a "Contact:" line atop a letter are not one. */
    private static final int FIELD_RUN = 3;

    /** How many of the lines around line {@code i} (a field) are fields in a row, up to {@link #FIELD_RUN}. */
    private static int fieldRun(String[] lines, int i, boolean markdown) {
        int run = 1;
        for (int step = -1; step <= 1 && run < FIELD_RUN; step += 2) {
            int k = i + step;
            int blanks = 0;
            while (k >= 0 && k < lines.length && run < FIELD_RUN) {
                if (lines[k].isBlank()) {
                    if (++blanks > 1) {
                        break;
                    }
                } else if (isFieldLine(inline(lines[k].strip(), markdown))) {
                    run++;
                    blanks = 0;
                } else {
                    break;
                }
                k += step;
            }
        }
        return run;
    }

    private static boolean endsSentence(StringBuilder p) {
        char c = p.charAt(p.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == ']';
    }

    /** A page's running line: "Annual Report 2025 · page 1", "Page 3 of 12", "- 4 -", a bare page number. */
    private static final Pattern PAGE_LINE = Pattern.compile(
        "(?i)(?:.{0,80}\\bpage\\s+\\d{1,4}(?:\\s+of\\s+\\d{1,4})?|[-\u2013\\s]*\\d{1,4}[-\u2013\\s]*)");

    /**
     * Where text resumes after a page break at line {@code from}: past blank lines and one page's running footer or
     * header (and the blank lines after it). {@code from} itself when no running line is there.
     */
    static int afterPageBreak(String[] lines, int from) {
        int k = from;
        while (k < lines.length && lines[k].isBlank()) {
            k++;
        }
        int running = 0;
        while (k < lines.length && running < 2 && PAGE_LINE.matcher(lines[k].strip()).matches()) {
            running++;
            k++;
            while (k < lines.length && lines[k].isBlank()) {
                k++;
            }
        }
        return running == 0 ? from : k;
    }

    /** Adds the rows of a run-together table from line {@code k} on to {@code rows}; the first line that is no row. */
    private static int runRows(String[] lines, int k, List<String> header, String content, List<List<String>> rows) {
        List<String> cells;
        while (k < lines.length && !lines[k].isBlank() && (cells = RunTables.row(lines[k], header, content)) != null) {
            rows.add(cells);
            k++;
        }
        return k;
    }

    /**
     * A list item's text ({@code text}, after the marker of line {@code i}) with the lines it is wrapped onto, put in
     * {@code item}: "- The Harbor Fund paid the\n  survey." The index of the item's last line.
     */
    private static int wrappedItem(String[] lines, int i, String text, StringBuilder item) {
        item.append(text);
        int textColumn = lines[i].length() - text.length();
        while (i + 1 < lines.length && isIndentedContinuation(lines[i + 1], textColumn)) {
            item.append(' ').append(lines[++i].strip());
        }
        return i;
    }

    /**
     * An indented line that opens no item of its own: the wrapped rest of the list item above it, when it goes on in
     * lower case or hangs under the item's text ({@code textColumn}, where the text after the marker begins), as a
     * wrapped item is set whatever word its next line starts with.
     */
    private static boolean isIndentedContinuation(String line, int textColumn) {
        return !line.isBlank() && (line.startsWith("  ") || line.startsWith("\t")) && !BULLET.matcher(line).matches()
            && !NUMBERED.matcher(line).matches()
            && (Character.isLowerCase(line.strip().codePointAt(0)) || textColumn > 0 && indent(line) >= textColumn);
    }

    public static boolean looksLikeHeading(String text) {
        if (text.length() > 70 || text.length() < 2) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':' || last == '"' || last == '\u201D') {
            return false;
        }
        if (text.endsWith(" the") || text.endsWith(" a") || text.endsWith(" an")) {
            return false; // a sentence wrapped after its article, not a heading
        }
        return Character.isUpperCase(text.codePointAt(0)) || Character.isDigit(text.codePointAt(0));
    }

    /** A table read off plain lines: the first row is the header. */
    private static void addTable(TextAssembler out, List<List<String>> rows) throws DocumentRejectedException {
        int table = out.newTable(rows.get(0));
        for (List<String> row : rows.subList(1, rows.size())) {
            out.row(table, row);
        }
    }

    private static void flush(TextAssembler out, StringBuilder paragraph) throws DocumentRejectedException {
        if (!paragraph.isEmpty()) {
            out.add(BlockKind.PARAGRAPH, paragraph.toString());
            paragraph.setLength(0);
        }
    }

    /** Rows of a table written with bars and no rule line: at least two, each with as many bars as the header (two or more). */
    private static final int MIN_BAR_ROWS = 2;

    /**
     * How many rows follow a header line at {@code i} whose cells are set off by " | " and that no rule line underlines,
     * each with the same number of bars; 0 when the line heads no such table.
     */
    private static int unruledBarRows(String[] lines, int i) {
        int bars = spacedBars(lines[i]);
        if (bars < 2 || i + 1 < lines.length && TABLE_SEPARATOR.matcher(lines[i + 1]).matches()) {
            return 0;
        }
        int k = i + 1;
        while (k < lines.length && spacedBars(lines[k]) == bars) {
            k++;
        }
        return k - i - 1 >= MIN_BAR_ROWS ? k - i - 1 : 0;
    }

    /** The bars with a space on each side in a line: " | " between cells. */
    private static int spacedBars(String line) {
        int count = 0;
        for (int k = line.indexOf(" | "); k >= 0; k = line.indexOf(" | ", k + 2)) {
            count++;
        }
        return count;
    }

    public static List<String> cells(String row) {
        String r = row.strip();
        if (r.startsWith("|")) {
            r = r.substring(1);
        }
        if (r.endsWith("|")) {
            r = r.substring(0, r.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String c : CELL_BAR.split(r, -1)) {
            out.add(c.strip());
        }
        return out;
    }

    public static String inline(String s, boolean markdown) {
        if (!markdown) {
            return s;
        }
        String r = MD_IMAGE.matcher(s).replaceAll("");
        r = MD_LINK.matcher(r).replaceAll("$1");
        r = MD_REF.matcher(r).replaceAll("[$1]");
        r = TAG.matcher(r).replaceAll("");
        r = MD_EMPHASIS.matcher(r).replaceAll("");
        return r.replace("\\", "");
    }
}
