package talkbot.answer;

import java.util.HashSet;
import java.util.Set;
import talkbot.corpus.Sentence;
import talkbot.index.TextAnalysis;
import talkbot.intent.Question;

/**
 * The rarest word of a question that the best answer's sentences say ("lumber" of "when does the
 * lower lumber duty kick in"), of those an answer does not often say otherwise ("held"): a newer
 * article's answer that does not say it answers about something else, and is no newer news of
 * what was asked.
 */
final class TopicWord {
    private final Question q;
    private final Candidate best;
    private final Weights weights;
    private final TextAnalysis analysis;
    /** Worked out when a rival is first weighed: most questions have none, and the best's sentences need not be read again. */
    private String word;
    private boolean known;

    private TopicWord(Question q, Candidate best, Weights weights, TextAnalysis analysis) {
        this.q = q;
        this.best = best;
        this.weights = weights;
        this.analysis = analysis;
    }

    /** The topic of {@code best}'s answer to {@code q}, worked out only when asked for. */
    static TopicWord of(Question q, Candidate best, Weights weights, TextAnalysis analysis) {
        return new TopicWord(q, best, weights, analysis);
    }

    /** Whether {@code c}'s sentences say the word too (any candidate does when the best says none of the question's words). */
    boolean saidBy(Candidate c) {
        if (!known) {
            word = heaviest();
            known = true;
        }
        return word == null || terms(c, analysis).contains(word);
    }

    /**
     * The heaviest of the question's terms (not those naming its time or place) that the best's sentences say; a word an
     * answer often says otherwise ("held" of "which building were the talks held in", answered "… at Lindqvist House")
     * only when they say no other.
     */
    private String heaviest() {
        Set<String> said = terms(best, analysis);
        String heaviest = null;
        float most = 0;
        boolean light = true;
        for (String t : q.terms()) {
            if (q.scope().terms().contains(t) || !said.contains(t)) {
                continue;
            }
            float w = weights.of(t);
            if (w <= 0) {
                continue;
            }
            boolean isLight = weights.isLight(t);
            if (light && !isLight || light == isLight && w > most) {
                heaviest = t;
                most = w;
                light = isLight;
            }
        }
        return heaviest;
    }

    private static Set<String> terms(Candidate c, TextAnalysis analysis) {
        Set<String> terms = new HashSet<>();
        for (Sentence s : c.sources()) {
            terms.addAll(analysis.queryTerms(s.text()));
        }
        return terms;
    }
}
