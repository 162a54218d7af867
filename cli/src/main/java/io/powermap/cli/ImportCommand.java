package io.powermap.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Upload documents (.txt, .html, .md, .pdf, .docx) to ingest-service, then wait until they are searchable.",
        "Exit status: 0 when every document was accepted, 1 when some were refused or failed, 2 on a usage error."})
public class ImportCommand implements Callable<Integer> {

    @Mixin
    Connection connection;

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "files, or directories whose files are uploaded")
    List<Path> paths;

    @Option(names = {"-r", "--recursive"}, description = "descend into sub-directories")
    boolean recursive;

    @Option(names = "--exclude", paramLabel = "GLOB", description = "skip files whose name matches (repeatable), e.g. 'ANNOTATION.md'")
    List<String> excludes = new ArrayList<>();

    @Option(names = {"-j", "--parallel"}, defaultValue = "4", description = "uploads in flight at once (default ${DEFAULT-VALUE})")
    int parallel;

    @Option(names = "--attempts", defaultValue = "8", description = "attempts per document on 503/429/502/504 or a network error (default ${DEFAULT-VALUE})")
    int attempts;

    @Option(names = "--backoff", defaultValue = "500ms", paramLabel = "DURATION", converter = DurationConverter.class,
        description = "first back-off, doubled each attempt up to 30 s; a longer Retry-After wins (default ${DEFAULT-VALUE})")
    Duration backoff;

    @Option(names = "--wait", defaultValue = "120s", paramLabel = "DURATION", converter = DurationConverter.class,
        description = "how long to wait for accepted documents to become searchable, e.g. 90s, 5m (0: do not wait; default ${DEFAULT-VALUE})")
    Duration wait;

    @Option(names = "--source-uri-prefix", paramLabel = "PREFIX",
        description = "sourceUri of each document = PREFIX + file name (default: the file's absolute file: URI); the URI is its id, so importing again replaces")
    String sourceUriPrefix;

    @Option(names = "--progress", defaultValue = "auto", paramLabel = "auto|bar|lines",
        description = "a progress bar (on a terminal) or one line per document (default ${DEFAULT-VALUE})")
    String progress;

    @Override
    public Integer call() throws Exception {
        Documents.Selection selection = Documents.select(paths, recursive, excludes);
        PrintStream out = System.out;
        if (selection.documents().isEmpty()) {
            out.println("no documents to import (" + selection.skipped().size() + " files skipped)");
            return 0;
        }
        boolean bar = "bar".equals(progress) || ("auto".equals(progress) && System.console() != null);
        Importer importer = new Importer(connection, new Importer.Settings(parallel, attempts, backoff,
            Duration.ofSeconds(30), wait, Duration.ofMillis(500), sourceUriPrefix));
        out.printf("importing %d documents to %s, %d at a time%s%n", selection.documents().size(), connection.ingestUrl,
            parallel, selection.skipped().isEmpty() ? "" : " (" + selection.skipped().size() + " other files skipped)");
        Importer.Summary summary = importer.run(selection.documents(), selection.skipped(), new Progress(out, bar));
        report(out, summary);
        return summary.with(Importer.Outcome.ACCEPTED).size() == summary.results().size() ? 0 : 1;
    }

    static void report(PrintStream out, Importer.Summary summary) {
        List<Importer.Result> accepted = summary.with(Importer.Outcome.ACCEPTED);
        List<Importer.Result> refused = summary.with(Importer.Outcome.REFUSED);
        List<Importer.Result> failed = summary.with(Importer.Outcome.FAILED);
        int retried = (int) summary.results().stream().filter(r -> r.attempts() > 1).count();
        out.println();
        out.printf("uploaded in %.1f s: %d accepted, %d refused, %d failed%s%n", summary.uploadTime().toMillis() / 1000.0,
            accepted.size(), refused.size(), failed.size(), retried == 0 ? "" : " (" + retried + " needed more than one attempt)");
        for (Importer.Result r : refused) {
            out.printf("  refused  %s: %s%n", r.file(), r.reason());
        }
        for (Importer.Result r : failed) {
            out.printf("  failed   %s: %s%n", r.file(), r.reason());
        }
        int withEntities = accepted.size() - summary.nothingToIndex();
        out.printf("searchable: %d of %d accepted documents%s%s (%.1f s in all)%n", summary.searchable(), withEntities,
            summary.nothingToIndex() == 0 ? "" : " with entities (" + summary.nothingToIndex() + " named none)",
            summary.notYetSearchable() == 0 ? "" : ", " + summary.notYetSearchable() + " not yet",
            summary.totalTime().toMillis() / 1000.0);
    }

    /** A bar redrawn in place on a terminal, else one line per document. */
    static final class Progress implements Importer.Listener {
        private final PrintStream out;
        private final boolean bar;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger refused = new AtomicInteger();
        private final AtomicInteger retries = new AtomicInteger();
        private volatile int total;

        Progress(PrintStream out, boolean bar) {
            this.out = out;
            this.bar = bar;
        }

        @Override
        public void started(int documents) {
            total = documents;
        }

        @Override
        public synchronized void retrying(Path file, int attempt, Duration wait, String why) {
            retries.incrementAndGet();
            if (!bar) {
                out.printf("  retry    %s in %.1f s (attempt %d: %s)%n", file.getFileName(), wait.toMillis() / 1000.0, attempt, why);
            }
        }

        @Override
        public synchronized void finished(Importer.Result result) {
            int n = done.incrementAndGet();
            if (result.outcome() != Importer.Outcome.ACCEPTED) {
                refused.incrementAndGet();
            }
            if (bar) {
                if (result.outcome() != Importer.Outcome.ACCEPTED) {
                    out.print("\r\033[K");
                    out.printf("  %-8s %s: %s%n", result.outcome().name().toLowerCase(), result.file().getFileName(), result.reason());
                }
                int width = 30;
                int filled = total == 0 ? width : n * width / total;
                out.printf("\r[%s%s] %d/%d  refused %d  retries %d", "#".repeat(filled), ".".repeat(width - filled), n, total,
                    refused.get(), retries.get());
                if (n == total) {
                    out.println();
                }
            } else if (result.outcome() == Importer.Outcome.ACCEPTED) {
                out.printf("  [%d/%d] accepted %s (%d entities, %d relationships)%n", n, total, result.file().getFileName(),
                    result.entities(), result.relationships());
            } else {
                out.printf("  [%d/%d] %s %s: %s%n", n, total, result.outcome().name().toLowerCase(), result.file().getFileName(),
                    result.reason());
            }
            out.flush();
        }

        @Override
        public synchronized void waitingForSearch(int searchable, int pending) {
            if (bar) {
                out.printf("\rwaiting for search: %d searchable, %d pending\033[K", searchable, pending);
                if (pending == 0) {
                    out.println();
                }
            }
        }
    }
}
