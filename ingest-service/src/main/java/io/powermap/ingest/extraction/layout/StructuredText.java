package io.powermap.ingest.extraction.layout;

import java.util.List;
import java.util.Map;

/**
 * A document reduced to plain text plus the layout the relation rules need. {@code text} is the
 * base of every offset; footnotes map a marker label ("1") to the note's text; {@code siteName} is
 * the site part of a web page's title ("Board - Harbor Trust" gives "Harbor Trust"), or null.
 */
public record StructuredText(String text, String title, String copyright, List<Block> blocks,
                      Map<String, String> footnotes, Map<Integer, List<String>> tableHeaders, String siteName) {
}
