import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * On a running local stack, one small document at a time: how long after its upload began the
 * upload was answered, ingest-service's status showed APPLIED (profile-service has it) and
 * SEARCHABLE, and a search found its new organization (polled every 2 ms). JDK only.
 * Usage: java deploy/bench/StageTimes.java DATA_DIR [runs, 20] [ingest port, 8081] [search port, 8083]
 */
public class StageTimes {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String ingest = "http://127.0.0.1:" + (args.length > 2 ? args[2] : "8081");
        String search = "http://127.0.0.1:" + (args.length > 3 ? args[3] : "8083");
        String token = Files.readString(data.resolve("tokens/ingest.jwt")).strip();
        String reader = Files.readString(data.resolve("tokens/reader.jwt")).strip();
        HttpClient http = HttpClient.newHttpClient();
        Random random = new Random();
        List<long[]> all = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            StringBuilder word = new StringBuilder("Lat");
            for (int i = 0; i < 10; i++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            String body = word + " Tenants Coalition\nThe " + word + " Tenants Coalition was founded in 2015 in Denver."
                + " It opposes the Rent Stabilization Repeal Act.";
            long start = System.nanoTime();
            HttpResponse<String> upload = http.send(HttpRequest.newBuilder(URI.create(ingest + "/api/v1/documents"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            long answered = System.nanoTime();
            if (upload.statusCode() != 202) {
                throw new IllegalStateException("upload answered " + upload.statusCode() + ": " + upload.body());
            }
            String id = upload.body().replaceAll("(?s).*\"id\":\"([0-9a-f]+)\".*", "$1");
            long applied = 0;
            long searchable = 0;
            long found = 0;
            while (System.nanoTime() - start < 30_000_000_000L && (searchable == 0 || found == 0)) {
                String status = get(http, ingest + "/api/v1/documents/" + id, null);
                long now = System.nanoTime();
                if (applied == 0 && (status.contains("\"APPLIED\"") || status.contains("\"SEARCHABLE\""))) {
                    applied = now;
                }
                if (searchable == 0 && status.contains("\"SEARCHABLE\"")) {
                    searchable = now;
                }
                if (found == 0 && get(http, search + "/api/v1/search?q=" + word, reader).matches("(?s).*\"total\":[1-9].*")) {
                    found = System.nanoTime();
                }
                Thread.sleep(2);
            }
            long[] ms = {ms(answered - start), ms(applied - start), ms(searchable - start), ms(found - start)};
            all.add(ms);
            System.out.printf("run %2d: upload answered %4d ms, APPLIED %4d ms, SEARCHABLE %4d ms, found by search %4d ms%n",
                r + 1, ms[0], ms[1], ms[2], ms[3]);
            Thread.sleep(300);
        }
        String[] names = {"upload answered", "APPLIED", "SEARCHABLE", "found by search"};
        for (int k = 0; k < names.length; k++) {
            final int column = k;
            long[] sorted = all.stream().mapToLong(x -> x[column]).sorted().toArray();
            System.out.printf("%-16s p50 %4d ms, p90 %4d ms, max %4d ms (after the upload began; %d documents)%n", names[k],
                sorted[sorted.length / 2], sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.9))],
                sorted[sorted.length - 1], sorted.length);
        }
    }

    private static long ms(long nanos) {
        return nanos < 0 ? -1 : nanos / 1_000_000;
    }

    private static String get(HttpClient http, String uri, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
