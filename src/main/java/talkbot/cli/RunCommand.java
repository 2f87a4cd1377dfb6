package talkbot.cli;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import talkbot.adapter.Platform;
import talkbot.chat.Conversation;
import talkbot.config.Deployment;
import talkbot.config.NewsSettings;
import talkbot.config.Settings;
import talkbot.config.SettingsLoader;
import talkbot.live.LiveCore;
import talkbot.metrics.BotMetrics;
import talkbot.metrics.PrometheusEndpoint;
import talkbot.store.Store;
import talkbot.web.WebServer;

/**
 * Starts every platform whose credentials are set, the daily summary, the corpus watcher (new
 * articles are answered within a minute, no restart), the feeds and the HTTP server (when anything
 * needs it), then runs until SIGTERM or Ctrl-C: then it stops taking messages, lets replies in
 * flight finish, closes the store and exits 0.
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
        Store store = StoreChoice.open(settings);
        try {
            if (!Platforms.any(settings)) {
                throw new UsageProblem(Platforms.NONE_CONFIGURED); // before the corpus is loaded and indexed
            }
            LiveNews live = LiveNews.start(settings, news, store);
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
            AtomicBoolean started = new AtomicBoolean();
            WebServer web = web(settings);
            if (web != null) {
                PrometheusEndpoint metrics = new PrometheusEndpoint();
                open.add(0, metrics);
                BotMetrics.corpusSize(core::articleCount);
                OperatorRoutes.install(web, store, core::articleCount, started::get, metrics);
                platforms.forEach(p -> p.serveOn(web));
            }
            for (Platform p : platforms) {
                open.add(0, p);
                p.start();
                LOG.info("{} started", p.name());
            }
            if (web != null) {
                // listens once every platform's route is in: a 200 from /health means they are served
                open.add(0, web);
                web.start();
                LOG.info("HTTP on port {}: GET /health, /ready, /metrics", web.port());
            }
            started.set(true);
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

    /** The bot's one HTTP server, when anything needs it (see {@link Deployment#serveHttp()}); else null. */
    private static WebServer web(Settings settings) {
        boolean slackHttp = settings.slackBotToken().isPresent() && settings.slackAppToken().isEmpty();
        if (!slackHttp && !settings.deployment().serveHttp()) {
            return null;
        }
        String setting = settings.deployment().httpPortSet() ? "TALKBOT_HTTP_PORT" : "SLACK_PORT";
        return new WebServer(new InetSocketAddress(settings.deployment().httpPort()), setting, 64, Duration.ofSeconds(10));
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.warn("while stopping: {}", e.toString());
        }
    }
}
