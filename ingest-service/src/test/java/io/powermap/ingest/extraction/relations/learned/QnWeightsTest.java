package io.powermap.ingest.extraction.relations.learned;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Context;

/** The weights laid out for reading give the shipped model's own probabilities, bit for bit. */
class QnWeightsTest {

    private static QNModel model;
    private static List<String> known;

    @BeforeAll
    static void readShippedModel() throws IOException {
        try (InputStream in = QnWeightsTest.class.getClassLoader().getResourceAsStream(PairModel.RESOURCE)) {
            assertNotNull(in, "the pair model ships with the service");
            model = (QNModel) PairModel.read(in);
        }
        @SuppressWarnings("unchecked")
        Map<String, Context> contexts = (Map<String, Context>) model.getDataStructures()[1];
        known = new ArrayList<>(contexts.keySet());
    }

    @Test
    void givesTheModelsProbabilitiesForMixesOfKnownUnknownAndRepeatedFeatures() {
        QnWeights weights = QnWeights.of(model);
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            List<String> features = new ArrayList<>();
            for (int i = 0, n = random.nextInt(80); i < n; i++) {
                int pick = random.nextInt(10);
                features.add(pick == 0 ? "never-trained-feature-" + i
                    : pick == 1 && !features.isEmpty() ? features.get(random.nextInt(features.size()))
                    : known.get(random.nextInt(known.size())));
            }
            assertArrayEquals(model.eval(features.toArray(new String[0])), weights.eval(features), 0.0, features::toString);
        }
    }

    @Test
    void givesTheModelsProbabilitiesForNoFeatureAtAll() {
        assertArrayEquals(model.eval(new String[0]), QnWeights.of(model).eval(List.of()), 0.0);
    }
}
