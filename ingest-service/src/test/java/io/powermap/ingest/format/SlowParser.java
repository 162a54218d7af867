package io.powermap.ingest.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Stands in for a PDF that PDFBox chews on for minutes: a document whose bytes hold {@link #MARK}
 * makes it spin without ever looking at the interrupt flag, as PDFBox and POI do; any other document
 * goes to Tika's standard parsers. Runs in the parser process (sent there serialized).
 */
public final class SlowParser implements Parser {

    private static final long serialVersionUID = 1L;

    /** A PDF comment: PDFBox skips it, this parser spins on it. */
    public static final String MARK = "%sloth";

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return StandardTika.types();
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        byte[] content = stream.readAllBytes();
        if (!new String(content, StandardCharsets.ISO_8859_1).contains(MARK)) {
            StandardTika.parser().parse(new ByteArrayInputStream(content), handler, metadata, context);
            return;
        }
        long until = System.nanoTime() + 600_000_000_000L;
        long spins = 0;
        while (System.nanoTime() < until) {
            spins++;
        }
        throw new IllegalStateException("spun " + spins + " times");
    }
}
