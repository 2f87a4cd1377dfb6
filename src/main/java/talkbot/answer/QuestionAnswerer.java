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
import talkbot.corpus.BotProfile;
import talkbot.corpus.Citation;
import talkbot.corpus.Corpus;
import talkbot.corpus.Sentence;
import talkbot.corpus.Text;
import talkbot.index.CorpusIndex;
import talkbot.intent.FollowUp;
import talkbot.intent.FollowUps;
import talkbot.intent.IntentRouter;
import talkbot.intent.Question;
import talkbot.intent.QuestionParser;
import talkbot.intent.Scope;
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


    private final CorpusIndex index;
    private final QuestionParser parser;
    private final FollowUps followUps;
    private final FactRanker facts;
    private final SentenceRanker sentences;
    private final RoundFit rounds;
    private final Weights weights;
    private final ConfidenceModel model;
    private final Calibration calibration = Calibration.load();
    private final RoundAnswers roundAnswers;
    private final Summarizer summarizer;
    /** The greeting, help and what it can answer: the corpus's bot.properties. */
    private final BotProfile profile;

    /** A core that speaks in neutral texts (a corpus without bot.properties). */
    public QuestionAnswerer(CorpusIndex index, Summarizer summarizer) {
        this(index, summarizer, BotProfile.defaults());
    }

    public QuestionAnswerer(CorpusIndex index, Summarizer summarizer, BotProfile profile) {
        this.index = Objects.requireNonNull(index, "index");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
        this.parser = new QuestionParser(index, IntentRouter.load());
        this.followUps = new FollowUps(parser);
        Weights weights = new Weights(index, parser.entityMatcher());
        this.weights = weights;
        this.rounds = new RoundFit(index.corpus());
        this.roundAnswers = new RoundAnswers(rounds::round);
        this.model = ConfidenceModel.load();
        Sides sides = new Sides(index); // one cache of people's sides, shared by both rankers
        this.facts = new FactRanker(index, weights, rounds, model, sides);
        this.sentences = new SentenceRanker(index, weights, rounds, model, sides);
    }

    public CorpusIndex index() {
        return index;
    }

    /**
     * Answers a message of a conversation: a follow-up is read with the last exchange (see
     * {@link FollowUps}); the answer names the whole question it answered, to remember as the next turn.
     */
    @Override
    public Answer answer(String question, Turn previous) {
        String asked = question == null ? "" : question;
        if (previous == null) {
            return answer(asked);
        }
        try {
            FollowUp f = followUps.read(asked, previous.question(), previous.answer().answered() ? previous.answer().chosenShort() : null);
            return switch (f.kind()) {
                case STANDALONE -> answer(asked);
                case REWRITTEN -> answer(f.question()).asking(f.question());
                case ASK_WHO -> Answer.unanswered(asked, Intent.WHO, "Who do you mean? I can't tell from what we last talked about"
                        + " — ask me again with their name.");
                case SOURCE -> source(asked, previous);
                case ELSE, MORE -> another(f, previous);
                case ASPECT -> aspect(f, previous);
            };
        } catch (RuntimeException e) {
            LOG.error("could not answer a follow-up ({} characters): {}", asked.length(), e.toString());
            return answer(asked);
        }
    }

    /** "source?": where the last answer comes from, with the article and its date. */
    private Answer source(String asked, Turn previous) {
        Answer last = previous.answer();
        if (last.sources().isEmpty()) {
            return Answer.unanswered(asked, Intent.OUT_OF_SCOPE, "My last reply didn't come from an article, so it has no source to show.")
                    .asking(previous.question());
        }
        Citation c = last.sources().get(0);
        String reply = Text.clip("From “" + c.articleTitle() + "” (" + talkbot.time.DateFormat.date(c.published()) + "): “"
                + c.sentence() + "”", Answer.REPLY_LIMIT);
        return new Answer(previous.question(), true, last.intent(), Text.clip(c.articleTitle(), Answer.SHORT_LIMIT), reply,
                last.sources(), last.confidence());
    }

    /** "who else?", "tell me more": the last question again, from an answer not given yet. */
    private Answer another(FollowUp f, Turn previous) {
        Question q = parser.parse(f.question());
        java.util.Set<String> given = new java.util.HashSet<>();
        for (Citation c : previous.answer().sources()) {
            given.add(c.sentence());
        }
        // every answer already given, each round's of a list: "who else?" names someone not yet read
        List<String> before = new ArrayList<>();
        if (previous.answer().byRound().isEmpty()) {
            before.add(previous.answer().shortAnswer() == null ? "" : Text.fold(previous.answer().shortAnswer()));
        }
        for (RoundAnswer r : previous.answer().byRound()) {
            before.add(Text.fold(r.shortAnswer()));
        }
        Answer a = answer(q, c -> f.kind() == FollowUp.Kind.MORE
                ? !given.contains(c.sources().get(0).text())
                : before.stream().noneMatch(b -> b.contains(Text.fold(c.shortAnswer())) || Text.fold(c.shortAnswer()).contains(b)));
        if (!a.answered()) {
            return Answer.unanswered(f.question(), q.intent(), f.kind() == FollowUp.Kind.MORE
                    ? "That's all my articles say about it." : "My articles don't name anyone else for that.");
        }
        return a.asking(f.question());
    }

    /**
     * "when?", "where?", "why?": that aspect of what the last answer was about — from the
     * sentence it came from, else from its article; "when?" and "where?" fall back on the round
     * that article reports.
     */
    private Answer aspect(FollowUp f, Turn previous) {
        Question q = parser.parse(f.question()).reshaped(f.aspect());
        java.util.Set<String> sentences = new java.util.HashSet<>();
        java.util.Set<String> articles = new java.util.HashSet<>();
        // an answer that lists several rounds' goes on from the chosen one's, its first source
        List<Citation> from = previous.answer().byRound().isEmpty() ? previous.answer().sources() : List.of(previous.answer().byRound().get(0).source());
        for (Citation c : from) {
            sentences.add(c.sentence());
            articles.add(c.articleId());
        }
        Answer same = answer(q, c -> sentences.contains(c.sources().get(0).text()) && c.typed());
        if (same.answered() && !(f.aspect() == Intent.WHEN && !articles.isEmpty()
                && !nearRound(same, rounds.round(articles.iterator().next())))) {
            return same.asking(f.question()); // the sentence dates or places it: "Speaking on Sunday, ..."
        }
        if (!articles.isEmpty() && (f.aspect() == Intent.WHEN || f.aspect() == Intent.WHERE)) {
            talkbot.corpus.Round r = rounds.round(articles.iterator().next());
            if (f.aspect() == Intent.WHERE && r.place() != null) {
                return roundAnswer(f.question(), f.aspect(), r, r.place(), "The talks it is about took place in " + r.place() + ".");
            }
            if (f.aspect() == Intent.WHEN) {
                String when = talkbot.time.DateFormat.range(r.from(), r.to());
                return roundAnswer(f.question(), f.aspect(), r, when, "The talks it is about took place on " + when + ".");
            }
        }
        return answer(q, c -> articles.isEmpty() || articles.contains(c.articleId())).asking(f.question());
    }

    /** Whether an answer's date falls within a week of the round its article reports: else it dates something else. */
    private static boolean nearRound(Answer a, talkbot.corpus.Round r) {
        String s = a.shortAnswer() == null ? "" : a.shortAnswer();
        for (java.time.LocalDate d = r.from().minusDays(7); !d.isAfter(r.to().plusDays(7)); d = d.plusDays(1)) {
            if (talkbot.time.DateFormat.says(s, d)) {
                return true;
            }
        }
        return false;
    }

    private Answer roundAnswer(String question, Intent intent, talkbot.corpus.Round r, String shortAnswer, String reply) {
        talkbot.corpus.Article a = index.corpus().article(r.articleId());
        Sentence lead = a.sentences().stream().filter(s -> !s.heading()).findFirst().orElse(a.sentences().get(0));
        return new Answer(question, true, intent, Text.clip(shortAnswer, Answer.SHORT_LIMIT), reply,
                List.of(index.corpus().cite(lead)), 0.8);
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
        return answer(q, c -> true);
    }

    /** Answers a question from the candidates {@code allowed} lets through. */
    private Answer answer(Question q, java.util.function.Predicate<Candidate> allowed) {
        String text = q.text();
        switch (q.intent()) {
            case GREETING:
                return Answer.unanswered(text, Intent.GREETING, Text.clip(profile.greeting() + " " + profile.suggest(), Answer.REPLY_LIMIT));
            case HELP:
                return Answer.unanswered(text, Intent.HELP, Text.clip(profile.help() + " " + profile.suggest()
                        + " Ask for a summary to get the key points.", Answer.REPLY_LIMIT));
            case SUMMARY:
                return summary(text);
            default:
                break;
        }
        if (q.pronoun() && (q.intent() == Intent.SAY || q.intent() == Intent.WHO || q.intent() == Intent.ROLE)) {
            return Answer.unanswered(text, q.intent(), "Who do you mean? Ask me again with their name — for example \"What did "
                    + exampleSpeaker() + " say?\"");
        }
        if (q.empty()) {
            return Answer.unanswered(text, Intent.OUT_OF_SCOPE,
                    Text.clip(profile.help() + " " + profile.suggest(), Answer.REPLY_LIMIT));
        }
        if (q.unknownName() != null) {
            return refuse(q, "My articles don't mention " + Text.clip(q.unknownName(), 60) + ", so I can't answer that.");
        }
        Optional<Candidate> fact = facts.best(q).filter(allowed);
        List<Candidate> candidates = new ArrayList<>();
        fact.ifPresent(candidates::add);
        // a sentence wins over a fact with a higher confidence
        boolean factUnbeatable = fact.isPresent() && q.scope().isEmpty() && index.corpus().articles().size() == 1
                && fact.get().confidence() >= SentenceRanker.MAX_CONFIDENCE;
        if (!factUnbeatable) {
            sentences.best(q).stream().filter(allowed).forEach(candidates::add);
        }
        Chosen best = choose(q, candidates);
        if (best == null || best.candidate().confidence() < model.threshold()) {
            return refuse(q, "I couldn't find an answer to that in my articles.");
        }
        return answered(q, best);
    }

    /** The chosen candidate, and whether the reply must say as of when (other rounds answer otherwise). */
    private record Chosen(Candidate candidate, boolean asOf, List<Candidate> rivals) {}

    /**
     * The best candidate: a fact unless a sentence is clearly better. When the question names no
     * round, or asks about "now" and names a country, and several articles answer it differently,
     * the newest of those close to the best answers, and says as of when: what is true now is what
     * the latest news says. A month named without a year picks the latest such month
     * ({@link #latestOfTheMonth}); a place, a year or "the first round" leaves the best as it is.
     */
    private Chosen choose(Question q, List<Candidate> candidates) {
        Candidate best = null;
        for (Candidate c : candidates) {
            // of two as good, the newer: not whichever the search happened to find first
            if (best == null || c.confidence() > best.confidence() || c.confidence() == best.confidence() && newer(c, best)) {
                best = c;
            }
        }
        if (best == null || !recencyDecides(q.scope())) {
            return best == null ? null : new Chosen(best, false, List.of());
        }
        if (q.scope().order() == Scope.Order.LATEST && !q.names(talkbot.corpus.Entity.EntityType.COUNTRY) && asksNext(q)) {
            // "next round city?": the round its words fit best, not the newest news of any talks; each other round's next beside it
            return new Chosen(best, false, q.scope().hasTime() ? List.of() : close(q, best, candidates).rivals());
        }
        if (q.scope().hasTime()) {
            return latestOfTheMonth(q, best, candidates);
        }
        Close close = close(q, best, candidates);
        if (pastTense(q) && !RoundFit.asksWhatPrecededThis(q)) {
            // "where was the framework agreed": one event, not the latest news; but "the round before this one" is before the latest
            return new Chosen(best, false, close.rivals());
        }
        boolean differ = !close.rivals().isEmpty();
        return new Chosen(differ ? close.newest() : best, differ, close.rivals());
    }

    /**
     * The candidates of other articles close to the best: those that answer otherwise, the best first (none when every one
     * answers as the best does), and the newest of all of them.
     */
    private record Close(List<Candidate> rivals, Candidate newest) {}

    private Close close(Question q, Candidate best, List<Candidate> candidates) {
        Candidate newest = best;
        List<Candidate> rivals = new ArrayList<>();
        TopicWord topic = TopicWord.of(q, best, weights, index.analysis());
        for (Candidate c : candidates) {
            if (c.articleId().equals(best.articleId()) || c.confidence() < best.confidence() - RECENCY_MARGIN || !rival(q, c)
                    || !topic.saidBy(c)) { // "when does the lower lumber duty kick in": not a newer report's fentanyl tariff
                continue;
            }
            if (!Text.fold(c.shortAnswer()).equals(Text.fold(best.shortAnswer()))) {
                rivals.add(c);
            }
            if (newer(c, newest)) {
                newest = c;
            }
        }
        if (!rivals.isEmpty()) {
            rivals.add(0, best);
        }
        return new Close(rivals, newest);
    }

    /**
     * A month named without a year, when the best answer comes from a round held in such a month,
     * means the latest such month ("where were the talks in june held"), whatever the tense: the
     * newest round it selects that answers at all answers; the others are kept as rivals, which a
     * question in the past tense offers as the rounds it may mean.
     */
    private Chosen latestOfTheMonth(Question q, Candidate best, List<Candidate> candidates) {
        Set<String> selected = rounds.selected(q);
        if (!selected.contains(best.articleId())) {
            return new Chosen(best, false, List.of()); // "exports fell in may", told in June's report: the month of an event, not of a round
        }
        Candidate newest = null;
        List<Candidate> rivals = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!selected.contains(c.articleId()) || !rival(q, c)) {
                continue;
            }
            rivals.add(c);
            if (newest == null || newer(c, newest)) {
                newest = c;
            }
        }
        if (newest == null) {
            return new Chosen(best, false, List.of());
        }
        rivals.remove(newest);
        rivals.add(0, newest);
        return new Chosen(newest, false, rivals.size() > 1 ? rivals : List.of());
    }

    /**
     * Whether the newest of the answers close to the best one wins: when the question names no
     * round, when it asks for the latest ("tariff on chinese goods now?") without naming a place,
     * and when it names a month without a year, which means the latest such month ("the talks in
     * june"). A place, a year or "the first round" picks the round itself.
     */
    private static boolean recencyDecides(Scope scope) {
        if (scope.order() == Scope.Order.FIRST || !scope.places().isEmpty()) {
            return false;
        }
        return !scope.hasTime() || scope.yearsBack() > 0;
    }

    /** A candidate that may answer instead of the best: a typed answer above the threshold, from an article about the parties asked. */
    private boolean rival(Question q, Candidate c) {
        return c.typed() && c.confidence() >= model.threshold() && about(q, c.articleId());
    }

    /** Whether {@code c}'s article was published after {@code than}'s. */
    private boolean newer(Candidate c, Candidate than) {
        return rounds.round(c.articleId()).published().isAfter(rounds.round(than.articleId()).published());
    }

    /** "when is the next round": with no country named, the round its words fit best, not the newest news of any talks. */
    private static boolean asksNext(Question q) {
        return NEXT.matcher(Text.fold(q.text())).find();
    }

    private static final java.util.regex.Pattern NEXT = java.util.regex.Pattern.compile("\\b(?:next|upcoming|following)\\b");
    /** A question of the round to come, whose day each report announces for its own talks (not "resume following the truce"). */
    private static final java.util.regex.Pattern NEXT_ROUND = java.util.regex.Pattern.compile("\\b(?:next|upcoming)\\b");


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
            if (f.kind() == talkbot.corpus.FactKind.QUOTE) {
                for (talkbot.corpus.Entity e : index.corpus().entities()) {
                    if (e.type() == talkbot.corpus.Entity.EntityType.PERSON && e.names().contains(f.subject())) {
                        return e.name();
                    }
                }
            }
        }
        return "the minister";
    }

    private Answer answered(Question q, Chosen choice) {
        Candidate c = choice.candidate();
        List<Citation> sources = new ArrayList<>();
        for (Sentence s : new LinkedHashSet<>(c.sources())) {
            sources.add(index.corpus().cite(s));
        }
        String shortAnswer = Text.clip(c.shortAnswer(), Answer.SHORT_LIMIT);
        String asOf = choice.asOf() ? Answer.AS_OF + talkbot.time.DateFormat.date(rounds.round(c.articleId()).published()) + ": " : "";
        String reply = Text.clip(asOf + c.reply(), Answer.REPLY_LIMIT);
        boolean nextRound = NEXT_ROUND.matcher(Text.fold(q.text())).find();
        List<RoundAnswers.Entry> listed = roundAnswers.list(q.type(), c, aboutAsWell(choice), choice.asOf(), nextRound,
                !nextRound && PastRound.asksMeeting(q));
        List<RoundAnswer> byRound = new ArrayList<>();
        if (listed.size() > 1) {
            // rounds that answer otherwise, about as well: each round's answer, labelled, and each one's source
            shortAnswer = RoundAnswers.shortAnswer(listed);
            reply = Text.clip(RoundAnswers.reply(listed, asOf), Answer.REPLY_LIMIT);
            for (RoundAnswers.Entry e : listed) {
                Citation cited = index.corpus().cite(e.candidate().sources().get(0));
                byRound.add(new RoundAnswer(e.label(), e.candidate().shortAnswer(), cited));
                if (!sources.contains(cited)) {
                    sources.add(cited);
                }
            }
        }
        double confidence = Math.max(0, Math.min(1, calibration.apply(c.confidence())));
        List<talkbot.answer.Choice> choices = pastTense(q) ? choices(q, choice.rivals()) : List.of();
        return new Answer(q.text(), true, q.intent(), shortAnswer, reply, sources, round(confidence), choices, byRound);
    }

    /** The rivals within {@link #RECENCY_MARGIN} of the best of them and the chosen answer: those a list may show beside it. */
    private static List<Candidate> aboutAsWell(Chosen choice) {
        double best = choice.candidate().confidence();
        for (Candidate r : choice.rivals()) {
            best = Math.max(best, r.confidence());
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate r : choice.rivals()) {
            if (r.confidence() >= best - RECENCY_MARGIN) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean pastTense(Question q) {
        String folded = Text.fold(q.text());
        return PAST.matcher(folded).find() && !PRESENT.matcher(folded).find();
    }

    /** A question in the past tense ("where were the talks?") asks about one round; in the present ("what is the tariff now?") about the latest. */
    private static final java.util.regex.Pattern PAST = java.util.regex.Pattern.compile("\\b(?:did|was|were|had)\\b");
    private static final java.util.regex.Pattern PRESENT = java.util.regex.Pattern.compile(
            "\\b(?:is|are|now|current|currently|still|latest|will|today|yet)\\b");

    /**
     * The rounds a past-tense question may mean when their answers differ: "the talks in Geneva
     * (May 2025)", each standing for the question asked of that round.
     */
    private List<talkbot.answer.Choice> choices(Question q, List<Candidate> rivals) {
        List<talkbot.answer.Choice> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Candidate c : rivals) {
            talkbot.corpus.Round r = rounds.round(c.articleId());
            String when = talkbot.time.DateFormat.monthYear(r.from());
            String label = r.place() != null ? "the talks in " + r.place() + " (" + when + ")"
                    : index.corpus().article(c.articleId()).info().title() + " (" + when + ")";
            String scoped = q.text().replaceAll("[?.!\\s]+$", "") + (r.place() != null ? " in " + r.place() : " in " + when) + "?";
            if (seen.add(label) && out.size() < 3) {
                out.add(new talkbot.answer.Choice(label, scoped));
            }
        }
        return out.size() > 1 ? out : List.of();
    }

    private Answer refuse(Question q, String why) {
        boolean onTopic = !q.entities().isEmpty() || q.terms().stream().anyMatch(index::knows);
        Intent intent = onTopic && q.intent() != Intent.WHAT ? q.intent() : Intent.OUT_OF_SCOPE;
        return Answer.unanswered(q.text(), intent, Text.clip(why + " " + profile.suggest(), Answer.REPLY_LIMIT));
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

    /** The same, speaking with the corpus's {@code bot.properties}. */
    public static QuestionAnswerer over(Corpus corpus, Summarizer summarizer, BotProfile profile) {
        return new QuestionAnswerer(CorpusIndex.build(corpus), summarizer, profile);
    }
}
