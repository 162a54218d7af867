package io.powermap.ingest.extraction;

final class Interrupts {

    private Interrupts() {
    }

    /** Keeps the flag set so the caller's executor still sees the interruption. */
    static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new ExtractionInterruptedException();
        }
    }
}
