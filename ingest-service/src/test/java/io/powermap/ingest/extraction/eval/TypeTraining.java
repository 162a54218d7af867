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
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.powermap.contract.NameKeys;
import io.powermap.ingest.extraction.DocumentExtractor;
import io.powermap.ingest.extraction.DocumentRejectedException;
import io.powermap.ingest.extraction.lexicon.Gazetteer;
import io.powermap.ingest.extraction.mentions.learned.TypeFeatures;
import io.powermap.ingest.extraction.mentions.learned.TypeJudge;
import io.powermap.ingest.extraction.mentions.learned.TypeModel;
import io.powermap.ingest.extraction.relations.learned.PairModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Trains the type model from gold corpora: every name the extractor leaves untyped after its rules
 * is an example, labelled with the gold type of the entity it names (by name or alias, as the
 * evaluation matches them) or NONE.
 *
 * <pre>java ... TypeTraining --out FILE [--test DIR ...] --train DIR ...</pre>
 * With {@code --test}, scores those corpora with the new model at {@code -Dtypes.thresholds=0.4,0.5}.
 * The product's model is {@code src/main/resources/extraction/type-model.bin.gz} (README, "Learned types").
 */
public final class TypeTraining {

    public static void main(String[] args) throws IOException {
        TrainingRun.Args run = TrainingRun.parse(args, "TypeTraining");
        // few examples (about 2,000): a feature seen twice is kept
        MaxentModel model = TrainingRun.build(run, TypeTraining::events, Integer.getInteger("types.cutoff", 2));
        List<Path> test = run.test();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        for (Path dir : test) {
            print(dir, "untyped dropped", EvaluationMain.evaluate(dir, quiet, false, null,
                new DocumentExtractor(2_000_000, PairModel.shipped(), TypeJudge.NONE)));
            for (String at : System.getProperty("types.thresholds", "0.4,0.5").split(",")) {
                TypeModel judge = new TypeModel(model, new TypeFeatures(Gazetteer.INSTANCE), Double.parseDouble(at));
                print(dir, "threshold " + at, EvaluationMain.evaluate(dir, quiet, false, null,
                    new DocumentExtractor(2_000_000, PairModel.shipped(), judge)));
            }
        }
    }

    private static void print(Path dir, String what, EvaluationMain.Result r) {
        System.out.printf(Locale.ROOT, "%-10s %-16s entities %s  relationships %s%n", dir.getFileName(), what,
            PairTraining.prf(r.entities()), PairTraining.prf(r.relationships()));
    }

    /** One event per untyped name of every document of {@code dir} that has gold. */
    static List<Event> events(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> EvaluationMain.mediaType(p) != null && Files.exists(EvaluationMain.goldFor(p))).sorted().forEach(docs::add);
        }
        TypeFeatures features = new TypeFeatures(Gazetteer.INSTANCE);
        List<Event> events = new ArrayList<>();
        for (Path doc : docs) {
            JsonNode gold = json.readTree(EvaluationMain.goldFor(doc).toFile());
            Map<String, String> goldType = new HashMap<>();
            for (JsonNode g : gold.path("entities")) {
                String type = g.path("type").asText();
                goldType.putIfAbsent(NameKeys.of(g.path("name").asText()), type);
                for (JsonNode a : g.path("aliases")) {
                    goldType.putIfAbsent(NameKeys.of(a.asText()), type);
                }
            }
            List<Event> ofDoc = new ArrayList<>();
            Set<Object> judged = Collections.newSetFromMap(new IdentityHashMap<>());
            TypeJudge recorder = (draft, views) -> {
                if (!judged.add(draft)) {
                    return null;
                }
                String label = TypeJudge.NONE_LABEL;
                for (String n : draft.allNames()) {
                    String t = goldType.get(NameKeys.of(n));
                    if (t != null) {
                        label = t;
                        break;
                    }
                }
                ofDoc.add(new Event(label, features.of(draft, views).toArray(new String[0])));
                return null;
            };
            try {
                new DocumentExtractor(2_000_000, PairModel.shipped(), recorder)
                    .extract(Files.readAllBytes(doc), EvaluationMain.mediaType(doc), doc.toUri().toString());
            } catch (DocumentRejectedException e) {
                continue;
            }
            events.addAll(ofDoc);
        }
        return events;
    }

    private TypeTraining() {
    }
}
