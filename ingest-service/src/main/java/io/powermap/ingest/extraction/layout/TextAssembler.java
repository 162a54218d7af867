package io.powermap.ingest.extraction.layout;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.powermap.ingest.extraction.DocumentRejectedException;

/**
 * Builds the normalised text block by block so every layout converter (plain, HTML, Markdown)
 * yields the same shape: one block per line, blank lines between paragraphs, footnotes and the
 * copyright line recognised in one place.
 */
public final class TextAssembler {

    private static final Pattern FOOTNOTE = Pattern.compile("^\\[(\\d{1,3})\\]\\s*(\\S.*)$");
    private static final Pattern COPYRIGHT = Pattern.compile("^(?:©|\\(c\\)\\s|copyright\\b|all rights reserved)",
        Pattern.CASE_INSENSITIVE);
    static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");

    private final StringBuilder text = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();
    private final Map<String, String> footnotes = new LinkedHashMap<>();
    private final Map<Integer, List<String>> tableHeaders = new HashMap<>();
    private final int maxChars;
    private String title;
    private String siteName;
    private String copyright;
    private String lastLine;
    private int tables;

    public TextAssembler(int maxChars) {
        this.maxChars = maxChars;
    }

    /**
     * NFKC first, so that a PDF's ligatures ("ﬁ"), full-width letters and no-break spaces become the
     * plain letters the rules read; the stored text is the normalised one, so every offset points at it.
     */
    public static String clean(String raw) {
        String n = Normalizer.isNormalized(raw, Normalizer.Form.NFKC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFKC);
        String s = n.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'')
            .replace('\u00AD', ' ').replace('\uFEFF', ' ');
        return collapseSpaces(s).strip();
    }

    /**
     * Each run of the characters {@link #SPACES} matches becomes one space. The same as
     * {@code SPACES.matcher(s).replaceAll(" ")}, written out because it runs over every line of every
     * document, where the regular expression took 3 % of the extracting thread.
     */
    static String collapseSpaces(String s) {
        int n = s.length();
        StringBuilder b = null;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                if (b != null) {
                    b.append(c);
                }
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && isSpace(s.charAt(j))) {
                j++;
            }
            if (b == null && (c != ' ' || j > i + 1)) {
                b = new StringBuilder(n).append(s, 0, i);
            }
            if (b != null) {
                b.append(' ');
            }
            i = j;
        }
        return b == null ? s : b.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0' || c >= '\u2000' && c <= '\u200B' || c == '\u202F'
            || c == '\u205F' || c == '\u3000';
    }

    public static boolean isCopyright(String line) {
        return COPYRIGHT.matcher(line).find() || (line.contains("©") && line.length() < 200);
    }

    public void siteName(String name) {
        siteName = name == null || name.isBlank() ? null : clean(name);
    }

    public void title(String t) {
        if (title == null && t != null && !t.isBlank()) {
            title = clean(t);
        }
    }

    /** @return false when the line was consumed as copyright, footnote or duplicate title. */
    public boolean add(BlockKind kind, String raw) throws DocumentRejectedException {
        String line = clean(raw);
        if (line.isEmpty()) {
            return false;
        }
        if (isCopyright(line)) {
            if (copyright == null) {
                int mark = line.indexOf('©');
                copyright = mark > 0 ? line.substring(mark) : line;
            }
            return false;
        }
        if (line.equals(lastLine) && (kind == BlockKind.TITLE || kind == BlockKind.HEADING)) {
            return false;
        }
        Matcher fm = FOOTNOTE.matcher(line);
        if (fm.matches() && kind != BlockKind.TABLE_ROW) {
            footnotes.putIfAbsent(fm.group(1), fm.group(2));
            kind = BlockKind.FOOTNOTE;
        }
        if (kind == BlockKind.TITLE) {
            if (title == null) {
                title = line;
            }
        }
        if (joinsCard(kind, line)) {
            Block name = blocks.remove(blocks.size() - 1);
            text.append(" \u2013 ").append(StaffCards.oneLanguageTitle(line));
            BlockKind joined = name.kind() == BlockKind.HEADING ? BlockKind.PARAGRAPH : name.kind();
            blocks.add(new Block(joined, name.start(), text.length()));
            lastLine = null;
            return true;
        }
        lastLine = line;
        int start = append(kind, line);
        blocks.add(new Block(kind, start, start + line.length()));
        return true;
    }

    /** A title block right under a name block: one staff card, read as "Name – Title". */
    private boolean joinsCard(BlockKind kind, String line) {
        if (blocks.isEmpty() || lastLine == null || !(kind == BlockKind.PARAGRAPH || kind == BlockKind.BULLET)) {
            return false;
        }
        Block prev = blocks.get(blocks.size() - 1);
        boolean cardKind = prev.kind() == BlockKind.PARAGRAPH || prev.kind() == BlockKind.HEADING || prev.kind() == BlockKind.BULLET;
        return cardKind && prev.end() == text.length() && StaffCards.isNameLine(lastLine) && StaffCards.isTitleLine(line);
    }

    public void footnote(String label, String raw) throws DocumentRejectedException {
        String line = clean(raw);
        if (line.isEmpty()) {
            return;
        }
        footnotes.putIfAbsent(label, line);
        String shown = "[" + label + "] " + line;
        int start = append(BlockKind.FOOTNOTE, shown);
        blocks.add(new Block(BlockKind.FOOTNOTE, start, start + shown.length()));
    }

    public int newTable(List<String> header) {
        int id = tables++;
        List<String> cleaned = new ArrayList<>();
        for (String h : header) {
            cleaned.add(clean(h).toLowerCase());
        }
        tableHeaders.put(id, cleaned);
        return id;
    }

    public void row(int table, List<String> rawCells) throws DocumentRejectedException {
        List<String> cells = new ArrayList<>();
        boolean any = false;
        for (String c : rawCells) {
            String v = clean(c);
            cells.add(v);
            any |= !v.isEmpty();
        }
        if (!any) {
            return;
        }
        StringBuilder line = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(" | ");
            }
            spans.add(new int[] {line.length(), line.length() + cells.get(i).length()});
            line.append(cells.get(i));
        }
        int start = append(BlockKind.TABLE_ROW, line.toString());
        List<int[]> abs = new ArrayList<>();
        for (int[] s : spans) {
            abs.add(new int[] {start + s[0], start + s[1]});
        }
        blocks.add(new Block(BlockKind.TABLE_ROW, start, start + line.length(), table, abs));
        lastLine = line.toString();
    }

    private int append(BlockKind kind, String line) throws DocumentRejectedException {
        if (!text.isEmpty()) {
            boolean tight = !blocks.isEmpty() && blocks.get(blocks.size() - 1).kind() == kind
                && (kind == BlockKind.BULLET || kind == BlockKind.NUMBERED || kind == BlockKind.TABLE_ROW
                || kind == BlockKind.FOOTNOTE);
            text.append(tight ? "\n" : "\n\n");
        }
        int start = text.length();
        text.append(line);
        if (text.length() > maxChars) {
            throw new DocumentRejectedException(DocumentRejectedException.Reason.TOO_LARGE,
                "extracted text exceeds " + maxChars + " characters");
        }
        return start;
    }

    public StructuredText build() {
        return new StructuredText(text.toString(), title, copyright, List.copyOf(blocks), Map.copyOf(footnotes),
            Map.copyOf(tableHeaders), siteName);
    }
}
