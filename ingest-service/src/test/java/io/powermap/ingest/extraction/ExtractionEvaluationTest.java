package io.powermap.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.powermap.ingest.extraction.eval.EvaluationMain;

/**
 * Extraction quality floors per corpus, micro-averaged F1 as {@link EvaluationMain} computes it. These
 * are floors, set below the measured scores so that a change that loses quality fails while the
 * rules can still move: {@code deploy/samples} (the tuning set), {@code deploy/samples/holdout}
 * (never tuned on), and each {@code deploy/samples/blind-N} that exists, whose floors are in its own
 * {@code floors.properties} ({@code entity.f1}, {@code relationship.f1}); a blind set without that
 * file is skipped. In-process, no Quarkus.
 */
class ExtractionEvaluationTest {

    private static final Pattern BLIND = Pattern.compile("blind-(\\d+)");
    static final String FLOORS_FILE = "floors.properties";

    record Floors(double entityF1, double relationshipF1) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "entity F1 >= %.2f, relationship F1 >= %.2f", entityF1, relationshipF1);
        }
    }

    static Stream<Arguments> corpora() throws IOException {
        Path samples = samples();
        List<Arguments> corpora = new ArrayList<>();
        corpora.add(Arguments.of("deploy/samples", samples, new Floors(0.90, 0.72)));
        corpora.add(Arguments.of("deploy/samples/holdout", samples.resolve("holdout"), new Floors(0.87, 0.68)));
        if (Files.isDirectory(samples)) {
            try (Stream<Path> dirs = Files.list(samples)) {
                dirs.filter(Files::isDirectory)
                    .filter(d -> BLIND.matcher(d.getFileName().toString()).matches())
                    .sorted(Comparator.comparingLong(ExtractionEvaluationTest::blindNumber))
                    .forEach(d -> corpora.add(Arguments.of("deploy/samples/" + d.getFileName(), d, null)));
            }
        }
        return corpora.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void shouldStayAboveItsQualityFloors(String name, Path corpus, Floors fixed) throws IOException {
        assertTrue(Files.isDirectory(corpus), name + " is missing (looked in " + corpus.toAbsolutePath().normalize() + ")");
        Floors floors = fixed != null ? fixed : floorsOf(name, corpus);
        System.out.println("== " + name + " (floors: " + floors + ")");
        EvaluationMain.Result result = EvaluationMain.evaluate(corpus, System.out, false);
        assertTrue(result.documents() > 0, name + " has no documents with a .gold.json beside them");
        double entityF1 = result.entities().f1();
        double relationshipF1 = result.relationships().f1();
        assertAll(name,
            () -> assertTrue(entityF1 >= floors.entityF1(),
                String.format(Locale.ROOT, "%s: entity F1 %.4f below its floor %.2f", name, entityF1, floors.entityF1())),
            () -> assertTrue(relationshipF1 >= floors.relationshipF1(),
                String.format(Locale.ROOT, "%s: relationship F1 %.4f below its floor %.2f", name, relationshipF1,
                    floors.relationshipF1())));
    }

    /** A blind set's floors from its floors.properties; skips the set when there is none. */
    static Floors floorsOf(String name, Path corpus) throws IOException {
        Path file = corpus.resolve(FLOORS_FILE);
        if (!Files.isRegularFile(file)) {
            String why = name + " skipped: it has no " + FLOORS_FILE + " (keys entity.f1 and relationship.f1, the F1 floors"
                + " to assert on this set)";
            System.out.println("== " + why);
            Assumptions.abort(why);
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        return new Floors(floor(p, "entity.f1", file), floor(p, "relationship.f1", file));
    }

    private static double floor(Properties p, String key, Path file) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            return fail(file + " has no " + key);
        }
        double d;
        try {
            d = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return fail(file + ": " + key + "=" + value + " is not a number");
        }
        if (!(d >= 0 && d <= 1)) {
            return fail(file + ": " + key + "=" + value + " is not between 0 and 1");
        }
        return d;
    }

    private static long blindNumber(Path dir) {
        Matcher m = BLIND.matcher(dir.getFileName().toString());
        if (!m.matches()) {
            return Long.MAX_VALUE;
        }
        try {
            return Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** deploy/samples: from the project root surefire passes, else from the module or the root directory. */
    private static Path samples() {
        String root = System.getProperty("powermap.project.root");
        if (root != null && !root.isBlank() && Files.isDirectory(Paths.get(root, "deploy", "samples"))) {
            return Paths.get(root, "deploy", "samples");
        }
        Path fromModule = Paths.get("../deploy/samples");
        return Files.isDirectory(fromModule) || !Files.isDirectory(Paths.get("deploy/samples")) ? fromModule
            : Paths.get("deploy/samples");
    }
}
