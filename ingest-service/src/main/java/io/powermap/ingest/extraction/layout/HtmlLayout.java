package io.powermap.ingest.extraction.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import io.powermap.ingest.extraction.DocumentRejectedException;
import io.powermap.ingest.extraction.Interrupts;

/**
 * Turns an HTML page into blocks: site chrome (navigation, header, footer, asides, cookie banners,
 * forms) is dropped, headings, paragraphs, list items and table rows are kept. The walk is jsoup's
 * iterative traversal, so a page nested ten thousand levels deep cannot overflow the stack.
 */
public final class HtmlLayout {

    private static final Pattern NOTE_NUMBER = Pattern.compile("\\[?\\d{1,3}\\]?");

    private static final Set<String> DROP = Set.of("nav", "header", "footer", "aside", "script", "style", "noscript",
        "form", "iframe", "svg", "template", "button", "select", "input", "textarea", "dialog", "object", "embed",
        "canvas", "video", "audio", "map", "head", "menu");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "blockquote", "pre",
        "address", "dd", "dt", "figcaption", "caption", "center", "summary", "details", "body", "ul", "ol", "dl",
        "hr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "tr", "table", "figure");
    private static final Pattern CHROME = Pattern.compile(
        "cookie|consent|gdpr|banner|navbar|nav-|menu|breadcrumb|share|social|newsletter|subscribe|sidebar|advert|promo"
            + "|popup|modal|skip-link|site-header|site-footer|masthead|related|comments?\\b",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTES_HEADING = Pattern.compile("^(?:notes?|footnotes?|references?|sources?|endnotes?)$",
        Pattern.CASE_INSENSITIVE);

    private HtmlLayout() {
    }

    public static StructuredText read(Document doc, int maxChars) throws DocumentRejectedException {
        TextAssembler out = new TextAssembler(maxChars);
        String copyright = findCopyright(doc);
        Element body = doc.body();
        Walker walker = new Walker(out);
        try {
            NodeTraversor.filter(walker, body);
            walker.flush();
        } catch (WrappedRejection e) {
            throw e.rejection;
        }
        out.siteName(siteName(doc.title()));
        Element h1 = body.selectFirst("h1");
        if (h1 == null) {
            out.title(siteTitle(doc.title()));
        }
        if (copyright != null) {
            // footers are dropped with the rest of the chrome, but their copyright line is kept aside
            try {
                out.add(BlockKind.PARAGRAPH, copyright);
            } catch (DocumentRejectedException ignored) {
                // a copyright line alone cannot push the text past the cap in a way that matters
            }
        }
        return out.build();
    }

    /** "Board and governance - Harbor Trust": the last part names the site, when there are several. */
    private static String siteName(String title) {
        if (title == null) {
            return null;
        }
        String[] parts = title.split("\\s[|\u2013\u2014-]\\s");
        return parts.length < 2 ? null : parts[parts.length - 1];
    }

    private static String siteTitle(String title) {
        if (title == null) {
            return null;
        }
        String[] parts = title.split("\\s[|\u2013\u2014-]\\s");
        return parts.length == 0 ? title : parts[0];
    }

    private static String findCopyright(Document doc) {
        for (Element e : doc.select("footer, [class*=footer], [id*=footer], small, p")) {
            String t = TextAssembler.clean(e.ownText().isBlank() ? e.text() : e.ownText());
            if (t.length() < 300 && TextAssembler.isCopyright(t)) {
                return t;
            }
        }
        return null;
    }

    public static boolean isChrome(Element e) {
        String tag = e.normalName();
        if (DROP.contains(tag) && !isSectionHeader(e)) {
            return true;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo") || role.equals("search")
            || role.equals("complementary") || role.equals("dialog")) {
            return true;
        }
        if (e.attr("aria-hidden").equals("true") || e.hasAttr("hidden") && !isClosedPanel(e, role)) {
            return true;
        }
        String marks = e.id() + " " + e.className();
        return marks.length() > 1 && !tag.equals("body") && !tag.equals("main") && !tag.equals("article")
            && CHROME.matcher(marks).find();
    }

    /**
     * A header inside the page's main content, an article or a section is that part's own heading (its h1 and the
     * lines under it), not the site's banner, which sits outside them.
     */
    private static boolean isSectionHeader(Element e) {
        return e.normalName().equals("header") && e.closest("main, article, section") != null;
    }

    /**
     * A panel the page shows when its tab or button is chosen (a tab panel, or a section some control's
     * {@code aria-controls} opens) is hidden only until the reader clicks: its text is the page's own, kept. A hidden
     * element nothing opens (a consent bar waiting for its script) stays dropped.
     */
    private static boolean isClosedPanel(Element e, String role) {
        if (role.equals("tabpanel")) {
            return true;
        }
        String id = e.id();
        Document doc = e.ownerDocument();
        return !id.isEmpty() && doc != null && !doc.getElementsByAttributeValue("aria-controls", id).isEmpty();
    }

    private static final class WrappedRejection extends RuntimeException {
        final DocumentRejectedException rejection;

        WrappedRejection(DocumentRejectedException rejection) {
            super(rejection.getMessage(), null, false, false);
            this.rejection = rejection;
        }
    }

    /**
     * A cell that spans the rows below it ({@code rowspan}, a group's label beside its rows): each of those rows reads
     * it again in its column, so no row loses a column and its cells stay under their headers.
     */
    private static final class SpanningCell {
        final int column;
        final String text;
        int left;
        boolean taken;

        SpanningCell(int column, String text, int left) {
            this.column = column;
            this.text = text;
            this.left = left;
            this.taken = true; // its own row holds it already
        }

        static int rows(Element cell) {
            String span = cell.attr("rowspan").strip();
            return span.matches("\\d{1,3}") ? Integer.parseInt(span) : 1;
        }

        /** Puts every spanning cell whose column comes next in the row being read. */
        static void fillDown(List<SpanningCell> spanning, List<String> cells) {
            boolean placed = true;
            while (placed) {
                placed = false;
                for (SpanningCell c : spanning) {
                    if (c.taken) {
                        continue;
                    }
                    if (c.column == cells.size() && c.left > 0) {
                        cells.add(c.text);
                        c.left--;
                        c.taken = true;
                        placed = true;
                    }
                }
            }
        }
    }

    private static final class Walker implements NodeFilter {
        private final TextAssembler out;
        private final StringBuilder buf = new StringBuilder();
        private BlockKind pending = BlockKind.PARAGRAPH;
        private boolean titled;
        private boolean inNotes;
        private int visited;

        Walker(TextAssembler out) {
            this.out = out;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if ((++visited & 1023) == 0) {
                Interrupts.check();
            }
            if (node instanceof TextNode t) {
                buf.append(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (isChrome(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = e.normalName();
            if (tag.equals("table")) {
                flush();
                table(e);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("sup")) {
                String s = e.text().strip();
                if (NOTE_NUMBER.matcher(s).matches()) {
                    buf.append('[').append(s.replace("[", "").replace("]", "")).append(']');
                    return FilterResult.SKIP_ENTIRELY;
                }
            }
            if (fieldAfterField(e)) {
                flush();
            }
            if (BLOCKS.contains(tag)) {
                flush();
                if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
                    pending = !titled && tag.equals("h1") ? BlockKind.TITLE : BlockKind.HEADING;
                } else if (tag.equals("li")) {
                    Element parent = e.parent();
                    pending = parent != null && parent.normalName().equals("ol") ? BlockKind.NUMBERED : BlockKind.BULLET;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                flush();
            }
            return FilterResult.CONTINUE;
        }

        void flush() {
            String text = TextAssembler.clean(buf.toString());
            buf.setLength(0);
            BlockKind kind = pending;
            pending = BlockKind.PARAGRAPH;
            if (text.isEmpty()) {
                return;
            }
            try {
                if (kind == BlockKind.HEADING || kind == BlockKind.TITLE) {
                    inNotes = NOTES_HEADING.matcher(text).matches();
                }
                if (inNotes && kind == BlockKind.NUMBERED) {
                    out.footnote(String.valueOf(++notes), text);
                    return;
                }
                if (out.add(kind, text) && kind == BlockKind.TITLE) {
                    titled = true;
                }
            } catch (DocumentRejectedException ex) {
                throw new WrappedRejection(ex);
            }
        }

        private int notes;

        /**
         * A card that sets its fields in classed spans one after the other ("name", then "role" or "note"), which its
         * style sheet shows on lines of their own: read as the page shows them, not run together into one name.
         * Only whitespace between the two spans; a dash or comma between them already parts them.
         */
        private static boolean fieldAfterField(Element e) {
            if (!e.normalName().equals("span") || e.className().isBlank()) {
                return false;
            }
            Node prev = e.previousSibling();
            while (prev instanceof TextNode t && t.isBlank()) {
                prev = prev.previousSibling();
            }
            return prev instanceof Element p && p.normalName().equals("span") && !p.className().isBlank()
                && !p.className().equals(e.className());
        }

        private void table(Element table) {
            List<List<String>> rows = new ArrayList<>();
            List<String> header = null;
            List<SpanningCell> spanning = new ArrayList<>();
            for (Element tr : table.select("tr")) {
                if (tr.closest("table") != table) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                spanning.forEach(c -> c.taken = false);
                boolean allTh = true;
                for (Element cell : tr.children()) {
                    if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                        SpanningCell.fillDown(spanning, cells);
                        if (SpanningCell.rows(cell) > 1) {
                            spanning.add(new SpanningCell(cells.size(), cell.text(), SpanningCell.rows(cell) - 1));
                        }
                        cells.add(cell.text());
                        allTh &= cell.normalName().equals("th");
                    }
                }
                if (cells.isEmpty()) {
                    continue;
                }
                SpanningCell.fillDown(spanning, cells);
                spanning.removeIf(c -> c.left == 0);
                if (header == null && allTh) {
                    header = cells;
                } else {
                    rows.add(cells);
                }
            }
            try {
                int id = out.newTable(header == null ? List.of() : header);
                for (List<String> r : rows) {
                    out.row(id, r);
                }
            } catch (DocumentRejectedException ex) {
                throw new WrappedRejection(ex);
            }
        }
    }
}
