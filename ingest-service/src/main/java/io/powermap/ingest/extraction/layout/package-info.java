/** Reading converted text as a layout: headings, paragraphs, list items, table rows, staff cards, the title line. */
package io.powermap.ingest.extraction.layout;
