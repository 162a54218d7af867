package io.powermap.ingest.extraction.eval;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/** What the two trainers share: their arguments, and a model trained from the gold corpora's events and written gzipped. */
final class TrainingRun {

    /** {@code --out FILE [--test DIR ...] --train DIR ...} */
    record Args(Path out, List<Path> train, List<Path> test) {
    }

    /** Example events of one gold corpus folder. */
    @FunctionalInterface
    interface Examples {
        List<Event> of(Path dir) throws IOException;
    }

    static Args parse(String[] args, String tool) {
        Path out = null;
        List<Path> train = new ArrayList<>();
        List<Path> test = new ArrayList<>();
        List<Path> into = train;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Paths.get(args[++i]);
                case "--train" -> into = train;
                case "--test" -> into = test;
                default -> into.add(Paths.get(args[i]));
            }
        }
        if (out == null || train.isEmpty()) {
            System.err.println("usage: " + tool + " --out FILE [--test DIR ...] --train DIR ...");
            System.exit(2);
        }
        return new Args(out, train, test);
    }

    /** Trains on every {@code --train} corpus (printing how many examples of each label) and writes the model to {@code --out}. */
    static MaxentModel build(Args args, Examples examples, int cutoff) throws IOException {
        List<Event> events = new ArrayList<>();
        for (Path dir : args.train()) {
            events.addAll(examples.of(dir));
        }
        Map<String, Integer> labels = new TreeMap<>();
        events.forEach(e -> labels.merge(e.getOutcome(), 1, Integer::sum));
        System.out.println("examples " + events.size() + " " + labels);
        MaxentModel model = PairTraining.train(events, cutoff);
        Path out = args.out();
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(out);
             DataOutputStream data = new DataOutputStream(new GZIPOutputStream(file))) {
            new GenericModelWriter((AbstractModel) model, data).persist();
        }
        System.out.println("model written to " + out + " (" + Files.size(out) + " bytes)");
        return model;
    }

    private TrainingRun() {
    }
}
