package talkbot.answer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import talkbot.index.SentenceReading;
import talkbot.index.TextAnalysis;
import talkbot.intent.Question;
import talkbot.lexicon.TitleWords;

/**
 * What a question asks about, as weighted terms — its search terms less those of the round it
 * names, which a whole article answers for — and how much of it each clause of a sentence holds.
 */
final class Focus {
    /** A neighbouring clause's terms count for this share; the rest of the sentence for the next. */
    private static final double NEIGHBOUR = 0.3;
    private static final double REST = 0.1;
    /** The words a question of the first round says it with. */
    private static final String FIRST_WORDS = "first initial opening earliest";

    private final Map<String, Float> weights = new HashMap<>();
    private final float total;
    private final TextAnalysis analysis;

    /** The question's terms that name things (China, Bessent): a title that holds only these says nothing of the question. */
    private final Set<String> nameTerms;
    /** The name terms a title does not count: an organisation's name is part of a title ("president of the … Council"), a person's or country's is not. */
    private final Set<String> notInTitles;
    /** The question's own words, stemmed without synonyms: a title holds the question only in words it says. */
    private final Set<String> said;
    /** {@link #said}, with what an abbreviation of the question stands for: the words a title is matched on; worked out when a title is first matched. */
    private volatile Set<String> saidOfTitles;
    private final Question question;
    /** The title words already stemmed for this question: every candidate's titles are read again. */
    private final Map<String, List<String>> plainWords = new HashMap<>();

    /**
     * The cities a question that asks what was said or done at a round names as its scene ("what did they agree at the
     * honolulu round"): like a month, they tell which round, and the answer is what was done there, not the clause that
     * names the place ("following a session in Honolulu, at which …"). Not in the focus.
     */
    private final List<String> sceneNames;
    /** The terms of {@link #SCENE_WORDS} when the question names a scene (see {@link #sceneWordsSaid}). */
    private final Set<String> sceneWords;
    /**
     * The terms of the words that name no market in particular, when the question asks how a market moved: a clause that
     * says any of them says the question's ("how did car stocks react": "the automobiles and parts index rose 1.1%").
     */
    private final Set<String> anyMarket;

    Focus(Question q, Weights w, TextAnalysis analysis) {
        this(q, w, analysis, marketTerms(analysis));
    }

    /** The terms of the words that name no market in particular: read once per ranker, not per question (see {@link #anyMarket}). */
    static Set<String> marketTerms(TextAnalysis analysis) {
        return Set.copyOf(analysis.queryTerms(String.join(" ", talkbot.lexicon.MarketWords.general())));
    }

    /** @param marketTerms {@link #marketTerms} of {@code analysis} */
    Focus(Question q, Weights w, TextAnalysis analysis, Set<String> marketTerms) {
        this.analysis = analysis;
        this.said = Set.copyOf(TextAnalysis.plainTerms(q.corrected()));
        this.question = q;
        this.nameTerms = q.nameTerms();
        Set<String> orgTerms = new java.util.HashSet<>();
        for (talkbot.corpus.Entity e : q.entities()) {
            if (e.type() == talkbot.corpus.Entity.EntityType.ORG) {
                for (String name : e.names()) {
                    orgTerms.addAll(analysis.queryTerms(name));
                }
            }
        }
        Set<String> notInTitles = new java.util.HashSet<>(nameTerms);
        notInTitles.removeAll(orgTerms);
        this.notInTitles = Set.copyOf(notInTitles);
        float sum = 0;
        this.sceneNames = q.type() == talkbot.intent.AnswerType.CLAUSE ? RoundFit.sceneCities(q) : List.of();
        Set<String> sceneCities = new java.util.HashSet<>();
        for (String name : sceneNames) {
            sceneCities.addAll(analysis.queryTerms(name));
        }
        this.sceneWords = sceneNames.isEmpty() ? Set.of() : Set.copyOf(analysis.queryTerms(SCENE_WORDS));
        this.anyMarket = "move".equals(q.shape().unit()) ? marketTerms : Set.of();
        // "where was the first round": in "Negotiators first met in Geneva …; a second round in Singapore …" the clause that
        // says "first" names its place, so a first round's word stays in the focus of a question of where or when (a month or
        // a city is the whole report's; what came out of the first round is told by another clause than its scene)
        Set<String> firstTerms = q.scope().order() == talkbot.intent.Scope.Order.FIRST && switch (q.type()) {
            case PLACE, CITY, COUNTRY, VENUE, DATE -> true;
            default -> false;
        } ? Set.copyOf(analysis.queryTerms(FIRST_WORDS)) : Set.of();
        for (String t : q.terms()) {
            if ((firstTerms.contains(t) || !q.scope().terms().contains(t)) && !sceneCities.contains(t)) {
                float v = w.of(t);
                weights.put(t, v);
                sum += v;
            }
        }
        this.total = sum;
    }

    /**
     * The words of the round a question names by its city as the scene ("at the earlier round in geneva"): like the city,
     * they tell which round, and a sentence that opens on the city as its scene says them ("In Geneva in April, the two
     * sides agreed …"; not "a deal reached in May in Geneva", which tells of a deal).
     */
    Set<String> sceneWordsSaid(String sentence) {
        for (String city : sceneNames) {
            for (String opening : SCENE_OPENINGS) {
                int end = opening.length() + city.length();
                if (sentence.regionMatches(true, 0, opening + city, 0, end)
                        && (sentence.length() == end || !Character.isLetterOrDigit(sentence.charAt(end)) && sentence.charAt(end) != '\'')) {
                    return sceneWords;
                }
            }
        }
        return Set.of();
    }

    private static final List<String> SCENE_OPENINGS = List.of("In ", "At ");

    /** What a question says of the round whose city it names as the scene: "at the earlier geneva round". */
    private static final String SCENE_WORDS = "talks round rounds meeting meetings negotiations session sessions earlier previous prior";

    /**
     * The question's own words, stemmed without synonyms, and what an abbreviation of its stands for
     * in the corpus's synonyms, for matching titles: "who was the ustr" says "trade representative"
     * (an English word is not expanded: "who led" does not ask for a "chief").
     */
    private static List<String> saidOfTitles(Set<String> said, Question q, TextAnalysis analysis) {
        List<String> words = new java.util.ArrayList<>(said);
        for (String word : talkbot.index.Vocabulary.words(q.corrected())) {
            if (word.length() > 1 && !talkbot.lexicon.EnglishWords.contains(word)) {
                words.addAll(analysis.queryTerms(word));
            }
        }
        return words;
    }

    /**
     * Whether any of these words is one the question itself says (stemmed, without synonyms), other
     * than a name it says: "take effect" of "when do they take effect", not "Paredes" of "Paredes said on Monday".
     */
    boolean saysAnyOf(List<String> words) {
        for (String word : words) {
            List<String> terms = plainWords.computeIfAbsent(word, TextAnalysis::plainTerms);
            if (!java.util.Collections.disjoint(terms, said) && !nameTerms.containsAll(terms)) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each clause of the sentence, the share of the focus it holds, with its neighbours and the
     * rest counting for less (so it can exceed 1: it ranks clauses; callers cap it where a share is meant).
     */
    double[] clauseFit(SentenceReading r) {
        List<Set<String>> terms = r.clauseTerms();
        int n = terms.size();
        double[] own = new double[n];
        for (int i = 0; i < n; i++) {
            boolean namesAnyMarket = !anyMarket.isEmpty() && !java.util.Collections.disjoint(terms.get(i), anyMarket);
            for (Map.Entry<String, Float> e : weights.entrySet()) {
                if (terms.get(i).contains(e.getKey()) || namesAnyMarket && anyMarket.contains(e.getKey())) {
                    own[i] += e.getValue();
                }
            }
        }
        double[] fit = new double[n];
        if (total <= 0) {
            return fit;
        }
        for (int i = 0; i < n; i++) {
            double rest = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    rest += Math.abs(j - i) == 1 ? own[j] * NEIGHBOUR : own[j] * REST;
                }
            }
            fit[i] = (own[i] + rest) / total; // over 1 when neighbours add to a clause that holds it all: still ranks clauses
        }
        return fit;
    }

    /** The share of the focus a piece of text holds, with or without the names the question says. */
    double textFit(String text, boolean names) {
        if (total <= 0) {
            return 0;
        }
        double score = 0;
        for (String t : new java.util.HashSet<>(analysis.queryTerms(text))) {
            Float w = weights.get(t);
            score += w == null || (!names && nameTerms.contains(t)) ? 0 : w;
        }
        return score / total;
    }

    /** Whether a text says a word of the question or one of its synonyms: "British-made medicines" says "drugs". */
    boolean saysWord(String word, String text) {
        List<String> terms = analysis.queryTerms(word);
        return !terms.isEmpty() && new java.util.HashSet<>(analysis.queryTerms(text)).containsAll(terms);
    }

    /** Where a title names two offices: "international trade representative and vice commerce minister". */
    private static final java.util.regex.Pattern OFFICES = java.util.regex.Pattern.compile("\\s+and\\s+|\\s*,\\s*");

    /**
     * How much of the question a person's title holds: "the Treasury Secretary" is Bessent's, "China's
     * trade rep" Li's. A rank the question does not say halves it — "the US trade representative" is
     * Greer, not his deputy, though "Deputy US Trade Representative" holds the same words — unless
     * another office in the title holds the question's words without one ("China's international
     * trade representative and vice commerce minister" is China's trade representative).
     */
    double titleScore(String title) {
        double score = 0;
        boolean ranked = false;
        boolean unranked = false;
        Set<String> counted = new java.util.HashSet<>();
        for (String office : OFFICES.split(title)) {
            double officeScore = 0;
            boolean otherRank = false;
            for (String word : office.split("\\s+")) {
                for (String piece : word.split("-")) { // "Vice-Premier"
                    otherRank |= TitleWords.isRank(piece) && !says(piece);
                }
                if (!says(word)) {
                    continue; // "who led china": "led" is searched as "chief" too, but it does not ask for a chief negotiator
                }
                for (String t : analysis.queryTerms(word)) {
                    Float w = weights.get(t);
                    if (w != null && !notInTitles.contains(t) && counted.add(t)) {
                        officeScore += w;
                    }
                }
            }
            score += officeScore;
            ranked |= officeScore > 0 && otherRank;
            unranked |= officeScore > 0 && !otherRank;
        }
        return total <= 0 ? 0 : (ranked && !unranked ? score / 2 : score) / total;
    }

    /** Whether the question says a word of a title, stemmed, without synonyms but with its abbreviations spelt out. */
    private boolean says(String word) {
        Set<String> ofTitles = saidOfTitles;
        if (ofTitles == null) {
            ofTitles = Set.copyOf(saidOfTitles(said, question, analysis));
            saidOfTitles = ofTitles;
        }
        return !java.util.Collections.disjoint(plainWords.computeIfAbsent(word, TextAnalysis::plainTerms), ofTitles);
    }
}
