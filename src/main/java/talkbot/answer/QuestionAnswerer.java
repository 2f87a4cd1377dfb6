package talkbot.answer;

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
    /** A fact wins over a sentence unless the sentence is clearly better. */
    private static final double FACT_MARGIN = 0.1;

    static final String SUGGEST = "I can tell you who is in each delegation, where and when the talks are held, "
            + "the tariff and export figures, what officials said, and the sticking points.";

    private final CorpusIndex index;
    private final QuestionParser parser;
    private final FactRanker facts;
    private final SentenceRanker sentences;
    private final Summarizer summarizer;

    public QuestionAnswerer(CorpusIndex index, Summarizer summarizer) {
        this.index = Objects.requireNonNull(index, "index");
        this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
        this.parser = new QuestionParser(index, IntentRouter.load());
        Weights weights = new Weights(index, parser.entityMatcher());
        this.facts = new FactRanker(index, weights);
        this.sentences = new SentenceRanker(index, weights);
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
        Optional<Candidate> fact = facts.best(q);
        // a sentence wins only by beating the fact by FACT_MARGIN, and none scores over MAX_CONFIDENCE
        boolean factUnbeatable = fact.isPresent()
                && fact.get().confidence() + FACT_MARGIN >= SentenceRanker.MAX_CONFIDENCE;
        Optional<Candidate> sentence = factUnbeatable ? Optional.empty() : sentences.best(q);
        Candidate best = choose(fact, sentence);
        if (best == null || best.confidence() <= THRESHOLD) {
            return refuse(q, "I couldn't find an answer to that in my articles.");
        }
        return answered(q, best);
    }

    private static Candidate choose(Optional<Candidate> fact, Optional<Candidate> sentence) {
        if (fact.isEmpty()) {
            return sentence.orElse(null);
        }
        if (sentence.isEmpty()) {
            return fact.get();
        }
        return sentence.get().confidence() > fact.get().confidence() + FACT_MARGIN ? sentence.get() : fact.get();
    }

    private Answer answered(Question q, Candidate c) {
        List<Citation> sources = new ArrayList<>();
        for (Sentence s : new LinkedHashSet<>(c.sources())) {
            sources.add(index.corpus().cite(s));
        }
        String shortAnswer = Text.clip(c.shortAnswer(), Answer.SHORT_LIMIT);
        String reply = Text.clip(c.reply(), Answer.REPLY_LIMIT);
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
