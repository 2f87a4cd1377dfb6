package talkbot.answer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import talkbot.lexicon.Resources;

/**
 * How likely a candidate answer is right, from its {@link Features}: a logistic model whose
 * weights are fitted on question sets written blind and kept in {@code talkbot/confidence.tsv}
 * (see eval/fit_confidence.py). Its probability is the confidence an answer reports, and below
 * {@link #threshold()} the bot says its articles don't answer.
 */
final class ConfidenceModel {
    private static final String RESOURCE = "/talkbot/confidence.tsv";

    private final double bias;
    private final double[] weights;
    private final double threshold;

    private ConfidenceModel(double bias, double[] weights, double threshold) {
        this.bias = bias;
        this.weights = weights.clone();
        this.threshold = threshold;
    }

    static ConfidenceModel load() {
        Map<String, Double> values = new HashMap<>();
        for (String line : Resources.lines(RESOURCE)) {
            String[] cols = line.split("\t");
            if (cols.length != 2) {
                throw new IllegalStateException(RESOURCE + ": expected name<TAB>weight: " + line);
            }
            values.put(cols[0].strip(), Double.parseDouble(cols[1].strip()));
        }
        double[] w = new double[Features.NAMES.size()];
        for (int i = 0; i < w.length; i++) {
            Double v = values.get(Features.NAMES.get(i));
            if (v == null) {
                throw new IllegalStateException(RESOURCE + ": no weight for " + Features.NAMES.get(i));
            }
            w[i] = v;
        }
        return new ConfidenceModel(values.getOrDefault("bias", 0.0), w, values.getOrDefault("threshold", 0.5));
    }

    /** The probability that a candidate with these features is right. */
    double probability(Features f) {
        double z = bias;
        double[] v = f.values();
        for (int i = 0; i < v.length; i++) {
            z += weights[i] * v[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * The highest probability a candidate can reach when the named features are not known yet:
     * each is taken at whichever end of [0, its value so far] or [its value so far, 1] its weight
     * favours — the value set is an upper limit for "heuristic", 1 for the others.
     */
    double upperBound(Features.Builder known, List<String> unknown) {
        double[] v = known.peek();
        for (String name : unknown) {
            int i = Features.NAMES.indexOf(name);
            double max = name.equals("heuristic") ? v[i] : 1;
            v[i] = weights[i] > 0 ? max : 0;
        }
        return probability(new Features(v));
    }

    /** At or above this probability the bot answers; below it, it says its articles don't. */
    double threshold() {
        return threshold;
    }
}
