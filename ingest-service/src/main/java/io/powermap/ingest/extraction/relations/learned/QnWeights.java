package io.powermap.ingest.extraction.relations.learned;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A quasi-Newton maximum-entropy model's weights, one array a feature holding its weight for every
 * outcome, read with the sums and the normalisation {@link QNModel#eval(String[])} does, in the same
 * order, so the probabilities are the same to the last bit. Why: the model keeps a feature's weights
 * as an object with two arrays (outcomes and weights) behind a linked hash map, and reading them took
 * a tenth of the extractor's time in a flight recording; here a lookup compares stored hashes and the
 * weights are one array. Thread-safe: only read.
 */
final class QnWeights {

    private final Map<String, double[]> byFeature;
    private final int outcomes;

    private QnWeights(Map<String, double[]> byFeature, int outcomes) {
        this.byFeature = byFeature;
        this.outcomes = outcomes;
    }

    /** @return the weights of {@code model}, or null when it is not a {@link QNModel} */
    static QnWeights of(MaxentModel model) {
        if (!(model instanceof QNModel qn)) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Context> contexts = (Map<String, Context>) qn.getDataStructures()[1];
        int n = qn.getNumOutcomes();
        Map<String, double[]> byFeature = new HashMap<>(contexts.size() * 2);
        contexts.forEach((feature, context) -> {
            double[] w = new double[n];
            int[] outcomes = context.getOutcomes();
            double[] parameters = context.getParameters();
            for (int i = 0; i < outcomes.length; i++) {
                w[outcomes[i]] += parameters[i];
            }
            byFeature.put(feature, w);
        });
        return new QnWeights(byFeature, n);
    }

    /** The probability of each outcome (the model's outcome order) for these features, each counted once per occurrence. */
    double[] eval(List<String> features) {
        double[] p = new double[outcomes];
        for (String feature : features) {
            double[] w = byFeature.get(feature);
            if (w != null) {
                for (int o = 0; o < w.length; o++) {
                    p[o] += w[o];
                }
            }
        }
        double logSum = ArrayMath.logSumOfExps(p);
        for (int o = 0; o < p.length; o++) {
            p[o] = StrictMath.exp(p[o] - logSum);
        }
        return p;
    }
}
