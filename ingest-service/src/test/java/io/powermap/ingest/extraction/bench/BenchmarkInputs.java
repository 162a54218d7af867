package io.powermap.ingest.extraction.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The inputs of both extraction benchmarks ({@link ExtractionBenchmark}, {@link ExtractionJmh}): the
 * corpus's .txt documents, each cut or padded to 7 KB of plain text, or one generated dossier when
 * the corpus is absent. Shared so the two measure exactly the same documents.
 */
public final class BenchmarkInputs {

    /** Size of each benchmark document, in bytes of UTF-8. */
    public static final int SIZE = 7 * 1024;
    /** The sample corpus as seen from the module directory (surefire, exec:exec, JMH forks). */
    public static final String DEFAULT_CORPUS = "../deploy/samples";
    /** Largest text the benchmarks' extractor accepts. */
    public static final int MAX_TEXT_CHARS = 1_000_000;

    /**
     * The corpus directory: {@code dir} when it exists, else {@code deploy/samples} when Maven runs
     * from the repository root (exec:java keeps the caller's working directory), else {@code dir}.
     */
    public static Path corpus(String dir) {
        Path p = Paths.get(dir == null || dir.isBlank() ? DEFAULT_CORPUS : dir);
        if (!Files.isDirectory(p) && Files.isDirectory(Paths.get("deploy/samples"))) {
            return Paths.get("deploy/samples");
        }
        return p;
    }

    /** The .txt documents of {@code dir} (sorted by name), each cut or padded to {@link #SIZE}. */
    public static List<byte[]> documents(Path dir) throws IOException {
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

    /** Pads with the text's body (after its first blank line) or cuts at a sentence end, to {@link #SIZE}. */
    static byte[] sized(String text) {
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

    private BenchmarkInputs() {
    }
}
