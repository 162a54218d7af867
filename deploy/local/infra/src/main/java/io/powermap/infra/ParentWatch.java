package io.powermap.infra;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Ties a child process's life to whoever started it, so a broker or database never outlives a
 * test JVM or the local stack, even when that one is killed without a chance to clean up.
 */
final class ParentWatch {

    private ParentWatch() {
    }

    /** Runs {@code onParentGone} when the given pid exits, or, without a pid, when stdin closes. */
    static void start(Optional<Long> parentPid, Runnable onParentGone) {
        Thread watcher = new Thread(() -> {
            if (parentPid.isPresent()) {
                ProcessHandle.of(parentPid.get()).ifPresent(p -> p.onExit().join());
            } else {
                drain(System.in);
            }
            onParentGone.run();
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void drain(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // nothing to read for; end of stream means the parent is gone
            }
        } catch (IOException e) {
            // a broken pipe means the same as end of stream
        }
    }
}
