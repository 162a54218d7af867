package io.powermap.profile.bench;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Generates a large graph straight into the database (E entities, T ties with a few hubs, one
 * evidence sentence each), then times the graph questions over HTTP and prints p50/p95/p99.
 * {@code ./mvnw -B -pl profile-service test -Dtest=GraphQueryBenchmark -Dpowermap.bench.graph-entities=100000
 * -Dpowermap.bench.graph-ties=1000000}
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@EnabledIfSystemProperty(named = "powermap.bench.graph-entities", matches = "\\d+")
class GraphQueryBenchmark {

    private static final int RUNS = Integer.getInteger("powermap.bench.graph-runs", 200);
    private static final String TYPES = "array['POSITION','MEMBERSHIP','FUNDING','HIERARCHY','CAMPAIGN','SUPPORTS',"
        + "'OPPOSES','FOUNDED','AFFILIATION','FAMILY']";

    @Test
    void timeGraphQuestions() throws Exception {
        int entities = Integer.getInteger("powermap.bench.graph-entities");
        int ties = Integer.getInteger("powermap.bench.graph-ties", entities * 10);
        List<String> ids;
        try (Connection db = DriverManager.getConnection(PostgresResource.jdbcUrl(), "postgres", "postgres");
             Statement sql = db.createStatement()) {
            long start = System.nanoTime();
            generate(sql, entities, ties);
            System.out.printf("%nBENCHMARK graph generated: %d entities, %d ties in %.0f s%n", count(sql, "entity"),
                count(sql, "relationship"), (System.nanoTime() - start) / 1e9);
            ids = sample(sql, RUNS * 2);
        }
        Random random = new Random(7);
        IntFunction<String> any = i -> ids.get(random.nextInt(ids.size()));
        time("neighbourhood depth 1", i -> "/api/v1/entities/" + any.apply(i) + "/graph?depth=1");
        time("neighbourhood depth 2", i -> "/api/v1/entities/" + any.apply(i) + "/graph?depth=2");
        IntFunction<String> pair = i -> "&from=" + ids.get((2 * i) % ids.size()) + "&to=" + ids.get((2 * i + 1) % ids.size());
        time("paths up to 4 hops", i -> "/api/v1/paths?maxHops=4" + pair.apply(i));
        time("paths up to 6 hops", i -> "/api/v1/paths?maxHops=6" + pair.apply(i + RUNS));
        time("relationships page", i -> "/api/v1/entities/" + any.apply(i) + "/relationships?size=50");
        time("interlocks via FUNDING", i -> "/api/v1/entities/" + any.apply(i) + "/interlocks?via=FUNDING");
        time("funding", i -> "/api/v1/entities/" + any.apply(i) + "/funding");
        time("entity", i -> "/api/v1/entities/" + any.apply(i));
    }

    /** Ties start at entity floor(E * u^3) for uniform u, so low-numbered entities are hubs, as funders are. */
    private static void generate(Statement sql, int entities, int ties) throws SQLException {
        sql.execute("create temp table gen_ids as select gen_random_uuid() as id, n from generate_series(1, " + entities
            + ") n");
        sql.execute("insert into entity (id, type, name, match_key, created_at, updated_at) select id, "
            + "case when n % 3 = 0 then 'PERSON' else 'ORGANIZATION' end, 'Generated ' || n, 'generated ' || n, now(), now() "
            + "from gen_ids");
        sql.execute("create index on gen_ids (n)");
        sql.execute("create temp table gen_pairs as select g, 1 + floor(" + entities + " * power(random(), 3))::int as a, "
            + "1 + floor(" + entities + " * random())::int as b, (" + TYPES + ")[1 + floor(random() * 10)::int] as type, "
            + "case when random() < 0.5 then round((random() * 100000)::numeric, 2) end as amount "
            + "from generate_series(1, " + ties + ") g");
        sql.execute("insert into source_document (id, title, uri, parsed_at) select 'gen://' || n, 'Generated ' || n, "
            + "'https://example.org/gen/' || n, now() from generate_series(1, 1000) n");
        sql.execute("insert into relationship (id, type, source_id, target_id, role_key, start_year, amount, currency, "
            + "confidence, updated_at) select gen_random_uuid(), p.type, s.id, t.id, '', (2000 + p.g % 25)::text, "
            + "case when p.type = 'FUNDING' then p.amount end, case when p.type = 'FUNDING' then 'USD' end, 0.9, now() "
            + "from gen_pairs p join gen_ids s on s.n = p.a join gen_ids t on t.n = p.b where p.a <> p.b "
            + "on conflict do nothing");
        sql.execute("insert into evidence (relationship_id, document_id, sentence, start_offset, end_offset) "
            + "select id, 'gen://' || (1 + abs(hashtext(id::text)) % 1000), 'A generated sentence stating a tie.', 0, 34 "
            + "from relationship");
        sql.execute("analyze");
    }

    private static List<String> sample(Statement sql, int size) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("select id from gen_ids order by random() limit " + size)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private static long count(Statement sql, String table) throws SQLException {
        try (ResultSet rows = sql.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void time(String name, IntFunction<String> url) {
        for (int i = 0; i < 20; i++) {
            given().get(url.apply(i)).then().statusCode(200);
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            String path = url.apply(i);
            long start = System.nanoTime();
            given().get(path).then().statusCode(200);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("BENCHMARK %-24s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms (%d requests)%n", name,
            millis[RUNS / 2], millis[(int) (RUNS * 0.95)], millis[(int) (RUNS * 0.99)], millis[RUNS - 1], RUNS);
    }
}
