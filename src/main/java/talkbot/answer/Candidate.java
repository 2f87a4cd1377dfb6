package talkbot.answer;

import java.util.List;
import talkbot.corpus.Sentence;

/**
 * A possible answer before the best one is chosen.
 *
 * @param replied    the reply, when asked for
 * @param confidence the probability it is right ({@link ConfidenceModel})
 * @param score      what ranks it among candidates: its confidence, ties broken by its search rank
 * @param typed      whether its short answer is a span of the type asked for (or the question asks for a clause)
 * @param features   what the confidence was computed from
 */
record Candidate(String shortAnswer, java.util.function.Supplier<String> replied, List<Sentence> sources, double confidence,
        double score, boolean typed, Features features) {
    Candidate {
        sources = List.copyOf(sources);
    }

    /** The reply, worked out only for the candidate that answers: most candidates are never shown. */
    String reply() {
        return replied.get();
    }

    String articleId() {
        return sources.get(0).articleId();
    }
}
