package io.powermap.ingest.rest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import io.powermap.contract.access.Roles;
import io.powermap.ingest.format.Documents;
import io.powermap.testsupport.KafkaBrokerResource;
import io.powermap.testsupport.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import io.powermap.testsupport.RawHttp;

/**
 * Hostile input at every REST endpoint of ingest-service, generated with jqwik's arbitraries and sent
 * over HTTP to the running service: random and mutated bytes, truncated and corrupted PDF, DOCX and
 * ZIP, deep and wide HTML, huge tables, bad and lying encodings, invalid UTF-8, oversized and odd
 * query parameters, malformed ids. Every answer must be below 500 (a busy 503 with Retry-After, which
 * a slow broker on a loaded machine can cause, is sent again as it asks, up to {@value #BUSY_RETRIES}
 * times), a refusal must be problem+json
 * without a stack trace or class name, and no request may outlive the time limit by much.
 *
 * <p>The short run (part of the test command) sends {@value #DEFAULT_TRIES} inputs; the long run is
 * {@code ./mvnw -B -o -pl ingest-service test -Dtest=HostileInputFuzzTest -Dpowermap.fuzz.tries=10000}
 * (add {@code -Dpowermap.fuzz.seed=N} to replay a run). Failing inputs are written to
 * {@code target/fuzz-failures/} and become cases in {@link HostileInputRegressionTest}.
 */
@QuarkusTest
@TestProfile(HostileInputFuzzTest.Limits.class)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
class HostileInputFuzzTest {

    static final int DEFAULT_TRIES = 120;
    /** The time limit of this profile: a parse past it is stopped, and the caller answered. */
    static final int LIMIT_SECONDS = 5;
    /** What a request may take beyond the limit on a loaded two-core machine before it counts as a hang. */
    static final int HANG_SECONDS = LIMIT_SECONDS + 25;
    /** How often an input answered with a busy 503 is sent again before the 503 counts as a failure. */
    static final int BUSY_RETRIES = 3;

    public static class Limits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("powermap.ingest.time-limit", LIMIT_SECONDS + "s");
        }
    }

    private static final String[] TYPES = {"text/plain", "text/plain; charset=utf-8", "text/plain; charset=UTF-16",
        "text/plain; charset=x-no-such-charset", "text/plain; charset=\"", "text/html", "text/html; charset=windows-1252",
        "text/html; charset=utf-32", "application/xhtml+xml", "text/markdown", "text/x-markdown", "application/pdf",
        Documents.DOCX, "application/octet-stream", "application/zip", "image/png", "text/plain;;;;", ";", "/",
        "application/pdf; charset=utf-8", "multipart/form-data; boundary=x", "*/*", "text/\u00e9", ""};

    @Test
    void shouldNeverAnswer5xxHangOrLeakInternalsOnHostileInput() throws Exception {
        int tries = Integer.getInteger("powermap.fuzz.tries", DEFAULT_TRIES);
        long seed = Long.getLong("powermap.fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, Integer> kinds = new TreeMap<>();
        long started = System.nanoTime();
        long slowest = 0;
        JqwikSession.start();
        try {
            for (int i = 0; i < tries; i++) {
                Input input = Inputs.next(random);
                kinds.merge(input.kind(), 1, Integer::sum);
                long t = System.nanoTime();
                String problem;
                int status;
                try {
                    RawHttp.Answer answer = send(input);
                    // a 503 with Retry-After says the broker or the worker line is busy, not that the input broke
                    // anything: send it again as the answer asks, and judge the answer that follows
                    for (int again = 0; again < BUSY_RETRIES && busy(answer); again++) {
                        kinds.merge("sent again after a busy 503", 1, Integer::sum);
                        Thread.sleep(1000L * Math.min(10, Long.parseLong(answer.headers().get("retry-after").trim())));
                        t = System.nanoTime();
                        answer = send(input);
                    }
                    status = answer.status();
                    problem = Verdict.of(answer, requestLineLength(input));
                    if (problem != null && Verdict.unroutable(target(input), answer)) {
                        problem = null;
                        kinds.merge("refused by Vert.x before routing (empty 400)", 1, Integer::sum);
                    }
                } catch (IOException e) {
                    status = -1;
                    // a body over the limit is refused while it is still being sent: the connection closes under the client
                    problem = input.kind().equals("oversized body") && causedBy(e, java.net.SocketException.class) ? null
                        : "no answer: " + e;
                }
                long ms = (System.nanoTime() - t) / 1_000_000;
                slowest = Math.max(slowest, ms);
                if (problem == null && ms > HANG_SECONDS * 1000L) {
                    problem = "answered after " + ms + " ms";
                }
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

    /** A refusal for load, with the wait the client is told to keep: the one 5xx a client is asked to retry. */
    static boolean busy(RawHttp.Answer answer) {
        String wait = answer.headers().get("retry-after");
        return answer.status() == 503 && wait != null && wait.trim().matches("\\d{1,3}");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Keeps a string as it is where a request line may carry it, so '%zz' and '../' reach the service raw; encodes it otherwise. */
    static String onTheWire(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7F || c == '#') {
                return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
            }
        }
        return s;
    }

    static String target(Input input) {
        return input.endpoint().startsWith("GET") ? "/api/v1/documents/" + onTheWire(input.path())
            : input.endpoint().substring(5) + (input.query() == null ? "" : "?sourceUri=" + onTheWire(input.query()));
    }

    static int requestLineLength(Input input) {
        return input.endpoint().startsWith("GET") ? onTheWire(input.path()).length() + 40
            : input.query() == null ? 40 : onTheWire(input.query()).length() + 60;
    }

    static RawHttp.Answer send(Input input) throws IOException {
        Map<String, String> headers = new TreeMap<>();
        if (input.endpoint().startsWith("GET")) {
            return RawHttp.send(RestAssured.port, "GET", "/api/v1/documents/" + onTheWire(input.path()), headers, null,
                HANG_SECONDS * 1000);
        }
        if (input.endpoint().equals("POST /api/v1/documents")) {
            headers.put("Authorization", "Bearer " + TestTokens.forRole(Roles.INGEST));
        }
        if (input.contentType() != null) {
            headers.put("Content-Type", input.contentType());
        }
        String target = input.endpoint().substring(5) + (input.query() == null ? "" : "?sourceUri=" + onTheWire(input.query()));
        return RawHttp.send(RestAssured.port, "POST", target, headers, input.body(), HANG_SECONDS * 1000);
    }

    private static String save(long seed, int index, Input input, String problem) {
        try {
            Path dir = Path.of("target", "fuzz-failures");
            Files.createDirectories(dir);
            String name = seed + "-" + index;
            Files.write(dir.resolve(name + ".body"), input.body() == null ? new byte[0] : input.body());
            Files.writeString(dir.resolve(name + ".txt"), input.endpoint() + "\ncontent-type: " + input.contentType()
                + "\nsourceUri: " + input.query() + "\npath: " + input.path() + "\nkind: " + input.kind() + "\nproblem: " + problem + "\n");
            return name + " (" + input.kind() + ", " + input.endpoint() + "): " + problem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One request: endpoint, body, content type, sourceUri query parameter, and id path for GET. */
    record Input(String kind, String endpoint, byte[] body, String contentType, String query, String path) {
    }

    /** What makes an answer wrong. */
    static final class Verdict {
        /**
         * The one empty answer accepted: Vert.x's HTTP decoder refuses a URI that is not one (a bad
         * percent escape, a raw quote or backslash) with an empty 400 before any route can answer.
         */
        static boolean unroutable(String target, RawHttp.Answer answer) {
            if (answer.status() != 400 || answer.body().length > 0) {
                return false;
            }
            try {
                new java.net.URI(target);
                return false;
            } catch (java.net.URISyntaxException e) {
                return true;
            }
        }

        /** Vert.x answers a request line over quarkus.http.limits.max-initial-line-length before any route can. */
        static final int LONGEST_REQUEST_LINE = 65_536;

        static String of(RawHttp.Answer answer, int requestLine) {
            int status = answer.status();
            if (status == 414 && requestLine > LONGEST_REQUEST_LINE) {
                return null;
            }
            String body = answer.text();
            if (status >= 500) {
                return "status " + status + ": " + abbreviate(body);
            }
            if (status >= 400) {
                String type = answer.contentType();
                if (type == null || !type.startsWith("application/problem+json")) {
                    return "status " + status + " without problem+json (" + type + "): " + abbreviate(body);
                }
            }
            if (status >= 400 && (body.contains("Exception") || body.contains("\tat ") || body.contains("io.powermap.")
                    || body.contains("org.apache.") || body.contains("java."))) {
                return "status " + status + " leaks internals: " + abbreviate(body);
            }
            return null;
        }

        private static String abbreviate(String s) {
            return s.length() > 300 ? s.substring(0, 300) + "..." : s;
        }
    }

    /** The generators, built on jqwik's arbitraries. */
    static final class Inputs {
        private static final byte[] PDF = Documents.pdf(Documents.LINES);
        private static final byte[] DOCX = Documents.docx(Documents.LINES);
        private static final byte[] HTML = ("<html><head><title>Northgate Youth Council</title></head><body><h1>Northgate "
            + "Youth Council</h1><p>The Northgate Youth Council was founded in 2003 by Priscilla Hadley.</p><table><tr>"
            + "<th>Name</th><th>Role</th></tr><tr><td>Ana Ruiz</td><td>Chair</td></tr></table></body></html>")
            .getBytes(StandardCharsets.UTF_8);
        private static final byte[] TEXT = String.join("\n", Documents.LINES).getBytes(StandardCharsets.UTF_8);
        private static final List<byte[]> SEEDS = List.of(PDF, DOCX, HTML, TEXT);

        private static final Arbitrary<byte[]> RANDOM_BYTES = Arbitraries.bytes().array(byte[].class).ofMaxSize(65_536);
        private static final Arbitrary<String> TYPE = Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(8, Arbitraries.of(TYPES)),
            net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(200).map(t -> t.replaceAll("[\\x00-\\x1f\\x7f]", ""))),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(null)));
        private static final Arbitrary<String> ODD_STRING = Arbitraries.oneOf(
            Arbitraries.strings().all().ofMaxLength(300),
            Arbitraries.strings().ascii().ofMinLength(2_000).ofMaxLength(100_000),
            Arbitraries.strings().withChars("%/.:?#[]@!$&'()*+,;=\\ \u0000\ud800\u00e9<>\"{}|^`").ofMaxLength(500),
            Arbitraries.of("https://example.org/a", "http://", "file:///etc/passwd", "../../etc/passwd", "%", "%zz", "%00",
                "%C0%AF", "%ED%A0%80", "a%2Fb", "..%2F..%2F", "javascript:alert(1)", "https://example.org/" + "a".repeat(3000)));

        static Input next(Random random) {
            int pick = random.nextInt(100);
            String endpoint = random.nextBoolean() ? "POST /api/v1/extract" : "POST /api/v1/documents";
            String query = random.nextInt(4) == 0 ? gen(ODD_STRING, random) : null;
            if (pick < 12) {
                return new Input("malformed id", "GET /api/v1/documents/{id}", null, null, null, gen(ODD_STRING, random));
            }
            if (pick < 27) {
                return new Input("random bytes", endpoint, gen(RANDOM_BYTES, random), gen(TYPE, random), query, null);
            }
            if (pick < 52) {
                byte[] seed = SEEDS.get(random.nextInt(SEEDS.size()));
                String type = random.nextInt(3) == 0 ? gen(TYPE, random) : typeOf(seed);
                return new Input("mutated " + typeName(seed), endpoint, mutate(seed, random), type, query, null);
            }
            if (pick < 60) {
                return new Input("corrupt zip", endpoint, corruptZip(random), random.nextBoolean() ? Documents.DOCX
                    : "application/octet-stream", query, null);
            }
            if (pick < 70) {
                return new Input("deep or wide html", endpoint, deepOrWideHtml(random), random.nextBoolean() ? "text/html"
                    : null, query, null);
            }
            if (pick < 75) {
                return new Input("huge table", endpoint, hugeTable(random), random.nextBoolean() ? "text/html" : "text/markdown",
                    query, null);
            }
            if (pick < 90) {
                return new Input("bad encoding", endpoint, badEncoding(random), gen(TYPE, random), query, null);
            }
            if (pick < 98) {
                return new Input("odd query", endpoint, TEXT, "text/plain", gen(ODD_STRING, random), null);
            }
            return new Input("oversized body", endpoint, new byte[10 * 1024 * 1024 + 1 + random.nextInt(1024)],
                "text/plain", query, null);
        }

        private static <T> T gen(Arbitrary<T> arbitrary, Random random) {
            return arbitrary.generator(1000).next(random).value();
        }

        private static String typeOf(byte[] seed) {
            return seed == PDF ? "application/pdf" : seed == DOCX ? Documents.DOCX : seed == HTML ? "text/html" : "text/plain";
        }

        private static String typeName(byte[] seed) {
            return seed == PDF ? "pdf" : seed == DOCX ? "docx" : seed == HTML ? "html" : "text";
        }

        /** Truncates, flips, inserts, deletes and repeats bytes, a few edits at a time. */
        static byte[] mutate(byte[] seed, Random random) {
            byte[] out = seed.clone();
            int edits = 1 + random.nextInt(8);
            for (int e = 0; e < edits && out.length > 0; e++) {
                int at = random.nextInt(out.length);
                switch (random.nextInt(6)) {
                    case 0 -> out = java.util.Arrays.copyOf(out, at); // truncate
                    case 1 -> out[at] ^= (byte) (1 << random.nextInt(8));
                    case 2 -> out[at] = (byte) random.nextInt(256);
                    case 3 -> { // insert random bytes
                        byte[] junk = new byte[1 + random.nextInt(64)];
                        random.nextBytes(junk);
                        out = splice(out, at, at, junk);
                    }
                    case 4 -> out = splice(out, at, Math.min(out.length, at + 1 + random.nextInt(256)), new byte[0]);
                    default -> { // repeat a chunk many times
                        int end = Math.min(out.length, at + 1 + random.nextInt(64));
                        byte[] chunk = java.util.Arrays.copyOfRange(out, at, end);
                        ByteArrayOutputStream rep = new ByteArrayOutputStream();
                        for (int r = random.nextInt(2000); r >= 0; r--) {
                            rep.writeBytes(chunk);
                        }
                        out = splice(out, at, at, rep.toByteArray());
                    }
                }
            }
            return out;
        }

        private static byte[] splice(byte[] in, int from, int to, byte[] insert) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + insert.length);
            out.write(in, 0, from);
            out.writeBytes(insert);
            out.write(in, to, in.length - to);
            return out.toByteArray();
        }

        /** A DOCX with entries dropped, renamed, garbled or blown up, or a zip of something else entirely. */
        static byte[] corruptZip(Random random) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(DOCX));
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                ZipEntry entry;
                int n = 0;
                while ((entry = in.getNextEntry()) != null) {
                    byte[] data = in.readAllBytes();
                    int action = random.nextInt(10);
                    if (action == 0) {
                        continue; // dropped
                    }
                    String name = action == 1 ? entry.getName() + "x" : entry.getName();
                    zip.putNextEntry(new ZipEntry(name));
                    if (action == 2) {
                        data = mutate(data, random);
                    } else if (action == 3 && entry.getName().endsWith("document.xml")) {
                        // highly compressible padding: inflates a hundredfold
                        String xml = new String(data, StandardCharsets.UTF_8);
                        int body = xml.indexOf("<w:body>");
                        if (body > 0) {
                            data = (xml.substring(0, body + 8) + "<w:p><w:r><w:t>" + "a ".repeat(1 + random.nextInt(3_000_000))
                                + "</w:t></w:r></w:p>" + xml.substring(body + 8)).getBytes(StandardCharsets.UTF_8);
                        }
                    } else if (action == 4) {
                        data = ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;"
                            + "&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><x>&c;&c;&c;</x>")
                            .getBytes(StandardCharsets.UTF_8);
                    }
                    zip.write(data);
                    zip.closeEntry();
                    n++;
                }
                if (n == 0 || random.nextInt(5) == 0) {
                    for (int i = random.nextInt(200); i >= 0; i--) {
                        zip.putNextEntry(new ZipEntry("junk/" + i + ".bin"));
                        byte[] junk = new byte[random.nextInt(512)];
                        random.nextBytes(junk);
                        zip.write(junk);
                        zip.closeEntry();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] zip = out.toByteArray();
            return random.nextInt(3) == 0 ? java.util.Arrays.copyOf(zip, random.nextInt(zip.length + 1)) : zip;
        }

        static byte[] deepOrWideHtml(Random random) {
            StringBuilder html = new StringBuilder("<html><body>");
            String[] tags = {"div", "span", "p", "ul", "li", "table", "b", "a", "section", "blockquote", "td", "tr"};
            if (random.nextBoolean()) {
                int depth = 1 + random.nextInt(200_000);
                String tag = tags[random.nextInt(tags.length)];
                html.append(("<" + tag + ">").repeat(depth)).append("The Harbor Fund was founded in 2001 by Ana Ruiz.");
                if (random.nextBoolean()) {
                    html.append(("</" + tag + ">").repeat(depth));
                }
            } else {
                int width = 1 + random.nextInt(200_000);
                String tag = tags[random.nextInt(tags.length)];
                for (int i = 0; i < width; i++) {
                    html.append('<').append(tag).append('>').append(i % 7 == 0 ? "Ana Ruiz" : "x").append("</").append(tag).append('>');
                }
            }
            return html.toString().getBytes(StandardCharsets.UTF_8);
        }

        static byte[] hugeTable(Random random) {
            int rows = 1 + random.nextInt(5_000);
            int cols = 1 + random.nextInt(60);
            boolean markdown = random.nextBoolean();
            StringBuilder t = new StringBuilder(markdown ? "# Grants\n\n" : "<html><body><table>");
            for (int r = 0; r < rows; r++) {
                t.append(markdown ? "|" : "<tr>");
                for (int c = 0; c < cols; c++) {
                    String cell = c == 0 ? "Fund " + r : c == 1 ? "$" + r + ",000" : "Ana Ruiz " + c;
                    t.append(markdown ? " " + cell + " |" : "<td>" + cell + "</td>");
                }
                t.append(markdown ? "\n" : "</tr>");
                if (markdown && r == 0) {
                    t.append("|").append(" --- |".repeat(cols)).append('\n');
                }
            }
            return t.append(markdown ? "" : "</table></body></html>").toString().getBytes(StandardCharsets.UTF_8);
        }

        /** Invalid UTF-8, overlong forms, surrogates, lying byte order marks, NULs, mixed encodings. */
        static byte[] badEncoding(Random random) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[][] bad = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xFE},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {0},
                {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE, 0, 0}};
            String text = String.join(" ", Documents.LINES);
            if (random.nextInt(4) == 0) {
                out.writeBytes(bad[8 + random.nextInt(3)]); // a byte order mark that may not match
            }
            int pieces = 1 + random.nextInt(400);
            for (int i = 0; i < pieces; i++) {
                if (random.nextInt(3) == 0) {
                    out.writeBytes(bad[random.nextInt(bad.length)]);
                } else {
                    String word = text.substring(random.nextInt(text.length() / 2));
                    word = word.substring(0, Math.min(word.length(), 1 + random.nextInt(40)));
                    java.nio.charset.Charset cs = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
                        StandardCharsets.UTF_16BE, StandardCharsets.ISO_8859_1).get(random.nextInt(4));
                    out.writeBytes(word.getBytes(cs));
                }
            }
            return out.toByteArray();
        }
    }
}
