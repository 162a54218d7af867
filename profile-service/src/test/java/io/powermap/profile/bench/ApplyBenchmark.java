package io.powermap.profile.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.powermap.contract.DocumentParsed;
import io.powermap.contract.EventJson;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Publishes N realistic DocumentParsed records to the real broker and times profile-service
 * applying them all (and relaying their changes). Runs only when asked:
 * {@code ./mvnw -B -pl profile-service test -Dtest=ApplyBenchmark -Dpowermap.bench.documents=2000}
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@EnabledIfSystemProperty(named = "powermap.bench.documents", matches = "\\d+")
class ApplyBenchmark {

    private static final long TIME_LIMIT_MS = Long.getLong("powermap.bench.time-limit-seconds", 900) * 1000;
    private static final java.time.Duration SEARCH_TIME_LIMIT = java.time.Duration.ofSeconds(300);

    @Test
    void applyDocuments() throws Exception {
        int count = Integer.getInteger("powermap.bench.documents");
        Path samples = Path.of(System.getProperty("powermap.project.root", ".."), "deploy", "samples");
        SampleCorpus corpus = SampleCorpus.load(samples);
        List<String> payloads = new ArrayList<>(count);
        List<String> keys = new ArrayList<>(count);
        long facts = 0;
        for (int n = 0; n < count; n++) {
            DocumentParsed document = corpus.document(n);
            facts += corpus.facts(document);
            payloads.add(EventJson.write(document));
            keys.add(document.documentId());
        }
        String like = "bench://" + corpus.run() + "/%";
        try (Connection db = DriverManager.getConnection(PostgresResource.jdbcUrl(), "postgres", "postgres");
             Publisher publisher = Publisher.start(KafkaBrokerResource.bootstrapServers());
             SearchServiceProcess search = startSearch()) {
            long searchPid = search == null ? -1 : search.pid();
            int warmup = warmUp(db, publisher, search, corpus, count, like);
            publisher.load(keys, payloads);
            String loadBefore = loadAverage();
            Statements.reset(db);
            CpuTimes cpuBefore = CpuTimes.read(db, publisher.pid(), searchPid);
            SearchServiceProcess.Refreshes refreshesBefore = search == null ? null : search.refreshes();
            Map<String, Long> threadsBefore = CpuTimes.byThread();
            java.time.Instant from = java.time.Instant.now();
            long start = System.nanoTime();
            publisher.send();
            long published = System.nanoTime();
            int applied = awaitApplied(db, like, warmup + count, start) - warmup;
            long done = System.nanoTime();
            java.time.Instant until = java.time.Instant.now();
            CpuTimes cpu = CpuTimes.read(db, publisher.pid(), searchPid).minus(cpuBefore);
            Map<String, Long> threadsAfter = CpuTimes.byThread();
            String loadAfter = loadAverage();
            awaitOutboxEmpty(db, done);
            long relayed = System.nanoTime();
            boolean searchable = search != null && search.awaitCaughtUp(SEARCH_TIME_LIMIT);
            long indexed = System.nanoTime();
            double seconds = (done - start) / 1e9;
            System.out.printf("%nBENCHMARK profile-service apply: %d of %d documents (%d facts: entities + relationships)%n"
                    + "  published in %.1f s; applied in %.1f s: %.1f documents/s, %.0f facts/s%n"
                    + "  outbox relayed %.1f s after the last apply; graph now %s%n%n",
                applied, count, facts, (published - start) / 1e9, seconds, applied / seconds,
                facts * (applied / (double) count) / seconds, (relayed - done) / 1e9, graphSize(db));
            // CPU time, unlike documents/s, hardly depends on what else the (shared) machine runs
            System.out.printf("  CPU while applying: service JVM %.1f s (applying threads %.1f s; the benchmark's publisher,"
                    + " a JVM of its own, %.1f s, not counted), PostgreSQL %.1f s, broker %.1f s;%n  per document: service %.2f ms (applying"
                    + " %.2f), PostgreSQL %.2f ms, broker %.2f ms%n  load average (1, 5, 15 min) before %s, after %s%n%n",
                cpu.service() / 1e9, cpu.applying() / 1e9, cpu.publisher() / 1e9, cpu.postgres() / 1e9, cpu.broker() / 1e9,
                cpu.service() / 1e6 / applied, cpu.applying() / 1e6 / applied, cpu.postgres() / 1e6 / applied,
                cpu.broker() / 1e6 / applied, loadBefore, loadAfter);
            printSearch(search, searchable, (indexed - start) / 1e9, (indexed - done) / 1e9, cpu.search() / 1e9);
            if (search != null) {
                SearchServiceProcess.Refreshes r = search.refreshes().minus(refreshesBefore);
                System.out.printf("  its refreshes: %.0f taking %.1f s (%.0f ms each on average); entity documents rebuilt %.0f"
                    + " (%.1f a document), touched ones left for a later rebuild %.0f%n", r.count(), r.seconds(),
                    r.count() == 0 ? 0 : 1000 * r.seconds() / r.count(), r.rebuilt(), r.rebuilt() / count, r.deferred());
            }
            printMemory(db, publisher.pid(), searchPid);
            // the measured part's bounds, to find it in a flight recording (-XX:StartFlightRecording)
            System.out.printf("  measured part from %s until %s%n", from, until);
            System.out.println("  the service JVM's CPU by thread (name as the kernel keeps it, numbers as #), s: "
                + CpuTimes.largest(threadsBefore, threadsAfter, 12));
            Statements.print(db, applied);
            assertEquals(count, applied, "every document applied within the time limit");
            hold(db);
        }
    }

    /**
     * With -Dpowermap.bench.warmup-documents=W, first applies W documents that follow the measured
     * ones in the corpus (later rounds, other names), untimed, so that the measured documents meet a
     * service whose code the JIT has compiled (as a running service's is) rather than a JVM that
     * has just started; the final graph then holds those W documents too. Returns W.
     */
    private static int warmUp(Connection db, Publisher publisher, SearchServiceProcess search, SampleCorpus corpus,
            int count, String like) throws Exception {
        int warmup = Integer.getInteger("powermap.bench.warmup-documents", 0);
        if (warmup > 0) {
            List<String> keys = new ArrayList<>(warmup);
            List<String> payloads = new ArrayList<>(warmup);
            for (int n = count; n < count + warmup; n++) {
                DocumentParsed document = corpus.document(n);
                payloads.add(EventJson.write(document));
                keys.add(document.documentId());
            }
            publisher.load(keys, payloads);
            long start = System.nanoTime();
            publisher.send();
            int applied = awaitApplied(db, like, warmup, start);
            awaitOutboxEmpty(db, System.nanoTime());
            if (search != null && !search.awaitCaughtUp(SEARCH_TIME_LIMIT)) {
                System.out.println("  warm-up: search-service did not catch up within " + SEARCH_TIME_LIMIT);
            }
            System.out.printf("%n  warm-up: %d documents applied in %.1f s (not counted below)%n", applied,
                (System.nanoTime() - start) / 1e9);
        }
        return warmup;
    }

    /**
     * search-service as a child JVM, unless -Dpowermap.bench.search=false; null (with a line saying
     * why) when it is not packaged.
     */
    private static SearchServiceProcess startSearch() throws Exception {
        if (!Boolean.parseBoolean(System.getProperty("powermap.bench.search", "true"))) {
            return null;
        }
        Path jar = SearchServiceProcess.jar(Path.of(System.getProperty("powermap.project.root", "..")));
        if (jar == null) {
            System.out.println("  search-service is not packaged (./mvnw -B install -DskipTests packages it): "
                + "the time until search has the changes is not measured");
            return null;
        }
        return SearchServiceProcess.start(jar, KafkaBrokerResource.bootstrapServers(), java.time.Duration.ofSeconds(180));
    }

    private static void printSearch(SearchServiceProcess search, boolean searchable, double sinceStart,
            double sinceApplied, double cpuSeconds) {
        if (search == null) {
            return;
        }
        if (searchable) {
            System.out.printf("  search-service had every change indexed %.1f s after publishing began (%.1f s after the"
                + " last apply); its CPU meanwhile %.1f s%n", sinceStart, sinceApplied, cpuSeconds);
        } else {
            System.out.printf("  search-service had not caught up with profiles.changes %s after the last apply%n",
                SEARCH_TIME_LIMIT);
        }
    }

    /** Resident memory of each process at the end (MiB), and its peak; PostgreSQL by proportional share. */
    private static void printMemory(Connection db, long publisherPid, long searchPid) throws SQLException {
        Runtime runtime = Runtime.getRuntime();
        ProcessMemory service = ProcessMemory.of(ProcessHandle.current().pid());
        StringBuilder line = new StringBuilder(String.format(
            "  memory, resident now / peak (MiB): profile-service JVM (with the benchmark's driver) %d / %d, heap used %d of %d",
            service.residentMib(), service.peakMib(), (runtime.totalMemory() - runtime.freeMemory()) >> 20,
            runtime.maxMemory() >> 20));
        if (searchPid > 0) {
            ProcessMemory search = ProcessMemory.of(searchPid);
            line.append(String.format("; search-service %d / %d", search.residentMib(), search.peakMib()));
        }
        CpuTimes.brokerPids(publisherPid, searchPid).forEach(pid -> {
            ProcessMemory broker = ProcessMemory.of(pid);
            line.append(String.format("; broker %d / %d", broker.residentMib(), broker.peakMib()));
        });
        long postmaster = postmasterPid(db);
        if (postmaster > 0) {
            line.append(String.format("; PostgreSQL (postmaster and backends, proportional) %d",
                ProcessMemory.postgresProportionalMib(postmaster)));
        }
        System.out.println(line);
    }

    private static long postmasterPid(Connection db) throws SQLException {
        long backend = single(db, "select pg_backend_pid()", null);
        long[] stat = CpuTimes.stat(backend);
        return stat == null ? -1 : stat[0];
    }

    private static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * CPU time (ns) used so far by this JVM (the service, its relay and the benchmark's polling),
     * by PostgreSQL (the postmaster, its live backends and those it has reaped), by the broker's
     * child JVM and by the publisher's; read from /proc, so zeros where there is none.
     */
    record CpuTimes(long service, long applying, long postgres, long broker, long publisher, long search) {

        CpuTimes minus(CpuTimes earlier) {
            return new CpuTimes(service - earlier.service, applying - earlier.applying, postgres - earlier.postgres,
                broker - earlier.broker, publisher - earlier.publisher, search - earlier.search);
        }

        /** CPU time of the live threads whose name starts with {@code prefix}. */
        static long threads(String prefix) {
            var bean = java.lang.management.ManagementFactory.getThreadMXBean();
            return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix))
                .mapToLong(t -> Math.max(0, bean.getThreadCpuTime(t.getId()))).sum();
        }

        static CpuTimes read(Connection db, long publisherPid, long searchPid) throws SQLException {
            long service = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
            long postmaster = postmasterPid(db);
            long postgres = 0;
            if (postmaster > 0) {
                long[] main = stat(postmaster);
                postgres = main == null ? 0 : main[1] + main[2];
                for (ProcessHandle child : ProcessHandle.allProcesses().toList()) {
                    long[] s = stat(child.pid());
                    if (s != null && s[0] == postmaster) {
                        postgres += s[1];
                    }
                }
            }
            long broker = brokerPids(publisherPid, searchPid).map(pid -> {
                long[] s = stat(pid);
                return s == null ? 0 : s[1] + s[2];
            }).sum();
            long[] publisher = stat(publisherPid);
            long[] search = stat(searchPid);
            return new CpuTimes(service, threads("executor-thread"), postgres, broker, publisher == null ? 0 : publisher[1],
                search == null ? 0 : search[1]);
        }

        /** This JVM's children other than the publisher and search-service: the test broker's JVM. */
        static java.util.stream.LongStream brokerPids(long publisherPid, long searchPid) {
            return ProcessHandle.current().children().mapToLong(ProcessHandle::pid)
                .filter(pid -> pid != publisherPid && pid != searchPid);
        }

        /** CPU time (ns) of this JVM's threads, every thread the kernel knows (GC and compilers too), by name. */
        static Map<String, Long> byThread() {
            Map<String, Long> cpu = new java.util.HashMap<>();
            java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
            for (java.io.File task : tasks == null ? new java.io.File[0] : tasks) {
                try {
                    String text = java.nio.file.Files.readString(task.toPath().resolve("stat"));
                    String name = text.substring(text.indexOf('(') + 1, text.lastIndexOf(')')).replaceAll("\\d+", "#");
                    long[] s = stat(Long.parseLong(task.getName()), text);
                    cpu.merge(name, s[1], Long::sum);
                } catch (java.io.IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
            return cpu;
        }

        /** The {@code n} thread names that used the most CPU between the two readings. */
        static String largest(Map<String, Long> before, Map<String, Long> after, int n) {
            return after.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                .map(e -> String.format("%s %.1f", e.getKey(), e.getValue() / 1e9)).collect(java.util.stream.Collectors.joining(", "));
        }

        private static long[] stat(long pid, String text) {
            String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
            long tick = 10_000_000L;
            return new long[] {Long.parseLong(f[1]), (Long.parseLong(f[11]) + Long.parseLong(f[12])) * tick,
                (Long.parseLong(f[13]) + Long.parseLong(f[14])) * tick};
        }

        /** {ppid, utime + stime, cutime + cstime} in ns, or null. */
        private static long[] stat(long pid) {
            try {
                String text = java.nio.file.Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
                long tick = 10_000_000L; // USER_HZ is 100 on Linux
                return new long[] {Long.parseLong(f[1]), (Long.parseLong(f[11]) + Long.parseLong(f[12])) * tick,
                    (Long.parseLong(f[13]) + Long.parseLong(f[14])) * tick};
            } catch (java.io.IOException | RuntimeException e) {
                return null;
            }
        }
    }

    /** With -Dpowermap.bench.hold-seconds=N, keeps the graph up for EXPLAIN (ANALYZE) and prints where. */
    private static void hold(Connection db) throws Exception {
        long seconds = Long.getLong("powermap.bench.hold-seconds", 0);
        if (seconds > 0) {
            System.out.printf("  holding the database at %s for %d s%n", db.getMetaData().getURL(), seconds);
            Thread.sleep(seconds * 1000);
        }
    }

    private static int awaitApplied(Connection db, String like, int count, long start) throws Exception {
        int applied = 0;
        int reported = 0;
        while (applied < count && System.nanoTime() - start < TIME_LIMIT_MS * 1_000_000) {
            Thread.sleep(200);
            applied = (int) single(db, "select count(*) from source_document where id like ?", like);
            if (applied - reported >= 500) {
                System.out.printf("  ... %d applied after %.1f s%n", applied, (System.nanoTime() - start) / 1e9);
                reported = applied;
            }
        }
        return applied;
    }

    private static void awaitOutboxEmpty(Connection db, long from) throws Exception {
        while (single(db, "select count(*) from outbox", null) > 0 && System.nanoTime() - from < 120_000_000_000L) {
            Thread.sleep(100);
        }
    }

    private static String graphSize(Connection db) throws SQLException {
        return single(db, "select count(*) from entity", null) + " entities, "
            + single(db, "select count(*) from relationship", null) + " relationships, "
            + single(db, "select count(*) from evidence", null) + " evidence sentences";
    }

    private static long single(Connection db, String sql, String param) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            if (param != null) {
                statement.setString(1, param);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
