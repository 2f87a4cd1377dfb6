package talkbot.answer;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import talkbot.index.CorpusIndex;

/**
 * How much each question term matters: its IDF. A word the corpus has never seen weighs as much
 * as a fairly common corpus word — enough that a question mostly about something else is refused,
 * not so much that one everyday word the articles happen not to use ("officials") sinks a question.
 * Names the corpus lacks are refused outright by the parser.
 */
final class Weights {
    private static final float UNKNOWN_FACTOR = 0.65f;
    /** A term that only matched because a misspelling was corrected counts for this share. */
    private static final float GUESSED_FACTOR = 0.6f;
    /**
     * A term a fact's sentence holds but the fact itself does not counts for this share: the fact
     * is about something else in that sentence ("who announced the delegation" is not answered by
     * who is in it).
     */
    private static final float WEAK_FACTOR = 0.5f;
    /** An entity named in this share of sentences is what the corpus is about (China, the US here). */
    private static final double UBIQUITOUS = 0.25;
    /** Below this coverage, every other party a candidate is about makes it less likely the answer. */
    private static final double WELL_COVERED = 0.85;
    private static final double OTHER_PARTY = 0.75;

    private final CorpusIndex index;
    private final List<talkbot.corpus.Entity> parties;

    Weights(CorpusIndex index) {
        this.index = index;
        List<talkbot.corpus.Entity> p = new java.util.ArrayList<>();
        for (talkbot.corpus.Entity e : index.corpus().entities()) {
            if (talkbot.intent.EntityMatcher.isHard(e) && !ubiquitous(e)) {
                p.add(e);
            }
        }
        this.parties = List.copyOf(p);
    }

    /** A person, organisation or country that only part of the corpus is about. */
    boolean isParty(talkbot.corpus.Entity e) {
        return parties.contains(e);
    }

    private boolean ubiquitous(talkbot.corpus.Entity e) {
        for (String n : e.names()) {
            for (String t : index.analysis().queryTerms(n)) {
                if (index.sentenceShare(t) >= UBIQUITOUS) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Coverage lowered for each party (person, organisation, country) the candidate text is
     * about that the question does not name — unless the question matches it well anyway.
     * "When will the trade deal be signed?" is not answered by when China and Canada agreed.
     */
    double aboutOthers(talkbot.intent.Question q, double coverage, List<String> aboutWords, String answer) {
        if (coverage >= WELL_COVERED) {
            return coverage;
        }
        List<String> answerWords = answer == null ? List.of() : talkbot.index.Vocabulary.words(answer);
        for (talkbot.corpus.Entity e : parties) {
            if (!q.entities().contains(e) && talkbot.intent.EntityMatcher.mentions(aboutWords, e)
                    && !talkbot.intent.EntityMatcher.mentions(answerWords, e)) {
                return coverage * OTHER_PARTY; // about someone else: the answer is the party itself
            }
        }
        return coverage;
    }

    float of(String term) {
        float idf = index.idf(term);
        return index.knows(term) ? idf : idf * UNKNOWN_FACTOR;
    }

    float sum(Collection<String> terms) {
        float s = 0;
        for (String t : terms) {
            s += of(t);
        }
        return s;
    }

    /** The weight of the question terms found in {@code found}. */
    float matched(List<String> terms, Set<String> found) {
        return matched(terms, found, Set.of());
    }

    /** The same, with terms that come from spelling corrections counting for less. */
    float matched(List<String> terms, Set<String> found, Set<String> guessed) {
        return matched(terms, found, guessed, Set.of());
    }

    /** The same, with terms found only in {@code weak} (a fact's sentence, not the fact) counting for half. */
    float matched(List<String> terms, Set<String> found, Set<String> guessed, Set<String> weak) {
        float s = 0;
        for (String t : terms) {
            if (found.contains(t)) {
                float w = guessed.contains(t) ? of(t) * GUESSED_FACTOR : of(t);
                s += weak.contains(t) ? w * WEAK_FACTOR : w;
            }
        }
        return s;
    }

    /**
     * The share of the question a document covers, in [0, 1]: matched weight over total weight,
     * halved when an open question ({@link talkbot.answer.Intent#WHAT}) matches only the names it
     * mentions and none of what it asks about them ("the weather in London" is not answered by
     * anything about London), or misses the thing it asks about ("what is the US tariff on electric
     * vehicles" is not answered by a sentence on electric vehicles without a tariff). Other intents name their aspect themselves: "when did Trump speak
     * with Xi" is answered by a day on which the two did something.
     */
    double coverage(talkbot.intent.Question q, Set<String> found) {
        return coverage(q, found, Set.of());
    }

    double coverage(talkbot.intent.Question q, Set<String> found, Set<String> weak) {
        float total = sum(q.terms());
        if (total <= 0) {
            return 0;
        }
        double c = matched(q.terms(), found, q.guessedTerms(), weak) / total;
        boolean aspectMatched = false;
        boolean aspectAsked = false;
        for (String t : q.terms()) {
            if (!q.nameTerms().contains(t)) {
                aspectAsked = true;
                aspectMatched |= found.contains(t);
            }
        }
        boolean focusMissed = q.focusTerm() != null && !found.contains(q.focusTerm());
        return q.intent() == Intent.WHAT && ((aspectAsked && !aspectMatched) || focusMissed) ? c / 2 : c;
    }
}
