package talkbot.answer;

import java.util.List;
import talkbot.corpus.Sentence;

/** A possible answer before the best one is chosen. */
record Candidate(String shortAnswer, String reply, List<Sentence> sources, double confidence, double score) {
    Candidate {
        sources = List.copyOf(sources);
    }
}
