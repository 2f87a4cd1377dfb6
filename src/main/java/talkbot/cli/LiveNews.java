package talkbot.cli;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.config.NewsSettings;
import talkbot.config.Settings;
import talkbot.corpus.BotProfile;
import talkbot.live.CorpusReloader;
import talkbot.live.CorpusWatcher;
import talkbot.live.LiveCore;
import talkbot.news.Fetcher;
import talkbot.news.FeedPoller;
import talkbot.news.NewsDesk;
import talkbot.store.Store;

/**
 * What makes {@code run} learn new articles: the live core (loaded leniently: a broken article is
 * skipped with a log line), the watcher that reloads it when the corpus folder changes, and the
 * feed poller (when TALKBOT_FEEDS names any) that writes new articles into that folder, its
 * state kept in the store (so that on a shared store the replicas share it).
 */
final class LiveNews implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveNews.class);

    private final LiveCore core;
    private final BotProfile profile;
    private final CorpusWatcher watcher;
    private final Settings settings;
    private final NewsSettings news;
    private NewsDesk desk;
    private FeedPoller poller;

    private final Store store;

    private LiveNews(LiveCore core, BotProfile profile, CorpusWatcher watcher, Settings settings, NewsSettings news,
            Store store) {
        this.core = core;
        this.store = store;
        this.profile = profile;
        this.watcher = watcher;
        this.settings = settings;
        this.news = news;
    }

    /** Loads the corpus (and its bot.properties, read once) and starts watching its folder. */
    static LiveNews start(Settings settings, NewsSettings news, Store store) {
        BotProfile profile = BotProfile.load(settings.corpus());
        CorpusReloader reloader = new CorpusReloader(settings.corpus(),
                corpus -> Core.snapshot(corpus, profile, news.whenQuiet()));
        LiveCore core = reloader.start();
        return new LiveNews(core, profile, CorpusWatcher.start(reloader), settings, news, store);
    }

    LiveCore core() {
        return core;
    }

    /** What the corpus's bot.properties says about the bot, as read at start. */
    BotProfile profile() {
        return profile;
    }

    /** Starts polling the feeds, if any are set. */
    synchronized void startFeeds() {
        if (news.feeds().isEmpty() || poller != null) {
            return;
        }
        desk = new NewsDesk(settings.corpus(), Clock.systemUTC(), Fetcher.Limits.defaults());
        desk.checkTopic();
        poller = desk.feeds(news.feeds(), news.feedInterval(), store.feedState(), watcher::nudge);
        poller.start();
    }

    @Override
    public synchronized void close() {
        for (AutoCloseable c : new AutoCloseable[] {poller, desk, watcher}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    LOG.warn("while stopping: {}", e.toString());
                }
            }
        }
    }
}
