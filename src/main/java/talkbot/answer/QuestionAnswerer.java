package talkbot.answer;

import talkbot.intent.Intent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.corpus.Citation;
import talkbot.corpus.Corpus;
import talkbot.corpus.Sentence;
import talkbot.corpus.Text;
import talkbot.index.CorpusIndex;
import talkbot.intent.IntentRouter;
import talkbot.intent.Question;
import talkbot.intent.QuestionParser;
import talkbot.summary.KeyPoint;
import talkbot.summary.Summarizer;
import talkbot.summary.Summary;

/**
 * The answering core: parses a question, answers it from the facts where one fits and from the
 * best sentence otherwise, and refuses — saying so plainly — when neither covers enough of the
 * question, or when it names someone or something the corpus never mentions.
 */
public final class QuestionAnswerer implements Answerer {
    private static final Logger LOG = LoggerFactory.getLogger(QuestionAnswerer.class);

    /** At or below this confidence (half the question uncovered) the bot says the corpus does not answer. */
    public static final double THRESHOLD = 0.5;
    /** Candidates of other articles this close to the best compete on recency when the question names no round. */
    private static final double RECENCY_MARGIN = 0.1;

    static final String SUGGEST = "I can tell you who is in each delegation, where and when the talks are held, "
            + "the tariff and export figures, what officials said, and the sticking points.";

    private final CorpusIndex index;
    private final QuestionParser parser;
    private final FactRanker facts;
    private final SentenceRanker sentences;
    private final RoundFit rounds;
    private final Weights weights;
    private final ConfidenceModel model;
    private final Summarizer summarizer;

    public QuestionAnswerer(CorpusIndex index, Summarizer summarizer) {
        this.index = Objects.requireNonNull(index, "index");
        this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
        this.parser = new QuestionParser(index, IntentRouter.load());
        Weights weights = new Weights(index, parser.entityMatcher());
        this.weights = weights;
        this.rounds = new RoundFit(index.corpus());
        this.model = ConfidenceModel.load();
        this.facts = new FactRanker(index, weights, rounds, model);
        this.sentences = new SentenceRanker(index, weights, rounds, model);
    }

    public CorpusIndex index() {
        return index;
    }

    @Override
    public Answer answer(String question) {
        String asked = question == null ? "" : question;
        try {
            return answer(parser.parse(asked));
        } catch (RuntimeException e) {
            LOG.error("could not answer a question ({} characters): {}", asked.length(), e.toString());
            return Answer.unanswered(asked, Intent.OUT_OF_SCOPE,
                    "Sorry, I could not work that question out. Please try rephrasing it.");
        }
    }

    Answer answer(Question q) {
        String text = q.text();
        switch (q.intent()) {
            case GREETING:
                return Answer.unanswered(text, Intent.GREETING, "Hello! Ask me about the US–China trade talks in London. " + SUGGEST);
            case HELP:
                return Answer.unanswered(text, Intent.HELP, "Ask me a question about the US–China trade talks in London. " + SUGGEST
                        + " Ask for a summary to get the key points.");
            case SUMMARY:
                return summary(text);
            default:
                break;
        }
        if (q.empty()) {
            return Answer.unanswered(text, Intent.OUT_OF_SCOPE,
                    "Please ask a question about the US–China trade talks in London. " + SUGGEST);
        }
        if (q.unknownName() != null) {
            return refuse(q, "My articles don't mention " + Text.clip(q.unknownName(), 60) + ", so I can't answer that.");
        }
        if (q.pronoun() && (q.intent() == Intent.SAY || q.intent() == Intent.WHO || q.intent() == Intent.ROLE)) {
            return Answer.unanswered(text, q.intent(), "Who do you mean? Ask me again with their name — for example \"What did "
                    + exampleSpeaker() + " say?\"");
        }
        Optional<Candidate> fact = facts.best(q);
        List<Candidate> candidates = new ArrayList<>();
        fact.ifPresent(candidates::add);
        // a sentence wins only by beating the fact by FACT_MARGIN, and none scores over MAX_CONFIDENCE
        boolean factUnbeatable = fact.isPresent() && q.scope().isEmpty() && index.corpus().articles().size() == 1
                && fact.get().confidence() >= SentenceRanker.MAX_CONFIDENCE;
        if (!factUnbeatable) {
            candidates.addAll(sentences.best(q));
        }
        Choice best = choose(q, fact.orElse(null), candidates);
        if (best == null || best.candidate().confidence() < model.threshold()) {
            return refuse(q, "I couldn't find an answer to that in my articles.");
        }
        return answered(q, best);
    }

    /** The chosen candidate, and whether the reply must say as of when (other rounds answer otherwise). */
    private record Choice(Candidate candidate, boolean asOf) {}

    /**
     * The best candidate: a fact unless a sentence is clearly better. When the question names no
     * round and several articles answer it differently, the newest of those close to the best
     * answers, and says as of when: what is true now is what the latest news says.
     */
    private Choice choose(Question q, Candidate fact, List<Candidate> candidates) {
        Candidate best = null;
        for (Candidate c : candidates) {
            if (best == null || c.confidence() > best.confidence()) {
                best = c;
            }
        }
        if (best == null || !q.scope().isEmpty()) {
            return best == null ? null : new Choice(best, false);
        }
        Candidate newest = best;
        boolean differ = false;
        for (Candidate c : candidates) {
            if (c.articleId().equals(best.articleId()) || !c.typed() || c.confidence() < model.threshold()
                    || c.confidence() < best.confidence() - RECENCY_MARGIN || !about(q, c.articleId())) {
                continue;
            }
            if (!Text.fold(c.shortAnswer()).equals(Text.fold(best.shortAnswer()))) {
                differ = true;
            }
            if (rounds.round(c.articleId()).published().isAfter(rounds.round(newest.articleId()).published())) {
                newest = c;
            }
        }
        return new Choice(differ ? newest : best, differ);
    }

    /** Whether an article is about the parties the question names: a later article that only mentions them in passing is not newer news of them. */
    private boolean about(Question q, String articleId) {
        for (talkbot.corpus.Entity e : q.entities()) {
            if (talkbot.intent.EntityMatcher.isHard(e) && weights.isParty(e) && !rounds.about(articleId, e)) {
                return false;
            }
        }
        return true;
    }

    private String exampleSpeaker() {
        for (talkbot.corpus.Fact f : index.corpus().facts()) {
            if (f.kind() == talkbot.corpus.FactKind.QUOTE && Text.looksLikeName(f.subject())) {
                return f.subject();
            }
        }
        return "the minister";
    }

    private Answer answered(Question q, Choice choice) {
        Candidate c = choice.candidate();
        List<Citation> sources = new ArrayList<>();
        for (Sentence s : new LinkedHashSet<>(c.sources())) {
            sources.add(index.corpus().cite(s));
        }
        String shortAnswer = Text.clip(c.shortAnswer(), Answer.SHORT_LIMIT);
        String asOf = choice.asOf() ? "As of " + talkbot.time.DateFormat.date(rounds.round(c.articleId()).published()) + ": " : "";
        String reply = Text.clip(asOf + c.reply(), Answer.REPLY_LIMIT);
        double confidence = Math.max(0, Math.min(1, c.confidence()));
        return new Answer(q.text(), true, q.intent(), shortAnswer, reply, sources, round(confidence));
    }

    private Answer refuse(Question q, String why) {
        boolean onTopic = !q.entities().isEmpty() || q.terms().stream().anyMatch(index::knows);
        Intent intent = onTopic && q.intent() != Intent.WHAT ? q.intent() : Intent.OUT_OF_SCOPE;
        return Answer.unanswered(q.text(), intent, why + " " + SUGGEST);
    }

    private Answer summary(String text) {
        Summary s = summarizer.summarize(null);
        StringBuilder reply = new StringBuilder();
        Set<Citation> sources = new LinkedHashSet<>();
        for (KeyPoint p : s.points()) {
            String line = (reply.length() == 0 ? "" : " ") + p.text();
            if (reply.length() + line.length() > Answer.REPLY_LIMIT) {
                break;
            }
            reply.append(line);
            sources.add(p.source());
        }
        if (reply.length() == 0) {
            return Answer.unanswered(text, Intent.SUMMARY, "I have nothing to summarise yet.");
        }
        return new Answer(text, true, Intent.SUMMARY, Text.clip(s.title(), Answer.SHORT_LIMIT), reply.toString(),
                new ArrayList<>(sources), 1.0);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Loads nothing itself: builds the core over a loaded corpus. */
    public static QuestionAnswerer over(Corpus corpus, Summarizer summarizer) {
        return new QuestionAnswerer(CorpusIndex.build(corpus), summarizer);
    }
}
