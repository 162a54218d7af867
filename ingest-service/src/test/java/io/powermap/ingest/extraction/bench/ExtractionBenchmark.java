package io.powermap.ingest.extraction.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.powermap.ingest.extraction.DocumentExtractor;
import io.powermap.ingest.extraction.DocumentRejectedException;

/**
 * Single-thread throughput on ~7 KB plain-text dossiers: the corpus's .txt documents padded or
 * trimmed to 7 KB (or generated text when the corpus is absent). Usage: ExtractionBenchmark [corpusDir] [seconds]
 */
public final class ExtractionBenchmark {

    private static final int SIZE = 7 * 1024;

    public static void main(String[] args) throws IOException, DocumentRejectedException {
        Path dir = Paths.get(args.length > 0 ? args[0] : "../deploy/samples");
        if (!Files.isDirectory(dir) && Files.isDirectory(Paths.get("deploy/samples"))) {
            dir = Paths.get("deploy/samples");
        }
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        List<byte[]> docs = documents(dir);
        DocumentExtractor extractor = new DocumentExtractor(1_000_000);
        long warmEnd = System.nanoTime() + 5_000_000_000L;
        int i = 0;
        while (System.nanoTime() < warmEnd) {
            extractor.extract(docs.get(i++ % docs.size()), "text/plain", null);
        }
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        int n = 0;
        long bytes = 0;
        while (System.nanoTime() < end) {
            byte[] d = docs.get(n % docs.size());
            extractor.extract(d, "text/plain", null);
            bytes += d.length;
            n++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("documents: %d in %.2f s (%d distinct, mean %.1f KB)%n", n, elapsed, docs.size(), bytes / 1024.0 / n);
        System.out.printf("throughput: %.1f documents/s on one thread%n", n / elapsed);
        System.out.printf("mean latency: %.3f ms%n", elapsed * 1000 / n);
    }

    static List<byte[]> documents(Path dir) throws IOException {
        List<byte[]> out = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    out.add(sized(Files.readString(p)));
                }
            }
        }
        if (out.isEmpty()) {
            String para = "The Example Civic League was founded in 1990 by Dana Ruiz and Omar Haddad. Its president, "
                + "Lena Fischer, has served since 2012. The Westbrook Foundation gave $2 million to the League in 2019, "
                + "and the group lobbied for the Clean Water Act while it opposed SB 1070.\n\n";
            out.add(sized("Example Civic League (ECL)\n\n" + para));
        }
        return out;
    }

    private static byte[] sized(String text) {
        StringBuilder b = new StringBuilder(text);
        int body = text.indexOf("\n\n");
        String filler = body > 0 ? text.substring(body) : text;
        while (b.length() < SIZE) {
            b.append(filler);
        }
        String s = b.toString();
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > SIZE) {
            int cut = s.lastIndexOf(". ", Math.min(s.length(), SIZE));
            s = s.substring(0, cut > 0 ? cut + 1 : Math.min(s.length(), SIZE));
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private ExtractionBenchmark() {
    }
}
