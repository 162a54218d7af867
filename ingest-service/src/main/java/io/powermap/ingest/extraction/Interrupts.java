package io.powermap.ingest.extraction;

public final class Interrupts {

    private Interrupts() {
    }

    /** Keeps the flag set so the caller's executor still sees the interruption. */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new ExtractionInterruptedException();
        }
    }
}
