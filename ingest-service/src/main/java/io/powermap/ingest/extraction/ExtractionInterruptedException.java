package io.powermap.ingest.extraction;

/** Thrown when the calling thread was interrupted, so a timed-out extraction stops promptly. */
public final class ExtractionInterruptedException extends RuntimeException {

    public ExtractionInterruptedException() {
        super("extraction interrupted");
    }
}
