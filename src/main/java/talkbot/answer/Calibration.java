package talkbot.answer;

import java.util.ArrayList;
import java.util.List;
import talkbot.lexicon.Resources;

/**
 * The confidence an answer reports: the confidence model's probability mapped to the share of
 * answers that were right at it on the evaluation sets it was fitted on (knots in
 * {@code talkbot/calibration.tsv}, written by eval/calibrate.py), so that 0.8 means about 8 in 10.
 * The model's own probability still decides whether to answer; this only says how sure to be.
 * Linear between knots, flat beyond them; no knots is the identity.
 */
final class Calibration {
    private static final String RESOURCE = "/talkbot/calibration.tsv";

    private final double[] from;
    private final double[] to;

    Calibration(double[] from, double[] to) {
        if (from.length != to.length) {
            throw new IllegalArgumentException("knots need both ends");
        }
        for (int i = 1; i < from.length; i++) {
            if (from[i] <= from[i - 1] || to[i] < to[i - 1]) {
                throw new IllegalArgumentException("calibration knots must rise: " + from[i - 1] + " then " + from[i]);
            }
        }
        this.from = from.clone();
        this.to = to.clone();
    }

    static Calibration load() {
        List<double[]> knots = new ArrayList<>();
        for (String line : Resources.lines(RESOURCE)) {
            String[] cols = line.split("\t");
            if (cols.length != 2) {
                throw new IllegalStateException(RESOURCE + ": expected probability<TAB>share right: " + line);
            }
            knots.add(new double[] {Double.parseDouble(cols[0].strip()), Double.parseDouble(cols[1].strip())});
        }
        double[] from = new double[knots.size()];
        double[] to = new double[knots.size()];
        for (int i = 0; i < from.length; i++) {
            from[i] = knots.get(i)[0];
            to[i] = knots.get(i)[1];
        }
        return new Calibration(from, to);
    }

    double apply(double p) {
        if (from.length == 0) {
            return p;
        }
        if (p <= from[0]) {
            return to[0];
        }
        for (int i = 1; i < from.length; i++) {
            if (p <= from[i]) {
                double t = (p - from[i - 1]) / (from[i] - from[i - 1]);
                return to[i - 1] + t * (to[i] - to[i - 1]);
            }
        }
        return to[to.length - 1];
    }
}
