package talkbot.adapter.slack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import talkbot.FakeTokens;
import talkbot.answer.Answer;
import talkbot.answer.Answerer;
import talkbot.intent.Intent;
import talkbot.chat.ChatService;
import talkbot.chat.Conversation;
import talkbot.config.Secret;
import talkbot.config.Settings;
import talkbot.corpus.ArticleInfo;
import talkbot.corpus.Citation;
import talkbot.store.SqliteStore;
import talkbot.summary.KeyPoint;
import talkbot.summary.Summary;

/**
 * A small core for adapter tests: an answerer that records each question and answers it with
 * "You asked: QUESTION" (so that user text reaches the reply), a fixed summary, two articles,
 * and a real SQLite store in a temporary folder.
 */
final class TestCore implements AutoCloseable {
    static final String BOT_TOKEN = FakeTokens.slackBot("fake.bot.token.0123456789");
    static final String SIGNING_SECRET = "fakeSigningSecretForTests0";
    static final String APP_TOKEN = FakeTokens.slackApp("fake.app.token.for.tests");
    static final Citation QUOTE = new Citation("a1", "Talks resume in London", LocalDate.of(2025, 6, 9),
            "He Lifeng leads China's delegation at Lancaster House.");
    static final List<ArticleInfo> ARTICLES = List.of(
            new ArticleInfo("a1", "Talks resume in London", LocalDate.of(2025, 6, 9), "Reuters"),
            new ArticleInfo("a2", "Day two of the talks", LocalDate.of(2025, 6, 10), "AP",
                    "https://example.com/day-two"));

    final List<String> questions = new CopyOnWriteArrayList<>();
    final SqliteStore store;
    /** What the commands say. */
    final ChatService service;
    /** The conversation the platform talks through (rate limit 1000 a minute). */
    final Conversation chat;
    private volatile UnaryOperator<String> beforeAnswer = UnaryOperator.identity();
    private final java.time.Clock clock;

    TestCore(Path dataDir) {
        this(dataDir, null, java.time.Clock.systemUTC());
    }

    /**
     * A real {@code core} (questions still recorded) whose conversations' contexts and votes are
     * timed by {@code clock}: for conversations end to end.
     */
    TestCore(Path dataDir, Answerer core, java.time.Clock clock) {
        this.store = SqliteStore.open(dataDir);
        this.clock = clock;
        Answerer fake = q -> {
            String question = beforeAnswer.apply(q);
            questions.add(question);
            String reply = "You asked: " + question;
            return new Answer(question, true, Intent.WHAT, "He Lifeng",
                    reply.length() > Answer.REPLY_LIMIT ? reply.substring(0, Answer.REPLY_LIMIT) : reply,
                    List.of(QUOTE), 0.9);
        };
        Answerer answerer = core == null ? fake : new Answerer() {
            @Override
            public Answer answer(String question) {
                questions.add(question);
                return core.answer(question);
            }

            @Override
            public Answer answer(String question, talkbot.answer.Turn previous) {
                questions.add(question);
                return core.answer(question, previous);
            }
        };
        this.service = new ChatService(answerer,
                seen -> new Summary("The talks so far", List.of(), List.of(new KeyPoint("They met in London.", QUOTE)),
                        Set.of("a1")),
                ARTICLES, store);
        this.chat = conversation(1000);
    }

    /** A conversation on this core whose chats may ask {@code perMinute} questions a minute. */
    Conversation conversation(int perMinute) {
        return new Conversation(service, store.feedback(), new Conversation.Options(perMinute, Duration.ofDays(90), clock));
    }

    /** Runs before each answer (a latch, to hold an answer back). */
    void beforeAnswer(UnaryOperator<String> hook) {
        this.beforeAnswer = hook;
    }

    /** The Slack adapter's part of {@link #settings}. */
    static talkbot.config.SlackSettings slackSettings(URI apiUrl, Path dataDir, boolean signingSecret, boolean appToken) {
        return settings(apiUrl, dataDir, signingSecret, appToken).slack().orElseThrow();
    }

    static Settings settings(URI apiUrl, Path dataDir, boolean signingSecret, boolean appToken) {
        return new Settings(Path.of("corpus"), dataDir, Optional.empty(), URI.create("https://api.telegram.org"),
                Optional.of(new Secret(BOT_TOKEN)),
                signingSecret ? Optional.of(new Secret(SIGNING_SECRET)) : Optional.empty(),
                appToken ? Optional.of(new Secret(APP_TOKEN)) : Optional.empty(),
                apiUrl, 0, LocalTime.of(8, 0), ZoneId.of("Europe/London"), List.of(), 1000);
    }

    /** Loopback only, a short ack deadline, and retries whose waits are recorded, not taken. */
    static Tuning tuning(Duration ackDeadline, List<Duration> waits) {
        return new Tuning(ackDeadline, Duration.ofSeconds(2),
                new Retries(3, Duration.ofSeconds(1), Duration.ofSeconds(30), waits::add),
                2, 4, java.net.InetAddress.getLoopbackAddress(), Duration.ofSeconds(10));
    }

    @Override
    public void close() {
        store.close();
    }
}
