package talkbot.answer;

import java.util.List;
import talkbot.corpus.Sentence;

/**
 * A possible answer before the best one is chosen.
 *
 * @param typed whether its short answer is a span of the type asked for (or the question asks for a clause)
 */
record Candidate(String shortAnswer, String reply, List<Sentence> sources, double confidence, double score, boolean typed) {
    Candidate {
        sources = List.copyOf(sources);
    }

    String articleId() {
        return sources.get(0).articleId();
    }
}
