package io.powermap.search.bench;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;

import io.powermap.contract.EntityChanged;
import io.powermap.contract.EntityType;
import io.powermap.contract.ProfileChange;
import io.powermap.contract.RelationshipChanged;
import io.powermap.contract.RelationshipType;
import io.powermap.search.config.SearchConfig;
import io.powermap.search.support.IndexConfigs;
import io.powermap.search.domain.IndexedChange;
import io.powermap.search.domain.SearchPage;
import io.powermap.search.service.LuceneIndex;
import io.powermap.search.service.SearchRequest;
import io.powermap.search.service.SearchService;
import io.powermap.search.service.SearchSort;
import io.powermap.testsupport.PostgresResource;

/**
 * Search at scale, Lucene (this service's own {@link LuceneIndex} and {@link SearchService}) side by
 * side with PostgreSQL full-text search (tsvector + GIN, pg_trgm for misspelt names) over the same
 * generated corpus and the same queries. Prints build time and size of both, then p50/p99 latency
 * and queries/s at 1 and 8 concurrent clients. Not part of the normal test run:
 * {@code ./mvnw -B -o -pl search-service test -Dtest=SearchBenchmark -Dpowermap.bench.organizations=100000
 * -Dpowermap.bench.relationships=1000000} (README "Speed, measured").
 */
@EnabledIfSystemProperty(named = "powermap.bench.organizations", matches = "\\d+")
class SearchBenchmark {

    private static final long SEED = Long.getLong("powermap.bench.seed", 20250101L);
    private static final int BATCH = Integer.getInteger("powermap.bench.batch", 500);
    private static final int SECONDS = Integer.getInteger("powermap.bench.seconds", 30);
    private static final int WARMUP_SECONDS = Integer.getInteger("powermap.bench.warmup-seconds", 15);
    private static final int PER_CATEGORY = Integer.getInteger("powermap.bench.queries-per-category", 100);
    private static final int LIMIT = 20;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final List<Integer> CLIENTS = Stream.of(System.getProperty("powermap.bench.clients", "1,8").split(","))
        .map(String::strip).map(Integer::valueOf).toList();

    /** {@code -Dpowermap.bench.postgres=false}: Lucene alone, a quicker round while changing the query path. */
    private static final boolean POSTGRES = Boolean.parseBoolean(System.getProperty("powermap.bench.postgres", "true"));

    enum Category { EXACT_NAME, PHRASE, FUZZY_NAME, PREFIX, FACETED }

    /** One query as both engines are asked it; {@code expected} is the entity it is about, if any. */
    record BenchQuery(Category category, SearchRequest lucene, String sql, List<Object> parameters, String expected) {
    }

    /** What one engine answers: the ids of the first page. */
    interface Engine {
        List<String> search(BenchQuery query) throws Exception;
    }

    @Test
    void compareLuceneAndPostgres() throws Exception {
        int organizations = Integer.getInteger("powermap.bench.organizations");
        int relationships = Integer.getInteger("powermap.bench.relationships", organizations * 10);
        System.out.printf("%nBENCHMARK search: %d organizations, %d relationships, seed %d, load %s%n", organizations,
            relationships, SEED, load());

        long started = System.nanoTime();
        Corpus corpus = new Corpus(SEED, organizations, relationships);
        System.out.printf("generated %d entities and %d relationships in %.1f s%n", corpus.entities.size(),
            corpus.ties.size(), seconds(started));

        Path dir = Path.of("target", "bench-index-" + organizations + "-" + relationships).toAbsolutePath();
        boolean reuse = Boolean.getBoolean("powermap.bench.reuse-index") && Files.isDirectory(dir);
        if (!reuse) {
            deleteTree(dir);
        }
        LuceneIndex index = new LuceneIndex(config(dir));
        // an index of an older format is emptied when opened: built again
        reuse = reuse && index.count(true) > 0;
        if (!reuse) {
            // as the consumer rebuilds from the topic: batches written, made searchable once at the end, committed
            started = System.nanoTime();
            List<ProfileChange> changes = corpus.changes();
            List<IndexedChange> batch = new ArrayList<>(BATCH);
            long offset = 0;
            for (ProfileChange change : changes) {
                batch.add(new IndexedChange(change, 0, offset++));
                if (batch.size() == BATCH) {
                    index.write(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            index.write(batch);
            double written = seconds(started);
            index.refresh();
            index.commit();
            double luceneBuild = seconds(started);
            System.out.printf("Lucene: %d changes written in batches of %d in %.1f s, made searchable and committed "
                    + "after %.1f s (%.0f changes/s), load %s%n", changes.size(), BATCH, written, luceneBuild,
                changes.size() / luceneBuild, load());
        }
        System.out.printf("Lucene index %s%.0f MB: %d entities, %d relationships%n", reuse ? "(reused) " : "",
            size(dir) / 1e6, index.count(true), index.count(false));
        SearchService lucene = new SearchService(index, config(dir));

        if (POSTGRES) {
            buildPostgres(corpus);
        }

        List<BenchQuery> queries = queries(corpus);
        Engine luceneEngine = query -> lucene.search(query.lucene()).hits().stream().map(SearchPage.Hit::id).toList();
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(SearchBenchmark::connect);
        Engine postgresEngine = query -> postgres(connections.get(), query);
        List<String> engines = POSTGRES ? List.of("Lucene", "PostgreSQL") : List.of("Lucene");

        System.out.printf("%nfound the entity asked for in the first %d hits (exact, misspelt and prefix names):%n", LIMIT);
        recall("Lucene", luceneEngine, queries);
        if (POSTGRES) {
            recall("PostgreSQL", postgresEngine, queries);
        }
        matches(lucene, queries);
        dump(lucene, queries);
        browse(lucene);

        System.out.printf("%n%-11s %7s %9s %9s %9s %9s %10s %9s  %s%n", "engine", "clients", "p50 ms", "p90 ms", "p99 ms",
            "max ms", "queries/s", "cpu ms/q", "load");
        System.out.println("(cpu: the Lucene clients' own CPU time per query, mean; PostgreSQL's work is in its server)");
        Map<String, Double> throughput = new HashMap<>();
        for (int clients : CLIENTS) {
            for (String name : engines) {
                Engine engine = name.equals("Lucene") ? luceneEngine : postgresEngine;
                run(engine, queries, clients, WARMUP_SECONDS, null);
                Histogram all = new Histogram(3);
                Recording recording = new Recording(all);
                long processCpu = PROCESS.getProcessCpuTime();
                long gcMillis = gcMillis();
                long gcCount = gcCount();
                double perSecond = run(engine, queries, clients, SECONDS, recording);
                processCpu = PROCESS.getProcessCpuTime() - processCpu;
                gcMillis = gcMillis() - gcMillis;
                gcCount = gcCount() - gcCount;
                throughput.put(name + clients, perSecond);
                String cpu = name.equals("Lucene") ? String.format("%.2f", recording.cpuNanos().sum() / 1e6 / all.getTotalCount()) : "-";
                System.out.printf("%-11s %7d %9.2f %9.2f %9.2f %9.2f %10.0f %9s  %s%n", name, clients, ms(all, 50),
                    ms(all, 90), ms(all, 99), all.getMaxValue() / 1000.0, perSecond, cpu, load());
                if (name.equals("Lucene")) {
                    System.out.printf("    whole JVM %.2f ms CPU a query (clients, GC, JIT); %d collections, %d ms in GC%n",
                        processCpu / 1e6 / all.getTotalCount(), gcCount, gcMillis);
                }
                for (Category category : Category.values()) {
                    Histogram h = recording.byCategory().get(category);
                    String categoryCpu = name.equals("Lucene")
                        ? String.format("%.2f", recording.cpuByCategory().get(category).sum() / 1e6 / h.getTotalCount()) : "-";
                    System.out.printf("    %-14s %9.2f %9.2f %9.2f %9.2f %10s %9s%n", category.name().toLowerCase(Locale.ROOT),
                        ms(h, 50), ms(h, 90), ms(h, 99), h.getMaxValue() / 1000.0, "", categoryCpu);
                }
            }
        }
        if (POSTGRES) {
            int most = Collections.max(CLIENTS);
            System.out.printf("%nLucene / PostgreSQL throughput at %d clients: %.1f x%n", most,
                throughput.get("Lucene" + most) / throughput.get("PostgreSQL" + most));
        }
        index.searchers().close();
    }

    private static void buildPostgres(Corpus corpus) throws SQLException, IOException {
        long started;
        try (Connection admin = DriverManager.getConnection(PostgresResource.jdbcUrl(), "postgres", "postgres")) {
            started = System.nanoTime();
            loadPostgres(admin, corpus);
            double pgBuild = seconds(started);
            long pgBytes;
            try (Statement sql = admin.createStatement();
                 ResultSet size = sql.executeQuery("select pg_total_relation_size('search_entity')")) {
                size.next();
                pgBytes = size.getLong(1);
            }
            System.out.printf("PostgreSQL: %d rows loaded (COPY) and indexed (tsvector GIN, pg_trgm GIN, array GINs) "
                + "in %.1f s, table and indexes %.0f MB, load %s%n", corpus.entities.size(), pgBuild, pgBytes / 1e6, load());
        }
    }

    /** How many entities the queries of each category match: what the facets are counted over. */
    private static void matches(SearchService lucene, List<BenchQuery> queries) throws IOException {
        Map<Category, long[]> sums = new HashMap<>();
        for (BenchQuery query : queries) {
            long[] sum = sums.computeIfAbsent(query.category(), c -> new long[2]);
            sum[0] += lucene.search(query.lucene()).total();
            sum[1]++;
        }
        StringBuilder line = new StringBuilder("  matches per query, mean:");
        for (Category category : Category.values()) {
            long[] sum = sums.get(category);
            line.append(String.format("  %s %d", category.name().toLowerCase(Locale.ROOT), sum[0] / sum[1]));
        }
        System.out.println(line);
    }

    /**
     * {@code -Dpowermap.bench.dump=FILE}: every query's total, facets and hits with their snippets, one line each,
     * to compare what two versions of the query path answer over the same corpus.
     */
    private static void dump(SearchService lucene, List<BenchQuery> queries) throws IOException {
        String file = System.getProperty("powermap.bench.dump");
        if (file == null) {
            return;
        }
        StringBuilder out = new StringBuilder();
        for (BenchQuery query : queries) {
            SearchRequest request = query.lucene();
            SearchPage page = lucene.search(request);
            String asked = request.text() + (request.facetFilters().isEmpty() ? "" : " facet " + request.facetFilters().get(0)[1]);
            out.append("Q\t").append(asked).append("\ttotal ").append(page.total()).append("\tfacets ").append(page.facets()).append('\n');
            for (SearchPage.Hit hit : page.hits()) {
                out.append("H\t").append(asked).append('\t').append(hit.id());
                for (SearchPage.Snippet snippet : hit.snippets()) {
                    out.append('\t').append(snippet.field()).append(": ");
                    snippet.parts().forEach(part -> out.append(part.match() ? "[" + part.text() + "]" : part.text()));
                }
                out.append('\n');
            }
        }
        Files.writeString(Path.of(file), out);
        System.out.printf("  %d queries' pages written to %s%n", queries.size(), file);
    }

    /** Browsing everything by connections: the first page (with facets over every entity) and the next. */
    private static void browse(SearchService lucene) throws IOException {
        SearchRequest first = new SearchRequest("", null, null, null, List.of(), SearchSort.CONNECTIONS, null, LIMIT);
        String cursor = lucene.search(first).next();
        SearchRequest second = new SearchRequest("", null, null, null, List.of(), SearchSort.CONNECTIONS, cursor, LIMIT);
        double[] cpu = new double[2];
        for (int round = 0; round < 2; round++) { // the first round warms up
            for (int page = 0; page < 2; page++) {
                long started = THREADS.getCurrentThreadCpuTime();
                for (int i = 0; i < 20; i++) {
                    lucene.search(page == 0 ? first : second);
                }
                cpu[page] = (THREADS.getCurrentThreadCpuTime() - started) / 1e6 / 20;
            }
        }
        System.out.printf("  browsing all by connections, CPU a page: first %.2f ms, next %.2f ms%n", cpu[0], cpu[1]);
    }

    // ---- the queries

    private static List<BenchQuery> queries(Corpus corpus) {
        Random random = new Random(SEED + 1);
        List<Corpus.Organization> orgs = corpus.organizations;
        List<BenchQuery> queries = new ArrayList<>();
        for (int i = 0; i < PER_CATEGORY; i++) {
            Corpus.Organization org = orgs.get(random.nextInt(orgs.size()));
            queries.add(text(Category.EXACT_NAME, org.name(), null, null, org.id()));

            String[] words = org.name().split(" ");
            int from = random.nextInt(Math.max(1, words.length - 1));
            String phrase = String.join(" ", List.of(words).subList(from, Math.min(words.length, from + 2)));
            queries.add(text(Category.PHRASE, "\"" + phrase + "\"", null, null, null));

            Corpus.Organization misspelt = orgs.get(random.nextInt(orgs.size()));
            String typo = misspell(misspelt.name(), random);
            queries.add(new BenchQuery(Category.FUZZY_NAME, request(typo, null, null),
                "select id, similarity(name, ?) as r from search_entity where name % ? order by r desc, id limit " + LIMIT,
                List.of(typo, typo), misspelt.id()));

            Corpus.Organization prefixed = orgs.get(random.nextInt(orgs.size()));
            String[] nameWords = prefixed.name().replaceAll("[^\\p{L} ]", "").split(" +");
            int whole = Math.min(nameWords.length - 1, 1 + random.nextInt(2));
            String last = nameWords[whole].substring(0, Math.min(nameWords[whole].length(), 4));
            List<String> lucenePrefix = new ArrayList<>(List.of(nameWords).subList(0, whole));
            lucenePrefix.add(last + "*");
            List<String> tsPrefix = new ArrayList<>();
            List.of(nameWords).subList(0, whole).forEach(w -> tsPrefix.add(w.toLowerCase(Locale.ROOT)));
            tsPrefix.add(last.toLowerCase(Locale.ROOT) + ":*");
            queries.add(new BenchQuery(Category.PREFIX, request(String.join(" ", lucenePrefix), null, null),
                "select id, ts_rank_cd(tsv, q) as r from search_entity, to_tsquery('english', ?) q where tsv @@ q "
                    + "order by r desc, id limit " + LIMIT, List.of(String.join(" & ", tsPrefix)), prefixed.id()));

            Corpus.Organization funder = corpus.funders.get((int) (corpus.funders.size() * Math.pow(random.nextDouble(), 2)));
            String cause = Corpus.CAUSES[random.nextInt(Corpus.CAUSES.length)];
            queries.add(text(Category.FACETED, cause, EntityType.ORGANIZATION, funder.name(), null));
        }
        Collections.shuffle(queries, new Random(SEED + 2));
        return queries;
    }

    private static BenchQuery text(Category category, String text, EntityType type, String funder, String expected) {
        StringBuilder sql = new StringBuilder("select id, ts_rank_cd(tsv, q) as r from search_entity, "
            + "websearch_to_tsquery('english', ?) q where tsv @@ q");
        List<Object> parameters = new ArrayList<>(List.of(text));
        if (type != null) {
            sql.append(" and type = ?");
            parameters.add(type.name());
        }
        if (funder != null) {
            sql.append(" and funders @> array[?]::text[]");
            parameters.add(funder);
        }
        sql.append(" order by lower(name) = lower(?) desc, r desc, id limit ").append(LIMIT);
        parameters.add(text);
        return new BenchQuery(category, request(text, type, funder), sql.toString(), parameters, expected);
    }

    private static SearchRequest request(String text, EntityType type, String funder) {
        List<String[]> facets = funder == null ? List.of() : List.<String[]>of(new String[] {"funder", funder});
        return new SearchRequest(text, type, null, null, facets, SearchSort.RELEVANCE, null, LIMIT);
    }

    /** One letter of the longest word changed, dropped or doubled, as people mistype. */
    private static String misspell(String name, Random random) {
        String[] words = name.split(" ");
        int longest = 0;
        for (int i = 1; i < words.length; i++) {
            if (words[i].length() > words[longest].length()) {
                longest = i;
            }
        }
        String word = words[longest];
        int at = 1 + random.nextInt(word.length() - 2);
        words[longest] = switch (random.nextInt(3)) {
            case 0 -> word.substring(0, at) + word.substring(at + 1);
            case 1 -> word.substring(0, at) + word.charAt(at) + word.substring(at);
            default -> word.substring(0, at) + (char) ('a' + random.nextInt(26)) + word.substring(at + 1);
        };
        return String.join(" ", words);
    }

    // ---- PostgreSQL

    private static void loadPostgres(Connection db, Corpus corpus) throws SQLException, IOException {
        try (Statement sql = db.createStatement()) {
            sql.execute("create extension if not exists pg_trgm");
            sql.execute("drop table if exists search_entity");
            // what the Lucene entity document holds, as columns; weights as the Lucene boosts rank them
            sql.execute("create table search_entity (id text primary key, type text not null, name text not null, "
                + "aliases text not null, description text not null, evidence text not null, connections int not null, "
                + "tie_types text[] not null, funders text[] not null, member_of text[] not null, headquarters text, "
                + "tsv tsvector generated always as (setweight(to_tsvector('english', name), 'A') "
                + "|| setweight(to_tsvector('english', aliases), 'B') || setweight(to_tsvector('english', description), 'C') "
                + "|| setweight(to_tsvector('english', evidence), 'D')) stored)");
        }
        Map<String, Corpus.Ties> ties = new HashMap<>();
        for (RelationshipChanged tie : corpus.ties) {
            for (String end : List.of(tie.sourceId(), tie.targetId())) {
                Corpus.Ties of = ties.computeIfAbsent(end, id -> new Corpus.Ties());
                boolean outgoing = end.equals(tie.sourceId());
                of.connections++;
                of.types.add(tie.type().name());
                if (!outgoing && tie.type() == RelationshipType.FUNDING) {
                    of.funders.add(tie.sourceName());
                } else if (outgoing && tie.type() == RelationshipType.MEMBERSHIP) {
                    of.memberOf.add(tie.targetName());
                }
                for (String sentence : tie.evidence()) {
                    if (of.evidence.length() + sentence.length() <= 20_000) {
                        of.evidence.append(sentence).append(' ');
                    }
                }
            }
        }
        StringBuilder csv = new StringBuilder();
        var copy = db.unwrap(PGConnection.class).getCopyAPI();
        int rows = 0;
        for (EntityChanged entity : corpus.entities) {
            Corpus.Ties of = ties.getOrDefault(entity.entityId(), new Corpus.Ties());
            StringBuilder description = new StringBuilder();
            entity.attributes().forEach((k, v) -> description.append(k).append(": ").append(v).append('\n'));
            csv.append(String.join("\t", escape(entity.entityId()), escape(entity.type().name()), escape(entity.name()),
                escape(String.join("\n", entity.aliases())), escape(description.toString()), escape(of.evidence.toString()),
                Integer.toString(of.connections), array(of.types), array(of.funders), array(of.memberOf),
                entity.attributes().containsKey("headquarters") ? escape(entity.attributes().get("headquarters")) : "\\N"))
                .append('\n');
            if (++rows % 5_000 == 0) {
                copy.copyIn(COPY, new StringReader(csv.toString()));
                csv.setLength(0);
            }
        }
        copy.copyIn(COPY, new StringReader(csv.toString()));
        try (Statement sql = db.createStatement()) {
            sql.execute("set maintenance_work_mem = '512MB'");
            sql.execute("create index on search_entity using gin (tsv)");
            sql.execute("create index on search_entity using gin (name gin_trgm_ops)");
            sql.execute("create index on search_entity using gin (funders)");
            sql.execute("create index on search_entity (type)");
            sql.execute("vacuum analyze search_entity");
        }
    }

    private static final String COPY = "copy search_entity (id, type, name, aliases, description, evidence, connections, "
        + "tie_types, funders, member_of, headquarters) from stdin";

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String array(Iterable<String> values) {
        StringBuilder out = new StringBuilder("{");
        for (String value : values) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return escape(out.append('}').toString());
    }

    private static Connection connect() {
        try {
            Connection db = DriverManager.getConnection(PostgresResource.jdbcUrl(), "postgres", "postgres");
            try (Statement sql = db.createStatement()) {
                sql.execute("set work_mem = '64MB'");
            }
            return db;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> postgres(Connection db, BenchQuery query) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(query.sql())) {
            for (int i = 0; i < query.parameters().size(); i++) {
                statement.setObject(i + 1, query.parameters().get(i));
            }
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    // ---- running and measuring

    /** {@code cpuNanos}: the clients' own CPU time, which other processes on the machine do not inflate. */
    private record Recording(Histogram all, Map<Category, Histogram> byCategory, LongAdder cpuNanos,
                             Map<Category, LongAdder> cpuByCategory) {
        Recording(Histogram all) {
            this(all, new HashMap<>(), new LongAdder(), new java.util.EnumMap<>(Category.class));
            for (Category category : Category.values()) {
                cpuByCategory.put(category, new LongAdder());
            }
        }
    }

    private static void recall(String name, Engine engine, List<BenchQuery> queries) throws Exception {
        Map<Category, int[]> found = new HashMap<>();
        for (BenchQuery query : queries) {
            if (query.expected() != null) {
                int[] counts = found.computeIfAbsent(query.category(), c -> new int[2]);
                counts[1]++;
                if (engine.search(query).contains(query.expected())) {
                    counts[0]++;
                }
            }
        }
        StringBuilder line = new StringBuilder(String.format("  %-11s", name));
        for (Category category : Category.values()) {
            int[] counts = found.get(category);
            if (counts != null) {
                line.append(String.format("  %s %d/%d", category.name().toLowerCase(Locale.ROOT), counts[0], counts[1]));
            }
        }
        System.out.println(line);
    }

    /** Each client goes through the queries from its own starting point until the time is up; returns queries/s. */
    private static double run(Engine engine, List<BenchQuery> queries, int clients, int seconds, Recording recording)
        throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        List<Future<Map<Category, Histogram>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c * queries.size() / clients;
            results.add(pool.submit(() -> {
                Map<Category, Histogram> mine = new HashMap<>();
                for (Category category : Category.values()) {
                    mine.put(category, new Histogram(3));
                }
                long cpu = THREADS.getCurrentThreadCpuTime();
                for (int i = first; System.nanoTime() < deadline; i++) {
                    BenchQuery query = queries.get(i % queries.size());
                    long queryCpu = THREADS.getCurrentThreadCpuTime();
                    long t = System.nanoTime();
                    engine.search(query);
                    mine.get(query.category()).recordValue((System.nanoTime() - t) / 1_000);
                    if (recording != null) {
                        recording.cpuByCategory().get(query.category()).add(THREADS.getCurrentThreadCpuTime() - queryCpu);
                    }
                }
                if (recording != null) {
                    recording.cpuNanos().add(THREADS.getCurrentThreadCpuTime() - cpu);
                }
                return mine;
            }));
        }
        long count = 0;
        for (Future<Map<Category, Histogram>> result : results) {
            for (Map.Entry<Category, Histogram> entry : result.get().entrySet()) {
                count += entry.getValue().getTotalCount();
                if (recording != null) {
                    recording.all().add(entry.getValue());
                    recording.byCategory().computeIfAbsent(entry.getKey(), k -> new Histogram(3)).add(entry.getValue());
                }
            }
        }
        double elapsed = seconds(start);
        pool.shutdown();
        return count / elapsed;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(gc -> Math.max(0, gc.getCollectionCount())).sum();
    }

    private static double ms(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static SearchConfig config(Path dir) {
        return IndexConfigs.inFolder(dir, 20_000, Duration.ofSeconds(5));
    }
}
