package io.powermap.ingest.extraction;

/** A document the extractor will not process; the reason decides the HTTP status or DLQ note. */
public class DocumentRejectedException extends Exception {

    public enum Reason {
        /** no content, or nothing but whitespace once converted to text */
        EMPTY,
        /** a format we do not read (images, archives, binary garbage) */
        UNSUPPORTED_MEDIA_TYPE,
        /** a readable format whose content is broken: corrupt or encrypted PDF, zip bomb, runaway nesting */
        UNREADABLE,
        /** the text extracted from the document exceeds the configured cap */
        TOO_LARGE,
        /** not English text; the extractor's rules are for English */
        UNSUPPORTED_LANGUAGE,
        /** extraction ran past the configured time limit and was abandoned */
        TIMED_OUT
    }

    private final Reason reason;

    public DocumentRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public DocumentRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
