package io.powermap.ingest.extraction.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.powermap.contract.NameKeys;
import io.powermap.ingest.extraction.DocumentExtractor;
import io.powermap.ingest.extraction.DocumentRejectedException;
import io.powermap.ingest.extraction.relations.learned.PairCandidate;
import io.powermap.ingest.extraction.relations.learned.PairJudge;
import io.powermap.ingest.extraction.relations.learned.PairModel;
import io.powermap.ingest.extraction.relations.learned.PairVerdict;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the pair model from gold corpora: every pair of entities a sentence names (as the extractor
 * reads them, with the rules' facts) is an example, labelled with the gold relationship between the
 * two ("FUNDING>" when the earlier one is the source) or NONE. Then optionally scores other corpora
 * with the new model at several thresholds, so a threshold is chosen on text the model never saw.
 *
 * <pre>java ... PairTraining --out FILE [--test DIR ...] --train DIR ...</pre>
 * The product's model is {@code src/main/resources/extraction/pair-model.bin.gz} (README, "Learned pairs").
 */
public final class PairTraining {


    public static void main(String[] args) throws IOException {
        TrainingRun.Args run = TrainingRun.parse(args, "PairTraining");
        MaxentModel model = TrainingRun.build(run, PairTraining::events, Integer.getInteger("pairs.cutoff", 8));
        List<Path> test = run.test();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        for (Path dir : test) {
            EvaluationMain.Result rules = EvaluationMain.evaluate(dir, quiet, false, null, new DocumentExtractor(2_000_000, PairJudge.NONE));
            System.out.printf(Locale.ROOT, "%-12s rules only      rel P/R/F1 %s%n", dir.getFileName(), prf(rules.relationships()));
            for (double threshold : thresholds()) {
                EvaluationMain.Result r = EvaluationMain.evaluate(dir, quiet, false, null,
                    new DocumentExtractor(2_000_000, new PairModel(model, threshold)));
                System.out.printf(Locale.ROOT, "%-12s threshold %.2f  rel P/R/F1 %s%n", dir.getFileName(), threshold, prf(r.relationships()));
            }
        }
    }

    /** The thresholds to score, {@code -Dpairs.thresholds=0.3,0.5}. */
    private static double[] thresholds() {
        return java.util.Arrays.stream(System.getProperty("pairs.thresholds", "0.25,0.3").split(","))
            .mapToDouble(Double::parseDouble).toArray();
    }

    static String prf(EvaluationMain.Score s) {
        return String.format(Locale.ROOT, "%.3f/%.3f/%.3f (%d of %d, gold %d)", s.precision(), s.recall(), s.f1(),
            s.truePositives(), s.extracted(), s.gold());
    }

    /**
     * Maximum entropy with L-BFGS; a feature seen fewer than {@code cutoff} times is dropped. The pair
     * model's is 8 ({@code -Dpairs.cutoff}): on blind-10/11 cutoffs 2, 8 and 16 scored within 0.005 of
     * each other, and 8 keeps a model a quarter the size of 2's (1.1 against 4.2 MB), read faster for every pair.
     */
    static MaxentModel train(List<Event> events, int cutoff) throws IOException {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        p.put(TrainingParameters.ITERATIONS_PARAM, 300);
        p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        p.put("L2Cost", Double.parseDouble(System.getProperty("pairs.l2", "1.0")));
        p.put("L1Cost", 0.0);
        p.put(TrainingParameters.THREADS_PARAM, 2);
        EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
        return trainer.train(ObjectStreamUtils.createObjectStream(events));
    }

    /** One event per candidate pair of every document of {@code dir} that has gold. */
    static List<Event> events(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> EvaluationMain.mediaType(p) != null && Files.exists(EvaluationMain.goldFor(p))).sorted().forEach(docs::add);
        }
        List<Event> events = new ArrayList<>();
        int goldCount = 0;
        Set<String> covered = new java.util.HashSet<>();
        for (Path doc : docs) {
            JsonNode gold = json.readTree(EvaluationMain.goldFor(doc).toFile());
            List<PairCandidate> seen = new ArrayList<>();
            PairJudge recorder = new PairJudge() {
                @Override
                public List<PairVerdict> judge(PairCandidate c) {
                    c.features(); // now, while the document's state is the rules' alone
                    seen.add(c);
                    return List.of();
                }

                @Override
                public boolean readsEveryPair() {
                    return true;
                }
            };
            try {
                new DocumentExtractor(2_000_000, recorder).extract(Files.readAllBytes(doc), EvaluationMain.mediaType(doc), doc.toUri().toString());
            } catch (DocumentRejectedException e) {
                continue;
            }
            Map<String, String> goldName = new HashMap<>();
            for (JsonNode g : gold.path("entities")) {
                String name = g.path("name").asText();
                goldName.putIfAbsent(NameKeys.of(name), name);
                for (JsonNode a : g.path("aliases")) {
                    goldName.putIfAbsent(NameKeys.of(a.asText()), name);
                }
            }
            Map<String, List<String>> goldTies = new HashMap<>();
            for (JsonNode r : gold.path("relationships")) {
                goldCount++;
                String s = r.path("source").asText();
                String t = r.path("target").asText();
                goldTies.computeIfAbsent(s + "\u0000" + t, k -> new ArrayList<>()).add(r.path("type").asText() + ">");
                goldTies.computeIfAbsent(t + "\u0000" + s, k -> new ArrayList<>()).add(r.path("type").asText() + "<");
            }
            for (PairCandidate c : seen) {
                String a = gold(c.first(), goldName);
                String b = gold(c.second(), goldName);
                List<String> ties = a == null || b == null ? List.of() : goldTies.getOrDefault(a + "\u0000" + b, List.of());
                String[] context = c.features().toArray(new String[0]);
                if (ties.isEmpty()) {
                    events.add(new Event(PairJudge.NONE_LABEL, context));
                }
                for (String label : ties) {
                    events.add(new Event(label, context));
                    covered.add(doc + "|" + label.substring(0, label.length() - 1) + "|"
                        + (label.endsWith(">") ? a + "|" + b : b + "|" + a));
                }
            }
        }
        System.out.println("coverage " + dir.getFileName() + ": " + covered.size() + " of " + goldCount
            + " gold relationships have a candidate pair");
        return events;
    }

    private static String gold(EntityDraft e, Map<String, String> goldName) {
        Set<String> names = e.allNames();
        for (String n : names) {
            String g = goldName.get(NameKeys.of(n));
            if (g != null) {
                return g;
            }
        }
        return null;
    }

    private PairTraining() {
    }
}
