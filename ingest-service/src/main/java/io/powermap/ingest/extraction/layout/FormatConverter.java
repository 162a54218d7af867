package io.powermap.ingest.extraction.layout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;
import org.apache.tika.sax.BodyContentHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.xml.sax.SAXException;

import io.powermap.ingest.extraction.DocumentRejectedException.Reason;
import io.powermap.ingest.extraction.DocumentRejectedException;
import io.powermap.ingest.extraction.ExtractionInterruptedException;
import io.powermap.ingest.extraction.Interrupts;

/**
 * Decides the format (declared, or sniffed when absent or application/octet-stream), decodes the
 * character set and hands the content to the matching layout reader. Tika reads PDF and DOCX with
 * a write limit equal to the text cap, so a zip bomb stops at the cap instead of filling memory.
 */
public final class FormatConverter {

    public static final String PLAIN = "text/plain";
    public static final String HTML = "text/html";
    public static final String MARKDOWN = "text/markdown";
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final TikaConfig TIKA = TikaConfig.getDefaultConfig();
    private static final Detector DETECTOR = TIKA.getDetector();
    private static final Parser PARSER = new AutoDetectParser(TIKA);

    private final int maxChars;

    public FormatConverter(int maxChars) {
        this.maxChars = maxChars;
    }

    public record Converted(StructuredText structure, String mediaType) {
    }

    public Converted convert(byte[] content, String declared, String sourceUri) throws DocumentRejectedException {
        if (content == null || content.length == 0) {
            throw new DocumentRejectedException(Reason.EMPTY, "the document is empty");
        }
        String type = baseType(declared);
        String charset = charsetOf(declared);
        if (type == null || type.equals("application/octet-stream") || type.isEmpty()) {
            type = sniff(content, sourceUri);
        }
        type = canonical(type);
        StructuredText structure = switch (type) {
            case PLAIN -> {
                String text = decode(content, charset);
                yield LineLayout.read(text, looksLikeMarkdown(text), maxChars);
            }
            case MARKDOWN -> LineLayout.read(decode(content, charset), true, maxChars);
            case HTML -> html(content, charset, sourceUri);
            case PDF -> LineLayout.read(tika(content, type), false, maxChars);
            case DOCX -> LineLayout.read(tika(content, type), false, true, maxChars);
            default -> throw new DocumentRejectedException(Reason.UNSUPPORTED_MEDIA_TYPE, "unsupported media type " + type);
        };
        return new Converted(structure, type);
    }

    private static String canonical(String type) {
        return switch (type) {
            case "text/x-markdown", "text/x-web-markdown", "text/md" -> MARKDOWN;
            case "application/xhtml+xml" -> HTML;
            case "application/x-pdf" -> PDF;
            default -> type;
        };
    }

    public static String baseType(String declared) {
        if (declared == null) {
            return null;
        }
        int semi = declared.indexOf(';');
        return (semi < 0 ? declared : declared.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static String charsetOf(String declared) {
        if (declared == null) {
            return null;
        }
        for (String part : declared.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring(8).replace("\"", "").strip();
            }
        }
        return null;
    }

    private String sniff(byte[] content, String sourceUri) throws DocumentRejectedException {
        Metadata metadata = new Metadata();
        if (sourceUri != null) {
            String name = sourceUri.replaceAll("[?#].*$", "");
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name.substring(name.lastIndexOf('/') + 1));
        }
        MediaType detected;
        try (InputStream in = TikaInputStream.get(content)) {
            detected = DETECTOR.detect(in, metadata);
        } catch (IOException e) {
            throw new DocumentRejectedException(Reason.UNREADABLE, "cannot sniff the media type", e);
        }
        String type = detected.getBaseType().toString();
        if (type.equals("text/x-web-markdown") || type.equals("text/x-markdown")) {
            return MARKDOWN;
        }
        if (type.startsWith("text/") && !type.equals(HTML)) {
            return PLAIN;
        }
        return type;
    }

    private static boolean looksLikeMarkdown(String text) {
        int n = Math.min(text.length(), 4000);
        String head = text.substring(0, n);
        return head.startsWith("# ") || head.contains("\n# ") || head.contains("\n## ") || head.contains("\n|---")
            || head.contains("\n| ---") || head.contains("](http");
    }

    public String decode(byte[] content, String declaredCharset) throws DocumentRejectedException {
        if (controlBytes(content)) {
            throw new DocumentRejectedException(Reason.UNSUPPORTED_MEDIA_TYPE, "the content is not text");
        }
        String text = null;
        if (declaredCharset != null) {
            try {
                text = new String(content, Charset.forName(declaredCharset));
            } catch (IllegalArgumentException ignored) {
                // an unknown charset name is treated as absent
            }
        }
        if (text == null) {
            text = decodeSniffed(content);
        }
        if (text.length() > maxChars * 4L + 1024) {
            throw new DocumentRejectedException(Reason.TOO_LARGE, "the text exceeds " + maxChars + " characters");
        }
        if (looksBinary(text)) {
            throw new DocumentRejectedException(Reason.UNSUPPORTED_MEDIA_TYPE, "the content is not text");
        }
        if (text.length() > maxChars && text.strip().length() > maxChars) {
            throw new DocumentRejectedException(Reason.TOO_LARGE, "the text exceeds " + maxChars + " characters");
        }
        return text;
    }

    private static String decodeSniffed(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return new String(content, StandardCharsets.UTF_16BE);
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return new String(content, StandardCharsets.UTF_16LE);
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content));
            return chars.toString();
        } catch (CharacterCodingException notUtf8) {
            CharsetDetector detector = new CharsetDetector();
            detector.setText(content.length > 65536 ? java.util.Arrays.copyOf(content, 65536) : content);
            CharsetMatch match = detector.detect();
            Charset cs = StandardCharsets.ISO_8859_1;
            if (match != null) {
                try {
                    cs = Charset.forName(match.getName());
                } catch (IllegalArgumentException ignored) {
                    cs = Charset.forName("windows-1252");
                }
            }
            return new String(content, cs);
        }
    }

    /** Raw control bytes (other than layout whitespace) mark binary data in any 8-bit or UTF-8 text. */
    public static boolean controlBytes(byte[] content) {
        if (content.length >= 2 && ((content[0] & 0xFF) == 0xFE || (content[0] & 0xFF) == 0xFF)) {
            return false; // a UTF-16 byte order mark: NUL bytes are expected
        }
        int n = Math.min(content.length, 8192);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            int b = content[i] & 0xFF;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                bad++;
            }
        }
        return n > 0 && bad * 50 > n;
    }

    /** Control characters other than layout whitespace do not occur in text a person wrote. */
    public static boolean looksBinary(String text) {
        int n = Math.min(text.length(), 8192);
        if (n == 0) {
            return false;
        }
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD' || (c >= 0x7F && c < 0xA0)) {
                bad++;
            }
        }
        return bad * 20 > n;
    }

    private StructuredText html(byte[] content, String charset, String sourceUri) throws DocumentRejectedException {
        Document doc;
        try {
            if (charset == null) {
                doc = Jsoup.parse(new ByteArrayInputStream(content), null, sourceUri == null ? "" : sourceUri);
            } else {
                doc = Jsoup.parse(decode(content, charset), sourceUri == null ? "" : sourceUri);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new DocumentRejectedException(Reason.UNREADABLE, "cannot parse the HTML", e);
        }
        if (looksBinary(doc.body() == null ? "" : doc.body().text())) {
            throw new DocumentRejectedException(Reason.UNSUPPORTED_MEDIA_TYPE, "the content is not HTML text");
        }
        try {
            return HtmlLayout.read(doc, maxChars);
        } catch (StackOverflowError e) {
            throw new DocumentRejectedException(Reason.UNREADABLE, "the HTML nests too deeply");
        }
    }

    /**
     * Inflates the entries of an OOXML package without keeping them, so a zip bomb is refused by
     * its size before any parser builds it in memory.
     */
    private void checkZip(byte[] content) throws DocumentRejectedException {
        long limit = Math.max(64L * 1024 * 1024, maxChars * 40L);
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(content))) {
            java.util.zip.ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > 10_000) {
                    throw new DocumentRejectedException(Reason.UNREADABLE, "too many entries in the package");
                }
                long entrySize = 0;
                int r;
                while ((r = zip.read(buffer)) > 0) {
                    total += r;
                    entrySize += r;
                    if (total > limit || (entrySize > 16L * 1024 * 1024 && entrySize > 100L * content.length)) {
                        throw new DocumentRejectedException(Reason.UNREADABLE, "the package inflates too much (zip bomb)");
                    }
                }
                Interrupts.check();
            }
        } catch (IOException e) {
            throw new DocumentRejectedException(Reason.UNREADABLE, "the package is not a readable zip", e);
        }
    }

    private String tika(byte[] content, String type) throws DocumentRejectedException {
        if (type.equals(DOCX)) {
            checkZip(content);
        }
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, type);
        ParseContext context = new ParseContext();
        try (InputStream in = TikaInputStream.get(content)) {
            PARSER.parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new DocumentRejectedException(Reason.UNREADABLE, "the document is encrypted", e);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new DocumentRejectedException(Reason.TOO_LARGE, "the text exceeds " + maxChars + " characters", e);
            }
            throw new DocumentRejectedException(Reason.UNREADABLE, "cannot read the document", e);
        } catch (TikaException | IOException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new DocumentRejectedException(Reason.TOO_LARGE, "the text exceeds " + maxChars + " characters", e);
            }
            throw new DocumentRejectedException(Reason.UNREADABLE, "the document is corrupt or not of its declared type", e);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            if (e instanceof ExtractionInterruptedException ie) {
                throw ie;
            }
            throw new DocumentRejectedException(Reason.UNREADABLE, "cannot read the document", e);
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new ExtractionInterruptedException();
        }
        return handler.toString();
    }
}
