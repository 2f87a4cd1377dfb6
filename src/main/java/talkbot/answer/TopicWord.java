package talkbot.answer;

import java.util.HashSet;
import java.util.Set;
import talkbot.corpus.Sentence;
import talkbot.index.TextAnalysis;
import talkbot.intent.Question;

/**
 * The rarest word of a question that the best answer's sentences say ("lumber" of "when does the
 * lower lumber duty kick in"): a newer article's answer that does not say it answers about
 * something else, and is no newer news of what was asked.
 */
final class TopicWord {
    private final TextAnalysis analysis;
    private final String word;

    private TopicWord(TextAnalysis analysis, String word) {
        this.analysis = analysis;
        this.word = word;
    }

    /** The heaviest of the question's terms (not those naming its time or place) that {@code best}'s sentences say. */
    static TopicWord of(Question q, Candidate best, Weights weights, TextAnalysis analysis) {
        Set<String> said = terms(best, analysis);
        String heaviest = null;
        float most = 0;
        for (String t : q.terms()) {
            if (q.scope().terms().contains(t) || !said.contains(t)) {
                continue;
            }
            float w = weights.of(t);
            if (w > most) {
                heaviest = t;
                most = w;
            }
        }
        return new TopicWord(analysis, heaviest);
    }

    /** Whether {@code c}'s sentences say the word too (any candidate does when the best says none of the question's words). */
    boolean saidBy(Candidate c) {
        return word == null || terms(c, analysis).contains(word);
    }

    private static Set<String> terms(Candidate c, TextAnalysis analysis) {
        Set<String> terms = new HashSet<>();
        for (Sentence s : c.sources()) {
            terms.addAll(analysis.queryTerms(s.text()));
        }
        return terms;
    }
}
