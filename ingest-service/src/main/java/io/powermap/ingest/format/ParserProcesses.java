package io.powermap.ingest.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.tika.exception.TikaException;
import org.apache.tika.fork.ForkParser;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.jboss.logging.Logger;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A fixed pool of parser processes (child JVMs run by Tika's {@link ForkParser}), one per worker.
 * PDFBox and POI do not look at the thread's interrupt flag, so a parse in this process would keep
 * its worker past the time limit; in a child it is stopped by killing the child:
 * <ul>
 * <li>when the calling thread is interrupted (the extraction runner does that at the document's
 * time limit), checked every {@value #WATCH_MILLIS} ms;</li>
 * <li>by the child itself when one parse runs longer than the time limit (Tika's server parse
 * timeout), for callers that never interrupt;</li>
 * <li>by the JVM when the child runs out of its bounded heap ({@code -Xmx}, exit on OOM).</li>
 * </ul>
 * The next document on that slot starts a fresh child. A child whose parent dies reads end-of-file
 * on its standard input and exits, so none outlives the service.
 *
 * <p>One instance per class loader is current at a time ({@link #start}, {@link #stop}): Tika builds
 * {@link IsolatedParser} itself, so it cannot be handed its pool any other way.
 */
public final class ParserProcesses implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ParserProcesses.class);
    static final long WATCH_MILLIS = 50;
    /** Marks a parser process's command line, so a slot can find and kill its own child. */
    static final String SLOT_PROPERTY = "powermap.parser.slot";

    private static volatile ParserProcesses current;
    private static final java.util.Optional<String> CLASS_PATH = ParserProcessMain.classPath();

    /**
     * @param processes  how many parser processes may run at once (the number of extraction workers)
     * @param parseLimit the longest one parse may take before its process is killed
     * @param heap       the -Xmx of each parser process, e.g. "256m"
     * @param child      what the parser process runs (Tika's standard parsers; a test may slow it down)
     */
    public record Settings(int processes, Duration parseLimit, String heap, Parser child) {
        public Settings(int processes, Duration parseLimit, String heap) {
            this(processes, parseLimit, heap, new ChildParser());
        }
    }

    private final Settings settings;
    private final BlockingQueue<Slot> idle;
    private final List<Slot> slots = new ArrayList<>();
    private final ScheduledExecutorService watcher;
    private final ExecutorService warmer;

    private ParserProcesses(Settings settings) {
        this.settings = settings;
        this.idle = new ArrayBlockingQueue<>(Math.max(1, settings.processes()));
        for (int i = 0; i < Math.max(1, settings.processes()); i++) {
            Slot slot = new Slot();
            slots.add(slot);
            idle.add(slot);
        }
        this.watcher = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "parser-process-watch"));
        this.warmer = Executors.newSingleThreadExecutor(task -> daemon(task, "parser-process-warm-up"));
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Sends every later Tika parse of this class loader to a new pool (stopping the previous one). */
    public static synchronized void start(Settings settings) {
        stop();
        current = new ParserProcesses(settings);
        LOG.infof("PDF and DOCX parse in up to %d child processes (-Xmx%s), killed at %d ms", settings.processes(),
            settings.heap(), settings.parseLimit().toMillis());
    }

    /** Kills the pool's processes; later parses run in this process again. */
    public static synchronized void stop() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    static ParserProcesses current() {
        return current;
    }

    /** Slots free to take a document now (none when the pool is stopped); for tests and diagnostics. */
    public static int ready() {
        ParserProcesses processes = current;
        return processes == null ? 0 : processes.idle.size();
    }

    /** Parser processes alive now (for tests and diagnostics). */
    public static long running() {
        return ProcessHandle.current().children().filter(p -> slotOf(p) != null).count();
    }

    void parse(InputStream stream, ContentHandler handler, Metadata metadata)
            throws IOException, SAXException, TikaException {
        Slot slot;
        try {
            slot = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TikaException("interrupted while waiting for a parser process", e);
        }
        Thread caller = Thread.currentThread();
        ScheduledFuture<?> watch = watcher.scheduleWithFixedDelay(() -> {
            if (caller.isInterrupted()) {
                slot.kill();
            }
        }, WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS);
        FirstFailure guarded = new FirstFailure(handler);
        slot.killed = false;
        try {
            // a fresh context: the caller's holds its own AutoDetectParser, which must not travel to the child
            slot.fork().parse(stream, guarded, metadata, new ParseContext());
        } catch (TikaException | IOException e) {
            if (slot.killed) {
                throw new TikaException("the parser process was stopped: the document ran past its time limit", e);
            }
            throw e;
        } finally {
            watch.cancel(false);
            if (slot.killed) {
                // the next document should not pay the new process's start (seconds of class loading)
                warmer.execute(() -> {
                    slot.warm();
                    idle.add(slot);
                });
            } else {
                idle.add(slot);
            }
        }
        // ForkParser's protocol drops an exception the handler throws (the write limit, Tika's zip-bomb
        // guard): the child parses on to the end, and the first such exception is raised here instead
        guarded.rethrow();
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        warmer.shutdownNow();
        for (Slot slot : slots) {
            slot.close();
        }
    }

    /**
     * The slot named on a child's command line. The marker comes before the class path, so it is in
     * the first 4 KiB of the command line, which is all the JDK reads of a long one on Linux.
     */
    private static String slotOf(ProcessHandle process) {
        String marker = "-D" + SLOT_PROPERTY + "=";
        return process.info().commandLine().map(line -> {
            int at = line.indexOf(marker);
            if (at < 0) {
                return null;
            }
            int end = line.indexOf(' ', at);
            return line.substring(at + marker.length(), end < 0 ? line.length() : end);
        }).orElse(null);
    }

    /** One parser process at a time, with a name on its command line so it can be found and killed. */
    private final class Slot {
        private final String id = UUID.randomUUID().toString();
        private ForkParser fork;
        volatile boolean killed;

        synchronized ForkParser fork() {
            if (fork == null) {
                fork = new ForkParser(settings.child().getClass().getClassLoader(), settings.child());
                fork.setPoolSize(1);
                List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + settings.heap(), "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                    "-Djava.awt.headless=true", "-D" + SLOT_PROPERTY + "=" + id));
                CLASS_PATH.ifPresent(cp -> command.addAll(List.of("-cp", cp, ParserProcessMain.class.getName())));
                fork.setJavaCommand(command);
                fork.setServerParseTimeoutMillis(Math.max(1, settings.parseLimit().toMillis()));
                fork.setServerPulseMillis(Math.min(250, Math.max(10, settings.parseLimit().toMillis() / 4)));
                fork.setServerWaitTimeoutMillis(0); // an idle child waits; it exits with its parent
                fork.setMaxFilesProcessedPerServer(1000);
            }
            return fork;
        }

        /** Starts a process and has it read a tiny PDF and DOCX; a failure here is left for the next document to meet. */
        void warm() {
            killed = false;
            try {
                for (byte[] doc : List.of(WarmUp.PDF, WarmUp.DOCX)) {
                    fork().parse(new ByteArrayInputStream(doc), new BodyContentHandler(-1), new Metadata(), new ParseContext());
                }
            } catch (Exception | LinkageError e) {
                LOG.debugf(e, "warming a parser process failed");
            }
        }

        /** Kills this slot's child: the parse blocked on it fails at once and the slot starts a new one. */
        void kill() {
            ProcessHandle.current().children().filter(p -> id.equals(slotOf(p))).forEach(p -> {
                killed = true;
                p.destroyForcibly();
                LOG.debugf("killed parser process %d", p.pid());
            });
        }

        synchronized void close() {
            if (fork != null) {
                fork.close();
                fork = null;
            }
            kill();
        }
    }

    /** Passes SAX events on and remembers the first exception the handler threw. */
    private static final class FirstFailure extends ContentHandlerDecorator {
        private SAXException failure;

        FirstFailure(ContentHandler handler) {
            super(handler);
        }

        @Override
        protected void handleException(SAXException exception) throws SAXException {
            if (failure == null) {
                failure = exception;
            }
            throw exception;
        }

        void rethrow() throws SAXException {
            if (failure != null) {
                throw failure;
            }
        }
    }
}
