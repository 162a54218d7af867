package io.powermap.ingest.extraction.mentions.learned;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import io.powermap.contract.EntityType;
import io.powermap.ingest.extraction.lexicon.Gazetteer;
import io.powermap.ingest.extraction.relations.learned.PairModel;
import io.powermap.ingest.extraction.resolution.EntityDraft;
import io.powermap.ingest.extraction.resolution.SentenceView;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The trained type judge: a maximum-entropy model (OpenNLP) over {@link TypeFeatures}, read from
 * {@code extraction/type-model.bin.gz} (written by the evaluation tool {@code TypeTraining} from the
 * gold corpora; README, "Learned types"). A type is given when its probability reaches {@link #TYPE_AT}
 * and beats "none". Thread-safe: the model is only read.
 */
public final class TypeModel implements TypeJudge {

    public static final String RESOURCE = "extraction/type-model.bin.gz";

    /** The probability a type needs, chosen on corpora the model was not trained on. */
    public static final double TYPE_AT = 0.4;

    private final MaxentModel model;
    private final TypeFeatures features;
    private final double typeAt;

    public TypeModel(MaxentModel model, TypeFeatures features, double typeAt) {
        this.model = model;
        this.features = features;
        this.typeAt = typeAt;
    }

    /** The model on the class path, read once; {@link TypeJudge#NONE} when none is there. */
    public static TypeJudge shipped() {
        return Shipped.JUDGE;
    }

    private static final class Shipped {
        static final TypeJudge JUDGE = load();
    }

    private static TypeJudge load() {
        try (InputStream in = TypeModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return TypeJudge.NONE;
            }
            return new TypeModel(PairModel.read(in), new TypeFeatures(Gazetteer.INSTANCE), TYPE_AT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    @Override
    public EntityType judge(EntityDraft draft, List<SentenceView> views) {
        double[] p = model.eval(features.of(draft, views).toArray(new String[0]));
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        String label = model.getOutcome(best);
        return p[best] < typeAt || NONE_LABEL.equals(label) ? null : EntityType.valueOf(label);
    }
}
