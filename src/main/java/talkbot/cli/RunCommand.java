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
import talkbot.store.SqliteStore;

/**
 * Starts every platform whose credentials are set, and the daily summary, then runs until
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
        Core core = corpus.load();
        CountDownLatch stop = new CountDownLatch(1);
        Shutdown.onSignal(stop::countDown);
        List<AutoCloseable> open = new ArrayList<>();
        SqliteStore store = SqliteStore.open(core.settings().dataDir());
        try {
            Conversation chat = Chats.forPlatforms(core, store);
            int forgotten = store.feedback().forget(java.time.Instant.now().minus(
                    java.time.Duration.ofDays(core.settings().feedbackDays())));
            if (forgotten > 0) {
                LOG.info("forgot {} vote(s) older than {} days (TALKBOT_FEEDBACK_DAYS)", forgotten, core.settings().feedbackDays());
            }
            List<Platform> platforms = Platforms.configured(core.settings(), chat, store, core.corpus().articles().size());
            if (platforms.isEmpty()) {
                throw new UsageProblem(Platforms.NONE_CONFIGURED);
            }
            for (Platform p : platforms) {
                open.add(0, p);
                p.start();
                LOG.info("{} started", p.name());
            }
            open.add(0, DailySummary.start(core, store, platforms));
            LOG.info("talkbot is running with {} article(s); stop with SIGTERM or Ctrl-C", core.corpus().articles().size());
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
