package talkbot.answer;

import java.util.List;

/**
 * What is known of a candidate answer when the confidence model weighs it: how much of the
 * question it covers, whether a span of the asked type was found and how well its clause holds
 * the question, whether it belongs to the round the question names, and what kind of question it
 * answers. Values are in [0, 1]; {@link #NAMES} lists them in the order {@link ConfidenceModel} reads.
 */
record Features(double[] values) {
    static final List<String> NAMES = List.of(
            "heuristic", "coverage", "strict_coverage", "span_found", "span_fit", "clause_answer", "round_match",
            "round_mismatch", "in_passing", "other_party", "rank", "unknown_share", "fact", "type_quote", "type_figure",
            "type_clause", "type_who", "type_place", "type_date", "round_place", "span_echo", "type_yesno");

    Features {
        if (values.length != NAMES.size()) {
            throw new IllegalArgumentException("expected " + NAMES.size() + " feature values, got " + values.length);
        }
        values = values.clone();
    }

    double get(String name) {
        return values[NAMES.indexOf(name)];
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** Builds the values by name; the ones not set are 0. */
    static final class Builder {
        private final double[] v = new double[NAMES.size()];

        Builder set(String name, double value) {
            int i = NAMES.indexOf(name);
            if (i < 0) {
                throw new IllegalArgumentException("no feature " + name);
            }
            v[i] = value;
            return this;
        }

        Builder set(String name, boolean value) {
            return set(name, value ? 1 : 0);
        }

        Builder type(talkbot.intent.AnswerType t) {
            switch (t) {
                case QUOTE -> set("type_quote", 1);
                case FIGURE, DURATION, ORDINAL -> set("type_figure", 1);
                case CLAUSE, REASON, NAME -> set("type_clause", 1);
                case YESNO -> set("type_clause", 1).set("type_yesno", 1);
                case PERSON, TITLE, ORG -> set("type_who", 1);
                case PLACE, CITY, COUNTRY, VENUE -> set("type_place", 1);
                case DATE, FREQUENCY -> set("type_date", 1);
            }
            return this;
        }

        /** The values set so far (a copy). */
        double[] peek() {
            return v.clone();
        }

        Features build() {
            return new Features(v);
        }
    }
}
