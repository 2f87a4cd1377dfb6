package talkbot.answer;

import java.util.List;
import java.util.Optional;
import talkbot.corpus.Entity;
import talkbot.corpus.Sentence;
import talkbot.corpus.Text;
import talkbot.index.CorpusIndex;
import talkbot.index.Hit;
import talkbot.index.Vocabulary;
import talkbot.intent.EntityMatcher;
import talkbot.intent.Question;

/**
 * Answers from the best sentence when no fact fits — and for articles that come without facts.
 * Candidates come from BM25; each must name every entity the question names, and is scored by
 * the share of the question's weight it covers, less when no direct answer of the asked type
 * (a day, a figure, a name...) can be found in it.
 */
final class SentenceRanker {
    private static final int CANDIDATES = 20;
    /** Confidence kept when the sentence holds no span of the asked type. */
    private static final double NO_SPAN = 0.6;
    /** Confidence kept for intents whose answer is a whole clause (why, what). */
    private static final double CLAUSE = 0.85;
    private static final double SPAN = 0.95;

    private final CorpusIndex index;
    private final Weights weights;
    private final List<Entity> entities;

    SentenceRanker(CorpusIndex index, Weights weights) {
        this.index = index;
        this.weights = weights;
        this.entities = index.corpus().entities();
    }

    Optional<Candidate> best(Question q) {
        float total = weights.sum(q.terms());
        if (total <= 0) {
            return Optional.empty();
        }
        Candidate best = null;
        for (Hit h : index.searchSentences(q.terms(), CANDIDATES)) {
            Sentence s = index.sentence(h.ord());
            if (!namesAll(q, s)) {
                continue;
            }
            double coverage = weights.matched(q.terms(), index.sentenceTerms(h.ord())) / total;
            Optional<String> span = SpanExtractor.extract(q, s.text(), entities);
            boolean needsSpan = switch (q.intent()) {
                case WHEN, HOW_MUCH, WHERE, WHO, ROLE, SAY -> true;
                default -> false;
            };
            double factor = span.isPresent() ? SPAN : needsSpan ? NO_SPAN : CLAUSE;
            double confidence = coverage * factor;
            double score = confidence + h.score() * 1e-3;
            if (best == null || score > best.score()) {
                String shortAnswer = span.orElseGet(() -> SpanExtractor.clause(s.text(), q));
                best = new Candidate(shortAnswer, Text.clip(s.text(), Answer.REPLY_LIMIT), List.of(s), confidence, score);
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean namesAll(Question q, Sentence s) {
        if (q.entities().isEmpty()) {
            return true;
        }
        List<String> words = Vocabulary.words(s.text());
        for (Entity e : q.entities()) {
            if (!EntityMatcher.mentions(words, e)) {
                return false;
            }
        }
        return true;
    }
}
