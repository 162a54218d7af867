package io.powermap.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * What a parser process runs: sent there (serialized, nearly empty) once when the process starts, it
 * builds Tika's standard parsers on first use inside the child, with classes loaded from this process.
 */
final class ChildParser implements Parser {

    private static final long serialVersionUID = 1L;

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return StandardTika.types();
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        Coalescing coalescing = new Coalescing(handler);
        StandardTika.parser().parse(stream, coalescing, metadata, context);
        coalescing.flush();
    }

    /**
     * Builds Tika's parsers as the process starts, before it reports ready: loading them takes
     * seconds, which must not count against the first document's parse time limit.
     */
    private Object readResolve() {
        StandardTika.parser();
        return this;
    }

    /**
     * Every SAX event crosses the pipe as a message of its own, so runs of text (PDFBox and POI
     * hand them over a few characters at a time) go as one: the text and the events between runs are
     * the same, there are fewer of them.
     */
    private static final class Coalescing extends ContentHandlerDecorator {
        private final StringBuilder text = new StringBuilder();

        Coalescing(ContentHandler handler) {
            super(handler);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            text.append(ch, start, length);
            if (text.length() >= 8192) {
                flush();
            }
        }

        void flush() throws SAXException {
            if (!text.isEmpty()) {
                char[] chars = new char[text.length()];
                text.getChars(0, chars.length, chars, 0);
                text.setLength(0);
                super.characters(chars, 0, chars.length);
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            flush();
            super.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
            flush();
            super.startElement(uri, localName, name, atts);
        }

        @Override
        public void endElement(String uri, String localName, String name) throws SAXException {
            flush();
            super.endElement(uri, localName, name);
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            flush();
            super.processingInstruction(target, data);
        }

        @Override
        public void endDocument() throws SAXException {
            flush();
            super.endDocument();
        }
    }
}
