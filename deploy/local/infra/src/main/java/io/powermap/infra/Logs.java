package io.powermap.infra;

import java.util.logging.Level;
import java.util.logging.Logger;

final class Logs {

    private Logs() {
    }

    /** The broker is chatty at INFO; tests and the stack only want to hear about trouble. */
    static void configure(boolean verbose) {
        Level level = verbose ? Level.INFO : Level.WARNING;
        Logger root = Logger.getLogger("");
        root.setLevel(level);
        for (var handler : root.getHandlers()) {
            handler.setLevel(level);
        }
    }
}
