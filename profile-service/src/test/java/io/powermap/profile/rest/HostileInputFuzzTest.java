package io.powermap.profile.rest;

import static io.powermap.testsupport.HostileAnswers.*;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.powermap.contract.EntityType;
import io.powermap.contract.RelationshipType;
import io.powermap.contract.access.Roles;
import io.powermap.profile.service.DocumentApplier;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.PostgresResource;
import io.powermap.testsupport.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;
import io.powermap.testsupport.RawHttp;

/**
 * Hostile input at every REST endpoint of profile-service, generated with jqwik's arbitraries and
 * sent byte for byte over a socket to the running service: random and mutated ids (very long,
 * invalid UTF-8 percent escapes, {@code ..}, NUL, emoji, SQL-ish and Lucene-syntax strings), odd,
 * huge and negative numbers for depth, limit, size, page, maxHops and k, malformed cursors and type
 * lists, malformed and oversized JSON bodies with wrong content types for the corrections (with an
 * editor token, a wrong one or none), and odd If-Match headers. Every answer must be below 500, a
 * refusal must be problem+json without a stack trace or class name, and every answer must come
 * within {@value #TIMEOUT_SECONDS} s (the socket's read timeout).
 *
 * <p>The short run (part of the test command) sends {@value #DEFAULT_TRIES} inputs; the long run is
 * {@code ./mvnw -B -o -pl profile-service test -Dtest=HostileInputFuzzTest -Dpowermap.fuzz.tries=10000}
 * (add {@code -Dpowermap.fuzz.seed=N} to replay a run). Failing inputs are written to
 * {@code target/fuzz-failures/} and become cases in {@link HostileInputRegressionTest}.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class HostileInputFuzzTest {

    static final int DEFAULT_TRIES = 150;
    /** Longer than any honest answer on a loaded two-core machine: past it the request counts as a hang. */
    static final int TIMEOUT_SECONDS = 20;

    @Inject
    DocumentApplier applier;

    /** A real entity, tie and document to aim at (and mutate), so requests get past the id checks. */
    record Seeds(List<String> entities, List<String> ties, List<String> documents) {
    }

    private Seeds seed() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String document = "https://example.org/fuzz/" + run;
        applier.apply(TestDocument.withId(document)
            .entity("a", EntityType.ORGANIZATION, "Fuzzwood Alliance " + run)
            .entity("f", EntityType.ORGANIZATION, "Fuzzwood Fund " + run, "FWF " + run)
            .entity("p", EntityType.PERSON, "Ada Fuzzwood " + run)
            .tie(RelationshipType.FUNDING, "f", "a", null, "700")
            .tie(RelationshipType.POSITION, "p", "a", "chair", null).build());
        List<String> entities = new ArrayList<>();
        for (String name : List.of("Fuzzwood Alliance ", "Fuzzwood Fund ", "Ada Fuzzwood ")) {
            entities.addAll(given().queryParam("name", name + run).get("/api/v1/entities").jsonPath().getList("id", String.class));
        }
        List<String> ties = given().get("/api/v1/entities/" + entities.get(0)).jsonPath().getList("relationships.id", String.class);
        return new Seeds(List.copyOf(entities), List.copyOf(ties), List.of(document));
    }

    @Test
    void shouldNeverAnswer5xxHangOrLeakInternalsOnHostileInput() {
        int tries = Integer.getInteger("powermap.fuzz.tries", DEFAULT_TRIES);
        long seed = Long.getLong("powermap.fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        Seeds seeds = seed();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, Integer> kinds = new TreeMap<>();
        long started = System.nanoTime();
        long slowest = 0;
        JqwikSession.start();
        try {
            for (int i = 0; i < tries; i++) {
                if (i > 0 && i % 500 == 0) {
                    seeds = seed(); // deletes and merges use the seeds up
                }
                Input input = Inputs.next(random, seeds);
                kinds.merge(input.kind(), 1, Integer::sum);
                long t = System.nanoTime();
                String problem;
                int status;
                try {
                    RawHttp.Answer answer = send(input);
                    status = answer.status();
                    problem = verdict(answer, input.target().length());
                    if (problem != null && unroutable(input.target(), answer)) {
                        problem = null;
                        kinds.merge("refused by Vert.x before routing (empty 400)", 1, Integer::sum);
                    }
                } catch (IOException e) {
                    status = -1;
                    // a body over the limit is refused while it is still being sent: the connection closes under the client
                    problem = input.kind().equals("oversized body") && causedBy(e, java.net.SocketException.class) ? null
                        : "no answer within " + TIMEOUT_SECONDS + " s: " + e;
                }
                long ms = (System.nanoTime() - t) / 1_000_000;
                slowest = Math.max(slowest, ms);
                statuses.merge(input.endpoint() + " " + status, 1, Integer::sum);
                if (problem != null) {
                    failures.add(save(seed, i, input, problem));
                }
            }
        } finally {
            JqwikSession.finish();
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("hostile input: %d inputs in %d s (seed %d), slowest answer %d ms, %d failures%n  kinds %s%n"
            + "  answers %s%n", tries, seconds, seed, slowest, failures.size(), kinds, statuses);
        assertTrue(failures.isEmpty(), failures.size() + " hostile inputs failed (seed " + seed + "):\n"
            + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }


    static RawHttp.Answer send(Input input) throws IOException {
        Map<String, String> headers = new TreeMap<>(input.headers());
        if (input.contentType() != null) {
            headers.put("Content-Type", input.contentType());
        }
        return RawHttp.send(RestAssured.port, input.method(), input.target(), headers, input.body(), TIMEOUT_SECONDS * 1000);
    }

    private static String save(long seed, int index, Input input, String problem) {
        try {
            Path dir = Path.of("target", "fuzz-failures");
            Files.createDirectories(dir);
            String name = seed + "-" + index;
            Files.write(dir.resolve(name + ".body"), input.body() == null ? new byte[0] : input.body());
            String target = input.target().length() > 2000 ? input.target().substring(0, 2000) + "... (" + input.target().length()
                + " characters)" : input.target();
            Files.writeString(dir.resolve(name + ".txt"), input.method() + " " + target + "\nheaders: " + input.headers()
                + "\ncontent-type: " + input.contentType() + "\nkind: " + input.kind() + "\nproblem: " + problem + "\n");
            return name + " (" + input.kind() + ", " + input.method() + " " + abbreviate(input.target(), 200) + "): " + problem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    /** One request: the endpoint it is aimed at (for the figures), and what goes on the wire. */
    record Input(String kind, String endpoint, String method, String target, Map<String, String> headers, String contentType,
                 byte[] body) {
    }




    /** The generators, built on jqwik's arbitraries. */
    static final class Inputs {

        static final String[] TYPES = {"FUNDING", "funding", "POSITION,FUNDING", "FUNDING,,,", ",", "NOPE", "FUNDING,NOPE",
            "ORGANIZATION", "PERSON", "funding ", "F\u00dcNDING", "*"};
        static final String[] TOKENS = {"editor", "editor", "editor", "editor", "none", "reader", "garbage", "admin"};

        private static final Arbitrary<String> RAW = Arbitraries.strings().all().ofMaxLength(200);
        private static final Arbitrary<String> LONG = Arbitraries.strings().ascii().ofMinLength(2_000).ofMaxLength(100_000);
        private static final Arbitrary<String> PUNCTUATION = Arbitraries.strings()
            .withChars("%/.:?#[]@!$&'()*+,;=\\ \u0000\ud800\u00e9<>\"{}|^`~").ofMaxLength(300);
        private static final Arbitrary<String> NUMBER = Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.integers().between(0, 25).map(String::valueOf)),
            Tuple.of(4, Arbitraries.of(NUMBERS)),
            Tuple.of(2, Arbitraries.integers().map(String::valueOf)),
            Tuple.of(1, Arbitraries.longs().map(String::valueOf)),
            Tuple.of(1, Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(19), java.math.BigInteger.TEN.pow(400))
                .map(n -> (n.testBit(0) ? "-" : "") + n)),
            Tuple.of(1, RAW));
        private static final Arbitrary<String> ODD = Arbitraries.frequencyOf(
            Tuple.of(3, RAW), Tuple.of(1, LONG), Tuple.of(2, PUNCTUATION), Tuple.of(2, Arbitraries.of(SQLISH)),
            Tuple.of(2, Arbitraries.of(LUCENE)), Tuple.of(2, Arbitraries.of(ESCAPES)), Tuple.of(1, Arbitraries.of(EMOJI)));

        static <T> T gen(Arbitrary<T> arbitrary, Random random) {
            return arbitrary.generator(1000).next(random).value();
        }

        static <T> T pick(List<T> list, Random random) {
            return list.get(random.nextInt(list.size()));
        }

        static String pick(String[] list, Random random) {
            return list[random.nextInt(list.length)];
        }

        /** An id: a real one, one with a few characters changed, or something else entirely. */
        static String id(Random random, List<String> real) {
            int roll = random.nextInt(10);
            if (roll < 2 && !real.isEmpty()) {
                return pick(real, random);
            }
            if (roll < 4 && !real.isEmpty()) {
                return mutate(pick(real, random), random);
            }
            if (roll == 4) {
                return UUID.randomUUID().toString();
            }
            return gen(ODD, random);
        }

        static String mutate(String s, Random random) {
            StringBuilder out = new StringBuilder(s);
            for (int e = 1 + random.nextInt(4); e > 0 && out.length() > 0; e--) {
                int at = random.nextInt(out.length());
                switch (random.nextInt(5)) {
                    case 0 -> out.setLength(at);
                    case 1 -> out.setCharAt(at, (char) random.nextInt(0x3000));
                    case 2 -> out.insert(at, pick(ESCAPES, random));
                    case 3 -> out.insert(at, pick(EMOJI, random));
                    default -> out.append(s.repeat(1 + random.nextInt(20)));
                }
            }
            return out.toString();
        }

        /** A query parameter value: mostly one of its kind (a number, a type list), odd one time in five. */
        static String value(Random random, Arbitrary<String> usual) {
            return random.nextInt(5) == 0 ? gen(ODD, random) : gen(usual, random);
        }

        /** A query string to follow parameters already given. */
        static String more(String query) {
            return query.isEmpty() ? "" : "&" + query.substring(1);
        }

        static String query(Random random, Map<String, Arbitrary<String>> params) {
            StringBuilder q = new StringBuilder();
            for (var param : params.entrySet()) {
                int roll = random.nextInt(4);
                if (roll < 2) {
                    continue;
                }
                String value = value(random, param.getValue());
                q.append(q.isEmpty() ? "?" : "&").append(param.getKey()).append('=').append(wire(random, value));
                if (roll == 3 && random.nextBoolean()) {
                    q.append('&').append(param.getKey()).append('=').append(wire(random, gen(ODD, random))); // repeated
                }
            }
            if (random.nextInt(8) == 0) {
                q.append(q.isEmpty() ? "?" : "&").append(onTheWire(gen(ODD, random))); // a stray one
            }
            return q.toString();
        }

        private static final Arbitrary<String> NUM = NUMBER;
        private static final Arbitrary<String> TYPE_LIST = Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.of(TYPES)),
            Tuple.of(1, Arbitraries.of(TYPES).list().ofMaxSize(2000).map(l -> String.join(",", l))));
        private static final Arbitrary<String> CURSOR = Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/")
                .ofMaxLength(400)),
            Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(300)
                .map(b -> java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b))),
            Tuple.of(1, Arbitraries.strings().all().ofMaxLength(100)
                .map(s -> java.util.Base64.getUrlEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)))));
        private static final Arbitrary<String> NAME = Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.of("Fuzzwood", "Fuzzwood Fund", "a", "", "%", "_", "\\")),
            Tuple.of(1, Arbitraries.of(LUCENE)), Tuple.of(1, Arbitraries.of(SQLISH)));
        private static final Arbitrary<String> ENTITY_TYPE = Arbitraries.of("ORGANIZATION", "PERSON", "person", "LEGISLATION",
            "CAMPAIGN", "FUNDING", "NOPE", "");
        private static final Arbitrary<String> FORMAT = Arbitraries.of("ndjson", "ftm", "FTM", "json", "csv", "");

        static Input next(Random random, Seeds seeds) {
            int pick = random.nextInt(100);
            Map<String, String> headers = new TreeMap<>();
            String entity = wire(random, id(random, seeds.entities()));
            if (pick < 10) {
                return get("malformed id", "GET /entities/{id}", "/api/v1/entities/" + entity);
            }
            if (pick < 16) {
                return get("odd query", "GET /entities", "/api/v1/entities" + query(random, Map.of("name", NAME,
                    "type", ENTITY_TYPE, "page", NUM, "size", NUM)));
            }
            if (pick < 20) {
                return get("malformed id", "GET /entities/{id}/history", "/api/v1/entities/" + entity + "/history");
            }
            if (pick < 28) {
                return get("odd query", "GET /entities/{id}/graph", "/api/v1/entities/" + entity + "/graph"
                    + query(random, Map.of("depth", NUM, "types", TYPE_LIST, "limit", NUM)));
            }
            if (pick < 33) {
                return get("odd query", "GET /entities/{id}/interlocks", "/api/v1/entities/" + entity + "/interlocks"
                    + query(random, Map.of("via", TYPE_LIST, "limit", NUM)));
            }
            if (pick < 37) {
                return get("malformed id", "GET /entities/{id}/funding", "/api/v1/entities/" + entity + "/funding");
            }
            if (pick < 44) {
                return get("odd query", "GET /entities/{id}/relationships", "/api/v1/entities/" + entity + "/relationships"
                    + query(random, Map.of("type", TYPE_LIST, "cursor", CURSOR, "size", NUM)));
            }
            if (pick < 48) {
                return get("malformed id", "GET /relationships/{id}", "/api/v1/relationships/" + wire(random, id(random, seeds.ties())));
            }
            if (pick < 52) {
                return get("malformed id", "GET /documents/{id}", "/api/v1/documents/" + wire(random, id(random, seeds.documents())));
            }
            if (pick < 56) {
                return get("odd query", "GET /paths", "/api/v1/paths?from=" + pick(seeds.entities(), random) + "&to="
                    + pick(seeds.entities(), random) + more(query(random, Map.of("maxHops", NUM, "types", TYPE_LIST, "k", NUM))));
            }
            if (pick < 60) {
                Arbitrary<String> ids = Arbitraries.of(seeds.entities());
                return get("odd query", "GET /paths", "/api/v1/paths" + query(random, Map.of("from", ids, "to", ids,
                    "maxHops", NUM, "types", TYPE_LIST, "k", NUM)));
            }
            if (pick < 62) {
                return get("odd query", "GET /export", "/api/v1/export" + query(random, Map.of("format", FORMAT)));
            }
            if (pick < 64) {
                return get("unknown path", "GET (unknown)", "/" + onTheWire(gen(ODD, random)));
            }
            // the corrections
            headers.putAll(auth(random));
            if (random.nextInt(3) == 0) {
                headers.put("If-Match", ifMatch(random));
            }
            String contentType = random.nextInt(4) == 0 ? pick(CONTENT_TYPES, random) : "application/json";
            String tie = wire(random, id(random, seeds.ties()));
            String other = random.nextBoolean() ? pick(seeds.entities(), random) : id(random, seeds.entities());
            return switch (random.nextInt(7)) {
                case 0 -> write(random, "POST /entities/{id}/merge", "POST", "/api/v1/entities/" + entity + "/merge", headers,
                    contentType, "{\"other\":" + quote(other) + "}");
                case 1 -> write(random, "POST /entities/{id}/split", "POST", "/api/v1/entities/" + entity + "/split", headers,
                    contentType, "{\"names\":[\"Fuzzwood Fund\",\"FWF\"],\"documents\":[" + quote(pick(seeds.documents(), random))
                        + "]}");
                case 2 -> write(random, "PATCH /entities/{id}", "PATCH", "/api/v1/entities/" + entity, headers, contentType,
                    "{\"name\":\"Fuzzwood Renamed\",\"attributes\":{\"founded\":\"1977\",\"gone\":null},\"addAliases\":[\"FW\"],"
                        + "\"removeAliases\":[\"FWF\"]}");
                case 3 -> write(random, "PATCH /relationships/{id}", "PATCH", "/api/v1/relationships/" + tie, headers, contentType,
                    "{\"role\":\"treasurer\",\"start\":\"2001-02-03\",\"end\":null,\"current\":true,\"amount\":800,"
                        + "\"currency\":\"USD\"}");
                case 4 -> write(random, "POST /relationships/{id}/wrong", "POST", "/api/v1/relationships/" + tie + "/wrong", headers,
                    contentType, "{\"reason\":\"not so\"}");
                case 5 -> new Input("delete", "DELETE /entities/{id}", "DELETE", "/api/v1/entities/" + entity, headers, null, null);
                default -> new Input("delete", "DELETE /relationships/{id}", "DELETE", "/api/v1/relationships/" + tie, headers, null,
                    null);
            };
        }

        static Input get(String kind, String endpoint, String target) {
            return new Input(kind, endpoint, "GET", target, Map.of(), null, null);
        }

        static Map<String, String> auth(Random random) {
            return switch (pick(TOKENS, random)) {
                case "editor" -> Map.of("Authorization", "Bearer " + TestTokens.forRole(Roles.EDITOR));
                case "reader" -> Map.of("Authorization", "Bearer " + TestTokens.forRole(Roles.INGEST));
                case "admin" -> Map.of("Authorization", "Bearer " + TestTokens.forRole(Roles.ADMIN));
                case "garbage" -> Map.of("Authorization", "Bearer " + onTheWire(gen(RAW, random)).replaceAll("[\\r\\n]", ""));
                default -> Map.of();
            };
        }

        static String ifMatch(Random random) {
            return switch (random.nextInt(6)) {
                case 0 -> "\"1\"";
                case 1 -> "W/\"" + gen(NUMBER, random).replaceAll("[\\x00-\\x1f\\x7f-\\uffff]", "") + "\"";
                case 2 -> "*";
                case 3 -> "\"" + "9".repeat(1 + random.nextInt(400)) + "\"";
                case 4 -> "\"-1\"";
                default -> gen(PUNCTUATION, random).replaceAll("[\\x00-\\x1f\\x7f-\\uffff]", "");
            };
        }

        /** A JSON body as meant, mutated, the wrong shape, deeply nested, huge, or not JSON at all. */
        static Input write(Random random, String endpoint, String method, String target, Map<String, String> headers,
                           String contentType, String good) {
            int roll = random.nextInt(100);
            String kind;
            byte[] body;
            if (roll < 15) {
                kind = "valid body";
                body = good.getBytes(StandardCharsets.UTF_8);
            } else if (roll < 40) {
                kind = "mutated json";
                body = mutate(good, random).getBytes(StandardCharsets.UTF_8);
            } else if (roll < 60) {
                kind = "wrong json shape";
                body = pick(SHAPES, random).getBytes(StandardCharsets.UTF_8);
            } else if (roll < 68) {
                kind = "deep json";
                int depth = 1 + random.nextInt(100_000);
                String open = random.nextBoolean() ? "[" : "{\"other\":";
                body = (open.repeat(depth) + (random.nextBoolean() ? "" : "1" + (open.equals("[") ? "]" : "}").repeat(depth)))
                    .getBytes(StandardCharsets.UTF_8);
            } else if (roll < 75) {
                kind = "huge json";
                body = huge(random).getBytes(StandardCharsets.UTF_8);
            } else if (roll < 83) {
                kind = "random bytes";
                body = gen(Arbitraries.bytes().array(byte[].class).ofMaxSize(4096), random);
            } else if (roll < 91) {
                kind = "bad encoding";
                byte[] json = good.getBytes(StandardCharsets.UTF_8);
                body = json.clone();
                for (int e = 1 + random.nextInt(6); e > 0; e--) {
                    body[random.nextInt(body.length)] = (byte) (0x80 + random.nextInt(0x80));
                }
                if (random.nextBoolean()) {
                    body = good.getBytes(random.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.ISO_8859_1);
                }
            } else if (roll < 97) {
                kind = "no body";
                body = random.nextBoolean() ? null : new byte[0];
            } else {
                kind = "oversized body";
                body = new byte[10 * 1024 * 1024 + 1 + random.nextInt(1024)];
                java.util.Arrays.fill(body, (byte) ' ');
            }
            return new Input(kind, endpoint, method, target, headers, contentType, body);
        }

        static final String[] SHAPES = {"null", "[]", "{}", "\"x\"", "1", "true", "{\"other\":5}", "{\"other\":null}",
            "{\"other\":[\"a\"]}", "{\"other\":{\"id\":\"x\"}}", "{\"names\":\"x\"}", "{\"names\":[]}", "{\"names\":[null]}",
            "{\"names\":[1,2]}", "{\"names\":[\"\"]}", "{\"names\":[\"x\"],\"documents\":[null]}", "{\"names\":[\"x\"],\"documents\":\"d\"}",
            "{\"attributes\":{\"a\":{\"b\":1}}}", "{\"attributes\":[1]}", "{\"attributes\":{\"\":\"\"}}", "{\"name\":\"\"}",
            "{\"name\":\"   \"}", "{\"name\":null}", "{\"name\":123}", "{\"addAliases\":[null]}", "{\"removeAliases\":{}}",
            "{\"amount\":\"lots\"}", "{\"amount\":1e400}", "{\"amount\":-1e400}", "{\"amount\":NaN}", "{\"amount\":-5}",
            "{\"amount\":99999999999999999999999999999999999999}", "{\"start\":\"yesterday\"}", "{\"start\":\"2001-13-45\"}",
            "{\"end\":123}", "{\"current\":\"maybe\"}", "{\"currency\":\"\u20ac\u20ac\u20ac\u20ac\"}", "{\"role\":{}}",
            "{\"unknown\":1}", "{\"id\":\"x\",\"version\":3}", "{\"reason\":[1]}", "{\"reason\":null}", "{\"other\":\"a\",\"other\":\"b\"}",
            "{\"other\":\"x\"} trailing", "{\"other\":\"x\"", "{'other':'x'}", "{other:x}", "\u0000", "{\"a\":\"\\ud800\"}",
            "{\"a\":\"\\u00\"}", "{\"a\":\"\\q\"}", "/* c */ {}", "{\"__proto__\":{}}", "{\"amount\":1e-400}",
            "{\"amount\":123456789012345678901234567890.123456789}", "{\"currency\":\"" + "X".repeat(5000) + "\"}"};

        static String huge(Random random) {
            return switch (random.nextInt(4)) {
                case 0 -> "{\"other\":\"" + "a".repeat(1 + random.nextInt(5_000_000)) + "\"}";
                case 1 -> "{\"names\":[" + "\"n\",".repeat(1 + random.nextInt(500_000)) + "\"n\"]}";
                case 2 -> "{\"amount\":" + "9".repeat(1 + random.nextInt(2_000_000)) + "}";
                default -> {
                    StringBuilder s = new StringBuilder("{\"attributes\":{");
                    for (int i = random.nextInt(200_000); i >= 0; i--) {
                        s.append("\"k").append(i).append("\":\"v\",");
                    }
                    yield s.append("\"z\":\"v\"}}").toString();
                }
            };
        }

        static String quote(String s) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.append('"').toString();
        }
    }
}
