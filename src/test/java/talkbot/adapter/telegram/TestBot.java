package talkbot.adapter.telegram;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import talkbot.FakeTokens;
import talkbot.answer.Answer;
import talkbot.answer.Answerer;
import talkbot.answer.Turn;
import java.time.Clock;
import talkbot.intent.Intent;
import talkbot.chat.ChatService;
import talkbot.chat.Conversation;
import talkbot.config.Secret;
import talkbot.config.Settings;
import talkbot.corpus.ArticleInfo;
import talkbot.corpus.BotProfile;
import talkbot.corpus.Citation;
import talkbot.store.SqliteStore;
import talkbot.store.Store;
import talkbot.summary.KeyPoint;
import talkbot.summary.Summary;

/**
 * A {@link TelegramPlatform} wired to a small fake core, a real store and a {@link FakeBotApi},
 * with short waits. The core answers "He Lifeng" to anything, echoes questions starting with
 * "echo " back in its reply, and throws for questions containing "explode".
 */
final class TestBot implements AutoCloseable {
    static final String TOKEN = FakeTokens.telegramShaped("000", "fake-telegram-token-for-tests");
    static final Citation CITATION = new Citation("a1", "US & China meet in <London>", LocalDate.of(2025, 6, 9),
            "Vice Premier He Lifeng leads China's delegation.");

    static final TelegramOptions FAST = new TelegramOptions(Duration.ofSeconds(1), Duration.ofMillis(50), Duration.ofMillis(20),
            Duration.ofMillis(200), new RetryPolicy(5, Duration.ofMillis(20), Duration.ofMillis(100),
                    Duration.ofSeconds(2), true),
            Duration.ofSeconds(2), 2, Duration.ofSeconds(2), Duration.ofSeconds(5));

    final Queue<String> questions = new ConcurrentLinkedQueue<>();
    final Store store;
    final TelegramPlatform platform;
    private final boolean ownsStore;

    TestBot(FakeBotApi api, Path dir) {
        this(api, dir, 20, null);
    }

    TestBot(FakeBotApi api, Path dir, int rateLimit, Store shared) {
        this(api, dir, rateLimit, shared, null, Clock.systemUTC());
    }

    /**
     * A bot on a real {@code core} (questions still recorded), whose conversations' contexts and
     * votes are timed by {@code clock}: for conversations end to end.
     */
    TestBot(FakeBotApi api, Path dir, Answerer core, Clock clock) {
        this(api, dir, 20, null, core, clock);
    }

    private TestBot(FakeBotApi api, Path dir, int rateLimit, Store shared, Answerer core, Clock clock) {
        this.store = shared != null ? shared : SqliteStore.open(dir.resolve("data"));
        this.ownsStore = shared == null;
        ChatService chat = new ChatService(core == null ? answerer() : recording(core), seen -> new Summary("The London talks",
                List.of(), List.of(new KeyPoint("The talks are in London.", CITATION)), Set.of("a1")),
                List.of(new ArticleInfo("a1", "US & China meet in <London>", LocalDate.of(2025, 6, 9), "Reuters",
                        "https://example.com/talks?a=1&b=2")),
                store, BotProfile.load(Path.of("corpus")), ChatService.postTime(LocalTime.of(8, 0), ZoneId.of("UTC")),
                Duration.ofMinutes(10));
        this.platform = new TelegramPlatform(settings(api, dir, rateLimit).telegram().orElseThrow(), new Conversation(chat, store.feedback(),
                new Conversation.Options(rateLimit, Duration.ofDays(90), clock)), store, FAST);
    }

    /** {@code core}, recording each question as asked. */
    private Answerer recording(Answerer core) {
        return new Answerer() {
            @Override
            public Answer answer(String question) {
                questions.add(question);
                return core.answer(question);
            }

            @Override
            public Answer answer(String question, Turn previous) {
                questions.add(question);
                return core.answer(question, previous);
            }
        };
    }

    static Settings settings(FakeBotApi api, Path dir, int rateLimit) {
        return new Settings(dir.resolve("corpus"), dir.resolve("data"), Optional.of(new Secret(TOKEN)),
                URI.create(api.url()), Optional.empty(), Optional.empty(), Optional.empty(),
                URI.create("https://slack.com/api/"), 3000, LocalTime.of(8, 0), ZoneId.of("UTC"), List.of(),
                rateLimit);
    }

    private Answerer answerer() {
        return q -> {
            questions.add(q);
            if (q.contains("explode")) {
                throw new IllegalStateException("the index broke while answering: " + q);
            }
            if (q.startsWith("echo ")) {
                return Answer.unanswered(q, Intent.WHAT, "You asked: " + q.substring(5));
            }
            return new Answer(q, true, Intent.WHO, "He Lifeng", "Vice Premier He Lifeng leads China's delegation.",
                    List.of(CITATION), 0.9);
        };
    }

    TestBot start() throws Exception {
        platform.start();
        return this;
    }

    @Override
    public void close() {
        platform.close();
        if (ownsStore) {
            store.close();
        }
    }
}
