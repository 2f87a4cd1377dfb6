package talkbot.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import talkbot.adapter.Platform;
import talkbot.chat.Conversation;
import talkbot.config.NewsSettings;
import talkbot.config.Settings;
import talkbot.config.SettingsLoader;
import talkbot.live.LiveCore;
import talkbot.store.SqliteStore;

/**
 * Starts every platform whose credentials are set, the daily summary, the corpus watcher (new
 * articles are answered within a minute, no restart) and the feeds, then runs until
 * SIGTERM or Ctrl-C: then it stops taking messages, lets replies in flight finish, closes the
 * store and exits 0.
 */
@Command(name = "run", description = "Run the bot on every platform whose credentials are set (Telegram, Slack).")
final class RunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Mixin
    CorpusOption corpus;

    @Override
    public Integer call() throws Exception {
        Settings settings = Core.settings(corpus.corpus);
        NewsSettings news = SettingsLoader.newsFromEnvironment();
        CountDownLatch stop = new CountDownLatch(1);
        Shutdown.onSignal(stop::countDown);
        List<AutoCloseable> open = new ArrayList<>();
        SqliteStore store = SqliteStore.open(settings.dataDir());
        try {
            if (!Platforms.any(settings)) {
                throw new UsageProblem(Platforms.NONE_CONFIGURED); // before the corpus is loaded and indexed
            }
            LiveNews live = LiveNews.start(settings, news);
            open.add(live);
            LiveCore core = live.core();
            Conversation chat = Chats.conversation(settings, live.profile(), core, core, core::articles, store,
                    settings.rateLimitPerMinute());
            int forgotten = store.feedback().forget(java.time.Instant.now().minus(
                    java.time.Duration.ofDays(settings.feedbackDays())));
            if (forgotten > 0) {
                LOG.info("forgot {} vote(s) older than {} days (TALKBOT_FEEDBACK_DAYS)", forgotten, settings.feedbackDays());
            }
            List<Platform> platforms = Platforms.configured(settings, chat, store, core.articleCount());
            if (platforms.isEmpty()) {
                throw new UsageProblem(Platforms.NONE_CONFIGURED);
            }
            for (Platform p : platforms) {
                open.add(0, p);
                p.start();
                LOG.info("{} started", p.name());
            }
            open.add(0, DailySummary.start(settings, store, core, platforms));
            live.startFeeds();
            LOG.info("talkbot is running with {} article(s); stop with SIGTERM or Ctrl-C", core.articleCount());
            stop.await();
            LOG.info("stopping");
            return 0;
        } finally {
            for (AutoCloseable c : open) {
                closeQuietly(c);
            }
            store.close();
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.warn("while stopping: {}", e.toString());
        }
    }
}
