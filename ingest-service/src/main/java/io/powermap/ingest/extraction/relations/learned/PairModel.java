package io.powermap.ingest.extraction.relations.learned;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import io.powermap.contract.RelationshipType;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The trained pair judge: a maximum-entropy model (OpenNLP) over {@link PairFeatures}, read from
 * {@code extraction/pair-model.bin.gz} (written by the evaluation tool {@code PairTraining} from the
 * gold corpora; see the README's "Learned pairs"). A verdict is kept when its probability reaches
 * {@link #addAt()}. Thread-safe: the model is only read.
 */
public final class PairModel implements PairJudge {

    public static final String RESOURCE = "extraction/pair-model.bin.gz";

    /** The probability a verdict needs, chosen on corpora the model was not trained on (README, "Learned pairs"). */
    public static final double ADD_AT = 0.25;

    private final MaxentModel model;
    private final double addAt;
    /** Per outcome of the model, its relationship type and direction; null for NONE and labels this build does not know. */
    private final PairVerdict[] outcomes;
    /** The model's weights laid out for reading, when it is a quasi-Newton one; null to ask the model. */
    private final QnWeights weights;

    public PairModel(MaxentModel model, double addAt) {
        this.model = model;
        this.addAt = addAt;
        this.weights = QnWeights.of(model);
        this.outcomes = new PairVerdict[model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = PairVerdict.ofLabel(model.getOutcome(i), 0);
        }
    }

    @Override
    public double addAt() {
        return addAt;
    }

    /** The model on the class path with {@link #ADD_AT}, read once. */
    public static PairJudge shipped() {
        return Shipped.JUDGE;
    }

    private static final class Shipped {
        static final PairJudge JUDGE = load();
    }

    /** @return the model on the class path, or {@link PairJudge#NONE} when none is there */
    private static PairJudge load() {
        try (InputStream in = PairModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return PairJudge.NONE;
            }
            return new PairModel(read(in), ADD_AT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads a model written by OpenNLP's binary writer and gzipped. */
    public static MaxentModel read(InputStream gzipped) throws IOException {
        return new GenericModelReader(new BinaryFileDataReader(new DataInputStream(new GZIPInputStream(gzipped)))).getModel();
    }

    /**
     * A type is read when its two directions together reach {@link #addAt()} ("its backers include X":
     * sure of funding, less of who funds whom), in the likelier direction, with their summed probability.
     */
    @Override
    public List<PairVerdict> judge(PairCandidate candidate) {
        double[] p = weights != null ? weights.eval(candidate.features()) : model.eval(candidate.features().toArray(new String[0]));
        Map<RelationshipType, PairVerdict> byType = new EnumMap<>(RelationshipType.class);
        for (int i = 0; i < p.length; i++) {
            PairVerdict label = outcomes[i];
            if (label == null) {
                continue;
            }
            PairVerdict other = byType.get(label.type());
            byType.put(label.type(), other == null ? new PairVerdict(label.type(), label.forward(), p[i])
                : new PairVerdict(label.type(), p[i] > other.probability() ? label.forward() : other.forward(),
                    p[i] + other.probability()));
        }
        List<PairVerdict> out = new ArrayList<>(1);
        for (PairVerdict v : byType.values()) {
            if (v.probability() >= addAt) {
                out.add(v);
            }
        }
        out.sort((x, y) -> Double.compare(y.probability(), x.probability()));
        return out;
    }
}
