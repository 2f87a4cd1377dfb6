package talkbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
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
    /** No sentence answers with more confidence than this (full coverage, span found). */
    static final double MAX_CONFIDENCE = SPAN;

    private final CorpusIndex index;
    private final Weights weights;
    private final List<Entity> entities;

    SentenceRanker(CorpusIndex index, Weights weights) {
        this.index = index;
        this.weights = weights;
        this.entities = index.corpus().entities();
    }

    Optional<Candidate> best(Question q) {
        if (weights.sum(q.terms()) <= 0) {
            return Optional.empty();
        }
        // coverage first (cheap); the span extraction and party checks only for sentences that could
        // still win, best bound first. Ties go to the better BM25 rank, as in a plain scan.
        List<Hit> hits = index.searchSentences(q.terms(), CANDIDATES);
        List<Bound> bounds = new ArrayList<>();
        for (int rank = 0; rank < hits.size(); rank++) {
            Hit h = hits.get(rank);
            if (namesAll(q, index.sentence(h.ord()), weights)) {
                double coverage = coverage(q, h.ord());
                bounds.add(new Bound(rank, h, coverage, coverage * SPAN + h.score() * 1e-3));
            }
        }
        bounds.sort(Comparator.comparingDouble(Bound::upper).reversed().thenComparingInt(Bound::rank));
        Candidate best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Bound b : bounds) {
            if (best != null && b.upper() < best.score()) {
                break;
            }
            Sentence s = index.sentence(b.hit().ord());
            Optional<String> span = SpanExtractor.extract(q, s.text(), entities);
            double coverage = weights.aboutOthers(q, b.coverage(), Vocabulary.words(s.text()), span.orElse(null));
            boolean needsSpan = switch (q.intent()) {
                case WHEN, HOW_MUCH, WHERE, WHO, ROLE, SAY -> true;
                default -> false;
            };
            double factor = span.isPresent() ? SPAN : needsSpan ? NO_SPAN : CLAUSE;
            double confidence = coverage * factor;
            double score = confidence + b.hit().score() * 1e-3;
            if (best == null || score > best.score() || (score == best.score() && b.rank() < bestRank)) {
                String shortAnswer = span.orElseGet(() -> SpanExtractor.clause(s.text(), q));
                best = new Candidate(shortAnswer, Text.clip(s.text(), Answer.REPLY_LIMIT), List.of(s), confidence, score);
                bestRank = b.rank();
            }
        }
        return Optional.ofNullable(best);
    }

    /** A sentence's BM25 rank and hit, its coverage, and the best score it could reach. */
    private record Bound(int rank, Hit hit, double coverage, double upper) {}

    /**
     * The share of the question a sentence covers. Words of the sentence before it in the same
     * article count for half: sentences lean on their neighbours ("These shipments have slowed").
     */
    private double coverage(Question q, int ord) {
        Set<String> own = index.sentenceTerms(ord);
        if (ord == 0 || !index.sentence(ord - 1).articleId().equals(index.sentence(ord).articleId())) {
            return weights.coverage(q, own);
        }
        Set<String> previous = index.sentenceTerms(ord - 1);
        return weights.coverage(q, t -> own.contains(t) ? Weights.FULL : previous.contains(t) ? Weights.WEAK : Weights.NONE);
    }

    /**
     * Every person, organisation and country the question names is in the sentence — except the
     * ones the whole corpus is about (China, the US here), which sentences often leave implicit
     * ("These shipments have slowed since...").
     */
    private static boolean namesAll(Question q, Sentence s, Weights weights) {
        List<String> words = null;
        for (Entity e : q.entities()) {
            if (EntityMatcher.isHard(e) && weights.isParty(e)) {
                words = words == null ? Vocabulary.words(s.text()) : words;
                if (!EntityMatcher.mentions(words, e)) {
                    return false;
                }
            }
        }
        return true;
    }
}
