package io.powermap.ingest.extraction.relations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The confidence of a relationship: the measured precision of the rules that stated it, read from
 * {@code extraction/rule-precision.properties} (rule id to the share of its facts that were right on
 * the gold corpora, written by {@code EvaluationMain --calibrate}; see the README's "Confidence").
 * A fact stated by several rules takes the best of their precisions; a rule not yet measured takes
 * the {@code default} entry, the precision of all rules together. Values are in [0, 1]. Thread-safe.
 */
public final class RuleConfidence {

    public static final String RESOURCE = "extraction/rule-precision.properties";
    public static final RuleConfidence INSTANCE = load();

    private final Map<String, Double> precision;
    private final double fallback;

    RuleConfidence(Map<String, Double> precision, double fallback) {
        this.precision = Map.copyOf(precision);
        this.fallback = fallback;
    }

    /** @return the calibrated precision of the best of {@code rules}, or the default when none is measured */
    public double of(List<String> rules) {
        double best = -1;
        for (String r : rules) {
            Double p = precision.get(r);
            if (p != null && p > best) {
                best = p;
            }
        }
        return best < 0 ? fallback : best;
    }

    /** @return whether a rule has a measured precision */
    public boolean measured(String rule) {
        return precision.containsKey(rule);
    }

    private static RuleConfidence load() {
        Properties p = new Properties();
        try (InputStream in = RuleConfidence.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Double> m = new HashMap<>();
        for (String k : p.stringPropertyNames()) {
            if (!k.equals("default")) {
                m.put(k, clamp(Double.parseDouble(p.getProperty(k))));
            }
        }
        return new RuleConfidence(m, clamp(Double.parseDouble(p.getProperty("default", "0.5"))));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
