import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Upload-to-searchable time under load, on a running stack (deploy/local/up). Real documents (the
 * samples: about 30 entities and 30 ties each) flow into ingest-service at a steady background
 * rate; among them, measured documents each carry one new organization named with a word of its
 * own, and a poller asks search-service for all pending words at once until each is found. Prints
 * p50/p90/p99/max over the measured documents and the background rate achieved. Nothing but the
 * JDK: {@code java deploy/bench/Freshness.java --help}; deploy/bench/freshness runs it with the
 * stack's ports and tokens.
 */
public class Freshness {

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        String ingest = o.getOrDefault("ingest", "http://127.0.0.1:8081");
        String search = o.getOrDefault("search", "http://127.0.0.1:8083");
        String ingestToken = o.get("ingest-token");
        String readerToken = o.get("reader-token");
        int measured = Integer.parseInt(o.getOrDefault("measured", "500"));
        double backgroundRate = Double.parseDouble(o.getOrDefault("background-rate", "50"));
        double measuredRate = Double.parseDouble(o.getOrDefault("measured-rate", "4"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup-seconds", "20"));
        Path samples = Path.of(o.getOrDefault("samples", "deploy/samples"));

        List<String[]> documents = new ArrayList<>(); // content type, text
        try (Stream<Path> files = Files.list(samples)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".txt") || (name.endsWith(".md") && !name.equals("ANNOTATION.md"))) {
                    documents.add(new String[] {name.endsWith(".md") ? "text/markdown" : "text/plain", Files.readString(file)});
                }
            }
        }
        if (documents.isEmpty()) {
            throw new IllegalStateException("no .txt or .md documents in " + samples);
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        Random random = new Random();
        AtomicLong sent = new AtomicLong();
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        Map<Integer, Long> refusals = new ConcurrentHashMap<>();
        AtomicLong next = new AtomicLong();

        // the background: a sample with one new organization of its own, every 1/rate s, never waiting for answers
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "background-uploads");
            thread.setDaemon(true);
            return thread;
        });
        long periodMicros = (long) (1_000_000 / backgroundRate);
        timer.scheduleAtFixedRate(() -> {
            String[] doc = documents.get((int) (next.getAndIncrement() % documents.size()));
            sent.incrementAndGet();
            http.sendAsync(upload(ingest, ingestToken, doc[0], doc[1] + newOrganization(word(random, "Bg"))),
                    HttpResponse.BodyHandlers.discarding())
                .whenComplete((response, error) -> {
                    if (error == null && response.statusCode() == 202) {
                        accepted.incrementAndGet();
                    } else {
                        refused.incrementAndGet();
                        refusals.merge(error == null ? response.statusCode() : -1, 1L, Long::sum);
                    }
                });
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
        System.out.printf("background: %d sample documents in turn at %.0f/s; warming up %d s (load %s)%n",
            documents.size(), backgroundRate, warmup, load());
        Thread.sleep(warmup * 1000L);

        // measured documents, and one poller for all of them
        Map<String, Long> pending = new ConcurrentHashMap<>();
        List<long[]> results = new ArrayList<>(); // sent order, upload-to-searchable ms
        Map<String, Integer> order = new ConcurrentHashMap<>();
        String loadBefore = load();
        long acceptedBefore = accepted.get();
        long windowStart = System.nanoTime();
        Thread poller = new Thread(() -> poll(http, search, readerToken, pending, order, results));
        poller.setDaemon(true);
        poller.start();
        long measuredPeriod = (long) (1_000_000_000 / measuredRate);
        long due = System.nanoTime();
        for (int i = 0; i < measured; i++) {
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            due += measuredPeriod;
            String word = word(random, "Lat"); // as deploy/local/latency names them ("Fr..." reads as a title to the extractor)
            String[] doc = documents.get(random.nextInt(documents.size()));
            long start = System.nanoTime();
            order.put(word, i);
            pending.put(word, start);
            try {
                HttpResponse<Void> response = http.send(upload(ingest, ingestToken, doc[0], doc[1] + newOrganization(word)),
                    HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 202) {
                    pending.remove(word);
                    System.out.printf("measured upload %d answered %d%n", i, response.statusCode());
                }
            } catch (IOException e) {
                pending.remove(word);
                System.out.printf("measured upload %d failed: %s%n", i, e);
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        double window = (System.nanoTime() - windowStart) / 1e9;
        long backgroundAccepted = accepted.get() - acceptedBefore;
        timer.shutdownNow();
        String loadAfter = load();

        long[] ms;
        synchronized (results) {
            results.sort((a, b) -> Long.compare(a[0], b[0]));
            ms = results.stream().mapToLong(r -> r[1]).toArray();
        }
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("%nupload to searchable, %d documents measured (%d not found within 60 s):%n", sorted.length,
            pending.size());
        if (sorted.length > 0) {
            System.out.printf("  p50 %d ms  p90 %d ms  p99 %d ms  max %d ms  (mean %.0f ms)%n", at(sorted, 50), at(sorted, 90),
                at(sorted, 99), sorted[sorted.length - 1], Arrays.stream(sorted).average().orElse(0));
            int tenth = Math.max(1, ms.length / 10);
            System.out.printf("  p50 of the first and last tenth sent: %d ms, %d ms (a backlog shows as growth)%n",
                at(sortedCopy(ms, 0, tenth), 50), at(sortedCopy(ms, ms.length - tenth, ms.length), 50));
        }
        System.out.printf("background: %d accepted in %.1f s = %.1f documents/s (asked %.0f/s); refused or failed %d %s%n",
            backgroundAccepted, window, backgroundAccepted / window, backgroundRate, refused.get(), refusals);
        System.out.printf("load average before %s, after %s%n", loadBefore, loadAfter);
        System.exit(0);
    }

    private static void poll(HttpClient http, String search, String token, Map<String, Long> pending,
                             Map<String, Integer> order, List<long[]> results) {
        while (true) {
            try {
                List<String> all = new ArrayList<>(pending.keySet());
                // in batches under search-service's 500-character limit on q (40 words answered 400 to
                // every poll once a backlog left more than about 26 pending, and nothing was ever found)
                for (int from = 0; from < all.size(); from += 20) {
                    List<String> words = all.subList(from, Math.min(all.size(), from + 20));
                    StringBuilder q = new StringBuilder();
                    for (String word : words) {
                        q.append(q.length() == 0 ? "" : " OR ").append('"').append(word).append('"');
                    }
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(search + "/api/v1/search?limit=100&q="
                        + URLEncoder.encode(q.toString(), StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(10));
                    if (token != null) {
                        request.header("Authorization", "Bearer " + token);
                    }
                    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        System.out.printf("search answered %d: %s%n", response.statusCode(), response.body());
                    }
                    String body = response.body();
                    long now = System.nanoTime();
                    for (String word : words) {
                        Long start = pending.get(word);
                        if (start != null && body.contains(word)) {
                            pending.remove(word);
                            synchronized (results) {
                                results.add(new long[] {order.get(word), (now - start) / 1_000_000});
                            }
                        }
                    }
                }
                Thread.sleep(10);
            } catch (IOException e) {
                sleepQuietly();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static HttpRequest upload(String ingest, String token, String contentType, String text) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ingest + "/api/v1/documents"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    /** A paragraph naming one new organization, as deploy/local/latency writes it. */
    private static String newOrganization(String word) {
        // two capitalised words of its own: the extractor cuts a name at a lower-case word (a bare reversed
        // "...taL" left only "Tenants Coalition", one entity for every measured document)
        String reversed = new StringBuilder(word).reverse().toString();
        String second = Character.toUpperCase(reversed.charAt(0)) + reversed.substring(1).toLowerCase(Locale.ROOT);
        return "\n\nThe " + word + " " + second + " Tenants Coalition was founded in 2015 in Denver. "
            + "It opposes the Rent Stabilization Repeal Act.\n";
    }

    private static String word(Random random, String prefix) {
        StringBuilder word = new StringBuilder(prefix);
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static long[] sortedCopy(long[] values, int from, int to) {
        long[] copy = Arrays.copyOfRange(values, from, to);
        Arrays.sort(copy);
        return copy;
    }

    private static long at(long[] sorted, double percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help")) {
                System.out.println("java deploy/bench/Freshness.java [--ingest URL] [--search URL] [--ingest-token T] "
                    + "[--reader-token T] [--measured 500] [--background-rate 50] [--measured-rate 4] "
                    + "[--warmup-seconds 20] [--samples deploy/samples]");
                System.exit(0);
            }
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2).toLowerCase(Locale.ROOT), args[++i]);
            }
        }
        return options;
    }
}
