package io.powermap.testsupport;

/** Reads figures out of a /q/metrics page (the Prometheus text format) in tests. */
public final class PrometheusText {

    private PrometheusText() {
    }

    /**
     * The sum of the samples of the series named {@code name} whose line holds every given label
     * (written as in the page, {@code source="rest"}); NaN when no such series is on the page.
     */
    public static double value(String metrics, String name, String... labels) {
        double sum = 0;
        boolean found = false;
        for (String line : metrics.split("\n")) {
            if (!line.startsWith(name + "{") && !line.startsWith(name + " ")) {
                continue;
            }
            boolean all = true;
            for (String label : labels) {
                all &= line.contains(label);
            }
            if (all) {
                found = true;
                String sample = line.contains(" # ") ? line.substring(0, line.indexOf(" # ")) : line;
                sum += Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
            }
        }
        return found ? sum : Double.NaN;
    }
}
