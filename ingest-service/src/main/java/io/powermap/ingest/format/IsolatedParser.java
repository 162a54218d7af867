package io.powermap.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.apache.tika.config.ServiceLoader;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Every Tika parse of this service goes through here: registered in
 * {@code META-INF/services/org.apache.tika.parser.Parser}, it claims every type Tika's own parsers
 * read, and Tika's {@code DefaultParser} lets a parser from outside Tika override Tika's own for a
 * type. So the extractor's {@code AutoDetectParser} (PDF and DOCX, and whatever a document declared
 * as one of them really is) lands here without the extractor knowing.
 *
 * <p>When {@link ParserProcesses} is started (the service does it at start-up, see
 * {@link ParserProcessLifecycle}) the parse runs in a child JVM that is killed at the document's time
 * limit and whose heap is bounded; otherwise (the evaluation tool, the benchmarks, plain unit tests)
 * Tika's parser runs in this process as before.
 */
public final class IsolatedParser implements Parser {

    private static final long serialVersionUID = 1L;

    /**
     * Makes Tika's default configuration find this parser from a class loader below Tika's own
     * (Quarkus dev and test mode load Tika with a parent of the application's loader). Call before
     * the extractor first builds its parser; harmless where there is one loader (the packaged service).
     */
    public static void register() {
        ServiceLoader.setContextClassLoader(IsolatedParser.class.getClassLoader());
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return StandardTika.types();
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        ParserProcesses processes = ParserProcesses.current();
        if (processes == null) {
            StandardTika.parser().parse(stream, handler, metadata, context);
        } else {
            processes.parse(stream, handler, metadata);
        }
    }
}
