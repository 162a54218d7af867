package io.powermap.ingest.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A document's id is its source URI when the client gives one (so a re-crawl replaces the same
 * document), else the SHA-256 of its normalised content (so the same text posted twice is one document).
 */
public final class DocumentIds {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int MAX_URI_LENGTH = 2048;
    /** What a documents.raw key may be to serve as a lookup key: URL-safe, no spaces, no quotes. */
    private static final Pattern PRODUCER_KEY = Pattern.compile("[A-Za-z0-9._~:/@+=,-]{1,256}");

    private DocumentIds() {
    }

    public static String of(String sourceUri, String normalisedText) {
        return sourceUri != null ? sourceUri : sha256(WHITESPACE.matcher(normalisedText).replaceAll(" ").strip()
            .getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** A well-formed id is a content hash or an absolute URI. */
    public static boolean isWellFormed(String id) {
        return id != null && (SHA256.matcher(id).matches() || isValidSourceUri(id));
    }

    /**
     * Whether a documents.raw record's key can be looked up by: a well-formed id, or up to 256
     * letters, digits and {@code - . _ ~ : / @ + = ,}.
     */
    public static boolean isLookupKey(String key) {
        return key != null && (PRODUCER_KEY.matcher(key).matches() || isWellFormed(key));
    }

    public static boolean isValidSourceUri(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_URI_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getScheme().matches("[a-zA-Z][a-zA-Z0-9+.-]*");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
