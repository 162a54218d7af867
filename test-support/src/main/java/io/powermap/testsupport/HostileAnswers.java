package io.powermap.testsupport;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * What the hostile-input fuzz tests of profile- and search-service share: the judgement of an answer
 * (no 5xx; every 4xx problem+json without stack traces or class names), how a value goes on the wire
 * raw or encoded, and the hostile strings both draw from.
 */
public final class HostileAnswers {

    public static final String[] SQLISH = {"' OR '1'='1", "1; DROP TABLE entity; --", "\" OR 1=1 --", "' UNION SELECT * FROM pg_user --",
        "%' AND pg_sleep(30) --", "'); SELECT pg_sleep(30); --", "$1", "?", "\\'", "' || (SELECT version()) || '"};

    public static final String[] LUCENE = {"name:foo*", "\"unbalanced", "(a OR b", "a AND (", "foo~", "foo~2.5", "a~99999999999",
        "[a TO", "{* TO *}", "*", "?", "*:*", "a^1000000000", "/[a-z]+/", "/(a+)+$/", "+-!&&||", "\\", "a\\", "\"\"\"",
        "((((((((((a))))))))))", "name:(\"x\" OR"};

    public static final String[] ESCAPES = {"%", "%zz", "%00", "%0", "%C0%AF", "%ED%A0%80", "%FF%FE", "%F4%90%80%80", "%E2%82",
        "%80", "..", "../..", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "%2e%2e%2f%2e%2e", ".", "%2F", "a%2Fb", "%5C", "%25",
        "%u0000", "\u0000", "a\u0000b", "%0d%0aX-Injected:%201"};

    public static final String[] EMOJI = {"\uD83D\uDE00", "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
        "\u202E", "\uFEFF", "\uD800", "\uDFFF", "\u0301\u0301\u0301"};

    public static final String[] NUMBERS = {"0", "-1", "-2147483648", "2147483647", "2147483648", "9223372036854775807",
        "99999999999999999999999999999", "1e9", "1.5", "NaN", "Infinity", "0x10", "+1", "-0", " 3 ", "", " ", "1,2", "\u0661",
        "00000000000000000000000000003", "3abc", "--1"};

    public static final String[] CONTENT_TYPES = {"application/json", "application/json; charset=utf-8", "application/json; charset=utf-16",
        "application/json; charset=x-no-such-charset", "application/json; charset=\"", "text/plain", "application/xml",
        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream", "*/*", ";", "/",
        "application/json;;;;", "application/merge-patch+json", "text/\u00e9", ""};


    private HostileAnswers() {
    }

    /** Whether {@code kind} is among the causes of {@code e}. */
    public static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    public static String abbreviate(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "..." : s;
    }

    /** Keeps a string as it is where a request line may carry it, so '%zz' and '../' reach the service raw; encodes it otherwise. */
    public static String onTheWire(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7F || c == '#') {
                return URLEncoder.encode(s, StandardCharsets.UTF_8);
            }
        }
        return s;
    }

    /** Mostly percent-encoded, so the value reaches the resource; raw a quarter of the time, to reach Vert.x's URI decoder as it is. */
    public static String wire(Random random, String s) {
        return random.nextInt(4) == 0 ? onTheWire(s) : URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** What makes an answer wrong; the same rules as ingest-service's fuzz test. */

    /**
     * The one empty answer accepted: Vert.x's HTTP decoder refuses a URI that is not one (a bad
     * percent escape, a raw quote or backslash) with an empty 400 before any route can answer.
     */
    public static boolean unroutable(String target, RawHttp.Answer answer) {
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
    public static final int LONGEST_REQUEST_LINE = 65_536;

    /** What is wrong with an answer to a hostile request (a 5xx, a 4xx that is not problem+json or leaks internals), or null. */
    public static String verdict(RawHttp.Answer answer, int targetLength) {
        int status = answer.status();
        if (status == 414 && targetLength + 20 > LONGEST_REQUEST_LINE) {
            return null;
        }
        String body = answer.text();
        if (status >= 500) {
            return "status " + status + ": " + abbreviate(body, 300);
        }
        if (status >= 400) {
            String type = answer.contentType();
            if (type == null || !type.startsWith("application/problem+json")) {
                return "status " + status + " without problem+json (" + type + "): " + abbreviate(body, 300);
            }
            if (body.contains("Exception") || body.contains("\tat ") || body.contains("io.powermap.")
                    || body.contains("org.apache.") || body.contains("java.") || body.contains("com.fasterxml")
                    || body.contains("io.quarkus") || body.contains("io.vertx")) {
                return "status " + status + " leaks internals: " + abbreviate(body, 300);
            }
        }
        return null;
    }
}
