package talkbot.answer;

import talkbot.intent.Intent;
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

    /** Words an answer often says otherwise ("reached", "held"): they count for this share. */
    private static final float LIGHT_FACTOR = 0.35f;

    private final CorpusIndex index;
    private final Set<String> lightTerms;
    /** The parties, each with the analyzed terms of each of its names (read once: every candidate asks). */
    private final java.util.Map<talkbot.corpus.Entity, List<List<String>>> parties;
    private final talkbot.intent.EntityMatcher matcher;

    Weights(CorpusIndex index, talkbot.intent.EntityMatcher matcher) {
        this.index = index;
        this.matcher = matcher;
        Set<String> light = new java.util.HashSet<>();
        for (String w : talkbot.lexicon.LightWords.all()) {
            light.addAll(index.analysis().queryTerms(w));
        }
        this.lightTerms = Set.copyOf(light);
        java.util.Map<talkbot.corpus.Entity, List<List<String>>> p = new java.util.HashMap<>();
        for (talkbot.corpus.Entity e : index.corpus().entities()) {
            if (talkbot.intent.EntityMatcher.isHard(e)) {
                List<List<String>> names = e.names().stream().map(n -> index.analysis().queryTerms(n)).toList();
                if (!ubiquitous(names)) {
                    p.put(e, names);
                }
            }
        }
        this.parties = java.util.Map.copyOf(p);
    }

    /** A person, organisation or country that only part of the corpus is about. */
    boolean isParty(talkbot.corpus.Entity e) {
        return parties.containsKey(e);
    }

    private boolean ubiquitous(List<List<String>> names) {
        for (List<String> terms : names) {
            for (String t : terms) {
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
     * "When will the trade deal be signed?" is not answered by when China and Canada agreed, in a
     * report of other talks that mentions them in passing.
     *
     * @param sideAsked the question asks for one side's person and the answer is not on another side:
     *                  the other party the sentence names is the other side, not a sign it is about someone else
     * @param speakerAsked the question asks what someone it does not name said ("what did the growers' head say"):
     *                     the person the sentence names is who said it, not someone else
     * @param own the parties that count as the question's though it does not name them: the countries
     *            of the report the candidate is from, for a question that names no country ({@link RoundFit#ownParties})
     */
    double aboutOthers(talkbot.intent.Question q, double coverage, List<String> aboutWords, String answer, boolean sideAsked,
            boolean speakerAsked, java.util.function.Predicate<talkbot.corpus.Entity> own) {
        if (coverage >= WELL_COVERED && !q.entities().isEmpty()) {
            return coverage; // a question that names its parties and is well covered is answered, whoever else is named
        }
        List<String> answerWords = answer == null ? List.of() : talkbot.index.Vocabulary.words(answer);
        Set<talkbot.corpus.Entity> mentioned = matcher.find(aboutWords);
        for (talkbot.corpus.Entity e : mentioned) {
            boolean speaker = speakerAsked && e.type() == talkbot.corpus.Entity.EntityType.PERSON;
            if (!sideAsked && !speaker && parties.containsKey(e) && !q.entities().contains(e) && !own.test(e)
                    && !talkbot.intent.EntityMatcher.mentions(answerWords, e) && !saidInOtherWords(q, e)) {
                return coverage * OTHER_PARTY; // about someone else: the answer is the party itself
            }
        }
        for (talkbot.corpus.Entity asked : q.entities()) {
            if (asked.type() == talkbot.corpus.Entity.EntityType.PLACE && !mentioned.contains(asked)
                    && mentioned.stream().anyMatch(e -> e.type() == talkbot.corpus.Entity.EntityType.PLACE
                            && !talkbot.intent.EntityMatcher.mentions(answerWords, e))) {
                return coverage * OTHER_PARTY; // somewhere else: the London talks are not the ones in Switzerland
            }
        }
        return coverage;
    }

    /**
     * Whether the question says every word of one of the entity's names, in another order or form:
     * "the vice commerce minister" speaks for the Ministry of Commerce; or, for an organisation
     * of three words or more, the two that end its name: "the industry association" is the Taiwan
     * Semiconductor Industry Association.
     */
    private boolean saidInOtherWords(talkbot.intent.Question q, talkbot.corpus.Entity e) {
        for (List<String> terms : parties.get(e)) {
            List<String> said = e.type() == talkbot.corpus.Entity.EntityType.ORG && terms.size() > 2
                    ? terms.subList(terms.size() - 2, terms.size()) : terms;
            if (said.size() > 1 && said.stream().allMatch(t -> q.terms().stream().anyMatch(w -> sameRoot(t, w)))) {
                return true;
            }
        }
        return false;
    }

    /** "minist" (minister) and "ministri" (ministry): one stem begins the other, and is long enough to say so. */
    private static boolean sameRoot(String a, String b) {
        return a.equals(b) || Math.min(a.length(), b.length()) >= 5 && (a.startsWith(b) || b.startsWith(a));
    }

    /** The share of the question's weight in words the corpus has never seen. */
    double unknownShare(talkbot.intent.Question q) {
        float total = 0;
        float unknown = 0;
        for (String t : q.terms()) {
            float w = of(t);
            total += w;
            if (!index.knows(t)) {
                unknown += w;
            }
        }
        return total <= 0 ? 0 : unknown / total;
    }

    /** Whether a term is of the words a question uses that its answer often says otherwise ("held", "reached"). */
    boolean isLight(String term) {
        return lightTerms.contains(term);
    }

    float of(String term) {
        float idf = index.idf(term);
        float w = index.knows(term) ? idf : idf * UNKNOWN_FACTOR;
        return lightTerms.contains(term) ? w * LIGHT_FACTOR : w;
    }

    float sum(Collection<String> terms) {
        float s = 0;
        for (String t : terms) {
            s += of(t);
        }
        return s;
    }

    /**
     * The share of the question a document covers, in [0, 1]: matched weight over total weight,
     * halved when an open question ({@link talkbot.intent.Intent#WHAT}) matches only the names it
     * mentions and none of what it asks about them ("the weather in London" is not answered by
     * anything about London), or misses the thing it asks about ("what is the US tariff on electric
     * vehicles" is not answered by a sentence on electric vehicles without a tariff). Other intents name their aspect themselves: "when did Trump speak
     * with Xi" is answered by a day on which the two did something.
     */
    double coverage(talkbot.intent.Question q, Set<String> found) {
        return coverage(q, t -> found.contains(t) ? FULL : NONE);
    }

    static final int NONE = 0;
    static final int FULL = 1;
    static final int WEAK = 2;

    /** How a candidate holds a term: {@link #NONE}, {@link #FULL}, or {@link #WEAK} (counts for half). */
    @FunctionalInterface
    interface Holds {
        int holds(String term);
    }

    double coverage(talkbot.intent.Question q, Holds candidate) {
        float total = 0;
        float matched = 0;
        boolean aspectMatched = false;
        boolean aspectAsked = false;
        boolean focusMissed = q.focusTerm() != null;
        for (String t : q.terms()) {
            float w = of(t);
            total += w;
            int h = candidate.holds(t);
            if (h != NONE) {
                float m = q.guessedTerms().contains(t) ? w * GUESSED_FACTOR : w;
                matched += h == WEAK ? m * WEAK_FACTOR : m;
                if (t.equals(q.focusTerm())) {
                    focusMissed = false;
                }
            }
            if (!q.nameTerms().contains(t)) {
                aspectAsked = true;
                aspectMatched |= h != NONE;
            }
        }
        if (total <= 0) {
            return 0;
        }
        double c = matched / total;
        return (q.intent() == Intent.WHAT && aspectAsked && !aspectMatched) || focusMissed ? c / 2 : c;
    }
}
